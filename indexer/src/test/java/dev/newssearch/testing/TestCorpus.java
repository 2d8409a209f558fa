package dev.newssearch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** The committed test corpus ({@code src/test/resources/corpus}, described in its README). */
public final class TestCorpus {
  /** The size limit the tests set, so that {@code oversized.txt} is over it. */
  public static final long MAX_FILE_BYTES = 64 * 1024;
  /** Articles the good files hold. */
  public static final int ARTICLES = 11;
  /** Files and lines that must be skipped (README.md counts: it is not an article format). */
  public static final int SKIPPED = 8;

  private TestCorpus() {}

  /** The corpus folder on the test class path. */
  public static Path folder() {
    try {
      return Path.of(TestCorpus.class.getResource("/corpus").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A writable copy of the corpus under {@code target}. */
  public static Path copyTo(Path target) {
    Path source = folder();
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path to = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(to);
        } else {
          Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }
}
