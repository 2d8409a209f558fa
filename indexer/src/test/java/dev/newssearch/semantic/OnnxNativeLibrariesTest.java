package dev.newssearch.semantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.onnxruntime.OrtEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading ONNX Runtime leaves nothing in the temporary folder: each case starts a JVM of its own,
 * as a process loads the native libraries once, with its own temporary and cache folders.
 */
class OnnxNativeLibrariesTest {
  @TempDir Path temp;

  @Test
  void aProcessThatLoadsTheModelLeavesNoFolderBehindAndTheNextReusesTheCopies() throws Exception {
    assumeTrue(OnnxNativeLibraries.platform().isPresent(), "a platform ONNX Runtime ships libraries for");
    Path tmp = Files.createDirectories(temp.resolve("tmp"));
    Path cache = Files.createDirectories(temp.resolve("cache"));
    assertEquals(0, load(tmp, cache, "prepared"));
    assertEquals(List.of(), leftIn(tmp));
    Path libraries = cache.resolve("news-search/onnxruntime").resolve(OnnxNativeLibraries.platform().get());
    Path runtime = libraries.resolve(System.mapLibraryName("onnxruntime"));
    assertTrue(Files.isRegularFile(runtime) && Files.isRegularFile(libraries.resolve(System.mapLibraryName("onnxruntime4j_jni"))));
    FileTime copied = Files.getLastModifiedTime(runtime);
    assertEquals(0, load(tmp, cache, "prepared"));
    assertEquals(List.of(), leftIn(tmp));
    assertEquals(copied, Files.getLastModifiedTime(runtime), "copied once, loaded from there since");
  }

  @Test
  void withoutItOnnxRuntimeLeavesItsFolder() throws Exception {
    // What the class is for: if ONNX Runtime ever cleans up after itself, the class can go.
    Path tmp = Files.createDirectories(temp.resolve("tmp"));
    assertEquals(0, load(tmp, Files.createDirectories(temp.resolve("cache")), "plain"));
    assertEquals(1, leftIn(tmp).size(), "ONNX Runtime's own folder: " + leftIn(tmp));
  }

  /** Runs {@link Load} in a JVM of its own; returns its exit code. */
  private static int load(Path tmp, Path cache, String how) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--enable-native-access=ALL-UNNAMED", "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
        Load.class.getName(), how);
    builder.environment().put("XDG_CACHE_HOME", cache.toString());
    builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process process = builder.start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return -1;
    }
    return process.exitValue();
  }

  private static List<Path> leftIn(Path tmp) throws IOException {
    try (Stream<Path> files = Files.list(tmp)) {
      return files.filter(file -> file.getFileName().toString().startsWith("onnxruntime")).toList();
    }
  }

  /** Loads ONNX Runtime as the embedder does ({@code prepared}), or as ONNX Runtime does by itself. */
  static final class Load {
    public static void main(String[] args) {
      if (args[0].equals("prepared") && OnnxNativeLibraries.prepare().isEmpty()) {
        System.exit(2);
      }
      OrtEnvironment.getEnvironment().close();
    }
  }
}
