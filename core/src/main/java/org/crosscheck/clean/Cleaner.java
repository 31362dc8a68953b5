package org.crosscheck.clean;

import org.crosscheck.ingest.Article;

/**
 * Separates an article's own text from the boilerplate around it (navigation, prompts, copyright
 * lines, other articles' headlines). Implementations are deterministic and thread-safe.
 */
public interface Cleaner {
  /**
   * Finds an article's own text.
   *
   * @param article the article to clean
   * @return the article with its text divided into kept body blocks and removed ones
   */
  CleanedArticle clean(Article article);
}
