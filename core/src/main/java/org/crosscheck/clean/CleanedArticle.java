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
 * @param article the article, unchanged
 * @param body   kept blocks, in text order, none overlapping; each is trimmed of surrounding whitespace
 * @param removed removed blocks with the reason for each, in text order
 */
public record CleanedArticle(Article article, List<Span> body, List<RemovedBlock> removed) {
  /**
   * Copies the lists and checks that the body lies within the article's text.
   *
   * @param article the article, unchanged
   * @param body    kept blocks, in text order
   * @param removed removed blocks with the reason for each, in text order
   * @throws IllegalArgumentException if a body block ends past the end of the article's text
   */
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

  /**
   * A block of text judged not to be part of the article, and why (one short phrase).
   *
   * @param span   where the block stands in the article's text
   * @param reason why it was removed, in one short phrase
   */
  public record RemovedBlock(Span span, String reason) {
    /**
     * Checks that no part is null.
     *
     * @param span   where the block stands in the article's text
     * @param reason why it was removed, in one short phrase
     */
    public RemovedBlock {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
