package dev.newssearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The layout of an index folder: one Lucene index per generation ({@code gen-000001},
 * {@code gen-000002}, …) and a pointer file {@code CURRENT} naming the live one.
 *
 * <p>A full rebuild writes a new generation beside the live one and then replaces {@code CURRENT}
 * by an atomic rename, so readers see either the old index or the new one, never half of either. A
 * rebuild that dies leaves only an unreferenced folder, which the next writer deletes. Writers
 * exclude each other through a lock file in the index folder; the holder's process id is written
 * beside it so the error can say who holds it.
 */
public final class IndexGenerations {

  private static final String POINTER = "CURRENT";
  private static final String LOCK_NAME = "writer.lock";
  private static final String HOLDER = "writer.pid";
  private static final Pattern GENERATION = Pattern.compile("gen-(\\d{6,})");

  private final Path root;

  /**
   * @param root the index folder; created on first write
   */
  public IndexGenerations(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** The index folder. */
  public Path root() {
    return root;
  }

  /** The name of the live generation, or empty when no index has been published. */
  public Optional<String> live() {
    try {
      String name = Files.readString(root.resolve(POINTER), StandardCharsets.UTF_8).strip();
      if (!GENERATION.matcher(name).matches() || !Files.isDirectory(root.resolve(name))) {
        return Optional.empty();
      }
      return Optional.of(name);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The folder of a generation. */
  public Path folder(String generation) {
    return root.resolve(generation);
  }

  /** The number of a generation name: {@code gen-000007} is 7. */
  public static long number(String generation) {
    return Long.parseLong(generation.substring(4));
  }

  /**
   * Creates the folder of a new generation, numbered after every existing one.
   *
   * @return the new generation's name
   */
  public String create() throws IOException {
    Files.createDirectories(root);
    long next = generations().stream().mapToLong(IndexGenerations::number).max().orElse(0) + 1;
    String name = String.format(java.util.Locale.ROOT, "gen-%06d", next);
    Files.createDirectory(root.resolve(name));
    return name;
  }

  /**
   * Makes a generation live: writes the pointer to a temporary file, forces it to disk, and renames
   * it over {@code CURRENT} in one atomic step.
   */
  public void publish(String generation) throws IOException {
    Path tmp = root.resolve(POINTER + ".tmp");
    Files.writeString(tmp, generation + "\n", StandardCharsets.UTF_8);
    try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    try {
      Files.move(tmp, root.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the file system of " + root + " cannot rename atomically", e);
    }
  }

  /**
   * Deletes every generation except the live one and {@code keep}: leftovers of crashed runs and
   * generations replaced by a rebuild. Readers that still have an old generation open keep reading
   * it: an open file stays readable after it is unlinked.
   */
  public List<String> deleteUnused(String keep) throws IOException {
    String live = live().orElse(null);
    List<String> deleted = new ArrayList<>();
    for (String name : generations()) {
      if (!name.equals(live) && !name.equals(keep)) {
        deleteTree(root.resolve(name));
        deleted.add(name);
      }
    }
    return deleted;
  }

  /** Every generation folder present, published or not. */
  public List<String> generations() throws IOException {
    List<String> names = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return names;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (GENERATION.matcher(name).matches() && Files.isDirectory(entry)) {
          names.add(name);
        }
      }
    }
    names.sort(null);
    return names;
  }

  /**
   * Takes the writer lock of this index folder, so that two reindex or update runs never write at
   * once.
   *
   * @return the lock, to close when writing is done
   * @throws IndexBusyException when another process holds it
   */
  public WriterLock lockForWriting() throws IOException {
    Files.createDirectories(root);
    Directory dir = FSDirectory.open(root);
    try {
      Lock lock = dir.obtainLock(LOCK_NAME);
      Files.writeString(root.resolve(HOLDER), Long.toString(ProcessHandle.current().pid()), StandardCharsets.UTF_8);
      return new WriterLock(dir, lock, root.resolve(HOLDER));
    } catch (LockObtainFailedException e) {
      String holder;
      try {
        holder = "process " + Files.readString(root.resolve(HOLDER), StandardCharsets.UTF_8).strip();
      } catch (IOException unknown) {
        holder = "another process";
      }
      dir.close();
      throw new IndexBusyException("index " + root + " is being written by " + holder + "; try again when it has finished");
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    Files.walkFileTree(
        folder,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            Files.deleteIfExists(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            Files.deleteIfExists(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /** The held writer lock of an index folder. */
  public static final class WriterLock implements AutoCloseable {
    private final Directory dir;
    private final Lock lock;
    private final Path holderFile;

    private WriterLock(Directory dir, Lock lock, Path holderFile) {
      this.dir = dir;
      this.lock = lock;
      this.holderFile = holderFile;
    }

    @Override
    public void close() throws IOException {
      try (dir; lock) {
        Files.deleteIfExists(holderFile);
      }
    }
  }

  /** Another process is writing the index. */
  public static final class IndexBusyException extends IOException {
    private static final long serialVersionUID = 1L;

    public IndexBusyException(String message) {
      super(message);
    }
  }
}
