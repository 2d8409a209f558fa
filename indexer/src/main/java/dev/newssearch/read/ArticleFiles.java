package dev.newssearch.read;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Finds the article files under an input folder and reads each with the reader for its format.
 *
 * <p>Every file that cannot hold articles is reported, never fatal: unsupported types, empty files,
 * files over the size limit (checked on the decompressed size too, so a small gzip bomb cannot fill
 * the heap), binary content, text that is not valid UTF-8, unreadable files and symlink loops.
 */
public final class ArticleFiles {

  /** The default limit on one file's size, decompressed: 64 MiB. */
  public static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024;

  /** How much of a file is inspected for NUL bytes to tell binary from text. */
  private static final int BINARY_SNIFF_BYTES = 8192;

  private final long maxFileBytes;
  private final TextArticleReader text;
  private final JsonArticleReader json;
  private final HtmlArticleReader html;
  private final FeedArticleReader feed;

  /**
   * @param maxFileBytes files (decompressed) larger than this are skipped
   */
  public ArticleFiles(long maxFileBytes) {
    this.maxFileBytes = maxFileBytes;
    ArticleAssembler assembler = new ArticleAssembler();
    this.text = new TextArticleReader(assembler);
    this.json = new JsonArticleReader(new ObjectMapper(), assembler);
    this.html = new HtmlArticleReader(assembler);
    this.feed = new FeedArticleReader(assembler);
  }

  /**
   * Lists the files under {@code root}, in a stable (sorted) order.
   *
   * @param root the input folder
   * @param problems receives folders and links that could not be walked
   * @return the files to read
   * @throws IOException when {@code root} itself cannot be read
   */
  public List<SourceFile> list(Path root, List<ReadProblem> problems) throws IOException {
    if (!Files.isDirectory(root)) {
      throw new NoSuchFileException(root.toString(), null, "not a folder");
    }
    List<SourceFile> files = new ArrayList<>();
    Files.walkFileTree(
        root,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(root) && dir.getFileName().toString().startsWith(".")
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            // Links are followed, so a link seen as a link has no target: listed, so that reading it
            // reports it and an update keeps what it held.
            if (!file.getFileName().toString().startsWith(".") && (attrs.isRegularFile() || attrs.isSymbolicLink())) {
              files.add(new SourceFile(file, relative(root, file)));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            String why =
                e instanceof FileSystemLoopException
                    ? "symlink loop"
                    : e instanceof AccessDeniedException ? "permission denied" : "cannot read: " + e.getMessage();
            problems.add(ReadProblem.skipped(relative(root, file), null, why));
            return FileVisitResult.CONTINUE;
          }
        });
    files.sort((a, b) -> a.relativePath().compareTo(b.relativePath()));
    return files;
  }

  /**
   * Reads one file: checks it, decodes it and passes it to the reader of its format.
   *
   * @param file the file
   * @param sink receives its articles and problems
   */
  public void read(SourceFile file, ArticleSink sink) {
    String name = file.relativePath().toLowerCase(Locale.ROOT);
    boolean gzip = name.endsWith(".gz");
    String plainName = gzip ? name.substring(0, name.length() - 3) : name;
    Optional<ArticleReader> reader = readerFor(plainName);
    if (reader.isEmpty()) {
      sink.problem(ReadProblem.skipped(file.relativePath(), null, "unsupported file type (expected .txt, .json, .jsonl, .html, .htm, .xml, .rss, .atom, optionally .gz)"));
      return;
    }
    byte[] bytes;
    try {
      bytes = load(file.path(), gzip);
    } catch (FileTooLargeException e) {
      sink.problem(ReadProblem.skipped(file.relativePath(), null, e.getMessage()));
      return;
    } catch (ZipException e) {
      sink.problem(ReadProblem.skipped(file.relativePath(), null, "not valid gzip: " + e.getMessage()));
      return;
    } catch (AccessDeniedException e) {
      sink.problem(ReadProblem.skipped(file.relativePath(), null, "permission denied"));
      return;
    } catch (NoSuchFileException e) {
      sink.problem(ReadProblem.skipped(file.relativePath(), null, "no such file: a broken symbolic link, or removed while reading"));
      return;
    } catch (IOException e) {
      sink.problem(ReadProblem.skipped(file.relativePath(), null, "cannot read: " + e.getMessage()));
      return;
    }
    if (bytes.length == 0 || isBlank(bytes)) {
      sink.problem(ReadProblem.skipped(file.relativePath(), null, "empty file"));
      return;
    }
    if (looksBinary(bytes)) {
      sink.problem(ReadProblem.skipped(file.relativePath(), null, "binary content (NUL bytes), not text"));
      return;
    }
    String decoded;
    try {
      decoded = decodeUtf8(bytes);
    } catch (CharacterCodingException e) {
      sink.problem(ReadProblem.skipped(file.relativePath(), lineOfInvalidByte(bytes), "not valid UTF-8"));
      return;
    }
    reader.get().read(file, decoded, sink);
  }

  private Optional<ArticleReader> readerFor(String name) {
    if (name.endsWith(".txt")) {
      return Optional.of(text);
    }
    if (name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Optional.of(json);
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return Optional.of(html);
    }
    if (name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom")) {
      return Optional.of(feed);
    }
    return Optional.empty();
  }

  private byte[] load(Path path, boolean gzip) throws IOException {
    long size = Files.size(path);
    if (size > maxFileBytes) {
      throw new FileTooLargeException(size, maxFileBytes);
    }
    if (!gzip) {
      return Files.readAllBytes(path);
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(path), 65536)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(size * 4, maxFileBytes));
      byte[] buffer = new byte[65536];
      long total = 0;
      for (int n; (n = in.read(buffer)) > 0; ) {
        total += n;
        if (total > maxFileBytes) {
          throw new FileTooLargeException(total, maxFileBytes);
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  private static boolean looksBinary(byte[] bytes) {
    int limit = Math.min(bytes.length, BINARY_SNIFF_BYTES);
    for (int i = 0; i < limit; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return decoder.decode(ByteBuffer.wrap(bytes)).toString();
  }

  /** The 1-based line of the first byte sequence that is not UTF-8, for the report. */
  private static Integer lineOfInvalidByte(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    int line = 1;
    for (int i = 0; i < in.position(); i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  /** A file over the size limit. */
  private static final class FileTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    FileTooLargeException(long size, long limit) {
      super("file too large (" + (size > limit ? "over " : "") + limit + " bytes allowed)");
    }
  }
}
