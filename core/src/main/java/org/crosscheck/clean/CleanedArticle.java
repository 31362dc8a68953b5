package org.crosscheck.clean;

import java.util.List;
import java.util.Objects;
import org.crosscheck.Span;
import org.crosscheck.ingest.Article;

/**
 * An article with its text divided into the blocks (paragraphs or lines) that are the article
 * proper and those removed as boilerplate. Blocks are spans of the original text, so every kept
 * character keeps its original offset.
 *
 * @param body   kept blocks, in text order, none overlapping; each is trimmed of surrounding whitespace
 * @param removed removed blocks with the reason for each, in text order
 */
public record CleanedArticle(Article article, List<Span> body, List<RemovedBlock> removed) {
  public CleanedArticle {
    Objects.requireNonNull(article, "article");
    body = List.copyOf(body);
    removed = List.copyOf(removed);
    for (Span s : body) {
      if (s.end() > article.text().length()) {
        throw new IllegalArgumentException(
            "body block " + s + " lies outside article " + article.id());
      }
    }
  }

  /** A block of text judged not to be part of the article, and why (one short phrase). */
  public record RemovedBlock(Span span, String reason) {
    public RemovedBlock {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
