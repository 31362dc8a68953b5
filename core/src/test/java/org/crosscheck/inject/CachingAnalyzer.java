package org.crosscheck.inject;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.crosscheck.Span;
import org.crosscheck.analysis.AnalyzedArticle;
import org.crosscheck.analysis.Analyzer;
import org.crosscheck.clean.CleanedArticle;

/**
 * Remembers the analysis of each distinct cleaned text, so that an original checked against many
 * of its copies is analysed once. The analysis does not depend on the article's id, so a cached
 * result is handed back wrapped around the article asked for.
 */
final class CachingAnalyzer implements Analyzer {
  private record Key(String text, List<Span> body, List<CleanedArticle.RemovedBlock> removed) {}

  private final Analyzer delegate;
  private final Map<Key, AnalyzedArticle> cache = new ConcurrentHashMap<>();

  CachingAnalyzer(Analyzer delegate) {
    this.delegate = delegate;
  }

  @Override
  public AnalyzedArticle analyze(CleanedArticle article) {
    Key key = new Key(article.article().text(), article.body(), article.removed());
    AnalyzedArticle a = cache.computeIfAbsent(key, k -> delegate.analyze(article));
    return a.cleaned().equals(article) ? a : new AnalyzedArticle(article, a.sentences(), a.mentions());
  }
}
