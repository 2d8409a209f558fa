package dev.newssearch.read;

/** Reads one file format. Implementations are stateless and thread-safe. */
public interface ArticleReader {

  /**
   * Reads the articles of a file whose text is already known to be valid UTF-8.
   *
   * @param file the file and its relative path
   * @param text the file's whole text, decoded
   * @param sink receives articles and problems
   */
  void read(SourceFile file, String text, ArticleSink sink);
}
