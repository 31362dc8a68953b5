package org.crosscheck.clean;

import org.crosscheck.ingest.Article;

/**
 * Separates an article's own text from the boilerplate around it (navigation, prompts, copyright
 * lines, other articles' headlines). Implementations are deterministic and thread-safe.
 */
public interface Cleaner {
  CleanedArticle clean(Article article);
}
