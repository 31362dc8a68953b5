package org.crosscheck.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One news article as it was read: its identity, where it came from, and its original text.
 * Every span computed later indexes into {@link #text()}.
 *
 * <p>For plain-text files the text is the file's content as decoded from UTF-8 (a leading BOM
 * removed); for JSON lines it is the {@code text} field; for HTML it is the page's readable text
 * as extracted by jsoup (see {@code docs/decisions/html-text.md}).
 */
public final class Article {
  private final String id;
  private final String origin;
  private final String title;
  private final String text;
  private final @Nullable String url;
  private final @Nullable LocalDate published;

  private Article(String id, String origin, String title, String text,
      @Nullable String url, @Nullable LocalDate published) {
    this.id = requireNonBlank(id, "id");
    this.origin = Objects.requireNonNull(origin, "origin");
    this.title = Objects.requireNonNull(title, "title");
    this.text = Objects.requireNonNull(text, "text");
    this.url = url;
    this.published = published;
  }

  /**
   * An article with no title, URL or publication date.
   *
   * @param id     a non-blank id, unique within one check
   * @param origin where it came from, e.g. a file path
   * @param text   its original text; every span indexes into it
   * @return the article
   */
  public static Article of(String id, String origin, String text) {
    return new Article(id, origin, "", text, null, null);
  }

  /**
   * The same article under another id (used to keep ids unique within one read).
   *
   * @param newId the id
   * @return a copy with that id
   */
  public Article withId(String newId) {
    return new Article(newId, origin, title, text, url, published);
  }

  /**
   * The same article with a headline.
   *
   * @param newTitle the headline
   * @return a copy with that title
   */
  public Article withTitle(String newTitle) {
    return new Article(id, origin, newTitle, text, url, published);
  }

  /**
   * The same article with the address it was published at.
   *
   * @param newUrl the address
   * @return a copy with that URL
   */
  public Article withUrl(String newUrl) {
    return new Article(id, origin, title, text, newUrl, published);
  }

  /**
   * The same article with its publication date, from which its relative times count.
   *
   * @param date the publication date
   * @return a copy with that date
   */
  public Article withPublished(LocalDate date) {
    return new Article(id, origin, title, text, url, date);
  }

  /**
   * A stable identifier, unique within one check (the file name without extension by default).
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Where the article came from: a file path, {@code path:line} for JSON lines, or {@code -}.
   *
   * @return the origin
   */
  public String origin() {
    return origin;
  }

  /**
   * The headline when one is known, else the empty string.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * The original text, as read.
   *
   * @return the text every span indexes into
   */
  public String text() {
    return text;
  }

  /**
   * Where the article was published, when known.
   *
   * @return the URL, or empty
   */
  public Optional<String> url() {
    return Optional.ofNullable(url);
  }

  /**
   * When the article was published, when known.
   *
   * @return the publication date, or empty
   */
  public Optional<LocalDate> published() {
    return Optional.ofNullable(published);
  }

  private static String requireNonBlank(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("article " + name + " must not be blank");
    }
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Article a && id.equals(a.id) && origin.equals(a.origin)
        && title.equals(a.title) && text.equals(a.text)
        && Objects.equals(url, a.url) && Objects.equals(published, a.published);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, origin, title, text, url, published);
  }

  @Override
  public String toString() {
    return "Article[" + id + " from " + origin + ", " + text.length() + " chars]";
  }
}
