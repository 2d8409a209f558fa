package dev.newssearch.read;

import dev.newssearch.article.Article;
import java.util.ArrayList;
import java.util.List;

/** An {@link ArticleSink} that keeps everything it receives, for reading one file at a time. */
public final class CollectingSink implements ArticleSink {
  private final List<Article> articles = new ArrayList<>();
  private final List<ReadProblem> problems = new ArrayList<>();

  @Override
  public void article(Article article) {
    articles.add(article);
  }

  @Override
  public void problem(ReadProblem problem) {
    problems.add(problem);
  }

  /** The articles received, in order. */
  public List<Article> articles() {
    return articles;
  }

  /** The problems received, in order. */
  public List<ReadProblem> problems() {
    return problems;
  }
}
