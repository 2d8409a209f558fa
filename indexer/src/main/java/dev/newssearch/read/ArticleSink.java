package dev.newssearch.read;

import dev.newssearch.article.Article;

/** Receives what a reader finds in a file; readers stream so that large files need little memory. */
public interface ArticleSink {

  /** An article read from the file. */
  void article(Article article);

  /** A problem met while reading. */
  void problem(ReadProblem problem);
}
