package dev.newssearch.semantic;

import ai.onnxruntime.OrtEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where ONNX Runtime loads its native libraries from: a folder of the user's cache that they are
 * copied to once, rather than the fresh temporary folder ONNX Runtime unpacks them into in every
 * process. ONNX Runtime 1.20 marks its libraries and then that folder to be deleted at exit, and the
 * JVM deletes in the reverse order, so it tries the folder while it still holds them: every process
 * that loaded the model left an empty folder behind, and one killed while loading left 16 MB.
 * Told where the libraries already are ({@value #PATH_PROPERTY}), it loads them from there, and its
 * temporary folder stays empty and goes at exit (a process killed outright still leaves it, empty).
 *
 * <p>The folder is the user's own ({@code $XDG_CACHE_HOME/news-search/onnxruntime/PLATFORM}, by
 * default under {@code ~/.cache}), never a shared temporary folder, where another user could plant a
 * library under the name we load. A library is copied again when its size differs from the one in
 * the jar (another version), through a temporary file moved into place, so that processes starting
 * together never load a half-written one. Where the platform is not one ONNX Runtime ships for, or the
 * folder cannot be written, nothing is set and ONNX Runtime unpacks its libraries as it always did.
 */
final class OnnxNativeLibraries {
  /** The system property ONNX Runtime reads for the folder of its native libraries. */
  static final String PATH_PROPERTY = "onnxruntime.native.path";
  private static final List<String> LIBRARIES = List.of("onnxruntime", "onnxruntime4j_jni");

  private OnnxNativeLibraries() {}

  /**
   * Copies the libraries into the user's cache where they are missing or of another version, and
   * points ONNX Runtime at them; call before ONNX Runtime is first used. Leaves a folder the user has
   * set alone.
   *
   * @return the folder ONNX Runtime will load from, or empty when it unpacks its own
   */
  static synchronized Optional<Path> prepare() {
    String chosen = System.getProperty(PATH_PROPERTY);
    if (chosen != null) {
      return Optional.of(Path.of(chosen));
    }
    Optional<String> platform = platform();
    if (platform.isEmpty()) {
      return Optional.empty();
    }
    Path folder = cacheFolder().resolve(platform.get());
    try {
      createPrivately(folder);
      for (String library : LIBRARIES) {
        String file = System.mapLibraryName(library);
        URL resource = OrtEnvironment.class.getResource("/ai/onnxruntime/native/" + platform.get() + "/" + file);
        if (resource == null) {
          return Optional.empty();
        }
        copyIfChanged(resource, folder.resolve(file));
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // ONNX Runtime unpacks its own, as without this class
    }
    System.setProperty(PATH_PROPERTY, folder.toString());
    return Optional.of(folder);
  }

  /** ONNX Runtime's name for this platform's folder of libraries in its jar, such as {@code linux-x64}. */
  static Optional<String> platform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String system = os.startsWith("linux") ? "linux" : os.startsWith("mac") ? "osx" : os.startsWith("windows") ? "win" : null;
    String machine = arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : null;
    return system == null || machine == null ? Optional.empty() : Optional.of(system + "-" + machine);
  }

  private static Path cacheFolder() {
    String cache = System.getenv("XDG_CACHE_HOME");
    Path base = cache != null && !cache.isBlank() ? Path.of(cache) : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("news-search").resolve("onnxruntime");
  }

  /** Creates the folder, readable and writable by the user alone where the file system says who may. */
  private static void createPrivately(Path folder) throws IOException {
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } else {
      Files.createDirectories(folder);
    }
  }

  private static void copyIfChanged(URL resource, Path target) throws IOException {
    URLConnection connection = resource.openConnection();
    long size = connection.getContentLengthLong();
    if (size >= 0 && Files.isRegularFile(target) && Files.size(target) == size) {
      return;
    }
    Path partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
    try (InputStream in = connection.getInputStream()) {
      Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(partial);
    }
  }
}
