package dev.newssearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class-data archives, which the start-up figures depend on: a run maps the archive
 * of the jar it starts, never one a server of an earlier build wrote when it stopped after a rebuild
 * (newer than the new jar, and refused by the JVM at every start without being recorded again).
 */
class LauncherClassDataTest {

  private static final Path ROOT = Path.of(System.getProperty("project.root"));
  private static final Path JAR_FOLDER = ROOT.resolve("app").resolve("target");

  @Test
  void anArchiveOfAnotherBuildIsReplacedByOneOfTheJarThatRuns(@TempDir Path temp) throws Exception {
    Path stale = JAR_FOLDER.resolve("news-search-stats-1-1.jsa");
    Files.writeString(stale, "an archive of an earlier build");
    // Written after the jar, as by a server that outlived a rebuild.
    Files.setLastModifiedTime(stale, FileTime.from(Instant.now().plusSeconds(60)));

    assertEquals(4, stats(temp.resolve("no-index")), "stats of a missing index exits 4");

    assertFalse(Files.exists(stale), "the other build's archive is deleted");
    List<Path> archives = statsArchives();
    assertEquals(1, archives.size(), archives.toString());
    Path jar = JAR_FOLDER.resolve("news-search.jar");
    String stamp = Files.getLastModifiedTime(jar).toInstant().getEpochSecond() + "-" + Files.size(jar);
    assertEquals("news-search-stats-" + stamp + ".jsa", archives.get(0).getFileName().toString());
    assertTrue(Files.size(archives.get(0)) > 0, "recorded when the run exited");
  }

  @Test
  void aMistypedCommandRecordsNoArchive() throws Exception {
    assertEquals(2, run(List.of("statz")), "picocli rejects the word");

    try (Stream<Path> files = Files.list(JAR_FOLDER)) {
      assertTrue(files.noneMatch(file -> file.getFileName().toString().startsWith("news-search-statz")));
    }
  }

  private static int stats(Path index) throws Exception {
    return run(List.of("stats", "--index", index.toString()));
  }

  private static int run(List<String> arguments) throws IOException, InterruptedException {
    List<String> command = Stream.concat(Stream.of(ROOT.resolve("news-search").toString()), arguments.stream()).toList();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the launcher did not exit within 60 s: " + command);
    }
    return process.exitValue();
  }

  private static List<Path> statsArchives() throws IOException {
    try (Stream<Path> files = Files.list(JAR_FOLDER)) {
      return files.filter(file -> file.getFileName().toString().matches("news-search-stats-.*\\.jsa")).toList();
    }
  }
}
