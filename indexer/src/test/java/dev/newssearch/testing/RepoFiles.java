package dev.newssearch.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates files of the repository from tests, whichever folder Maven runs them in. */
public final class RepoFiles {
  private RepoFiles() {}

  /** The repository root: the {@code project.root} system property that surefire sets, else found upwards. */
  public static Path root() {
    String property = System.getProperty("project.root");
    if (property != null && !property.isBlank() && Files.isDirectory(Path.of(property, "seeds"))) {
      return Path.of(property);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("seeds")) && Files.exists(dir.resolve("mvnw"))) {
        return dir;
      }
    }
    throw new IllegalStateException("cannot find the repository root from " + Path.of("").toAbsolutePath());
  }

  /** The seed articles folder. */
  public static Path seeds() {
    return root().resolve("seeds");
  }
}
