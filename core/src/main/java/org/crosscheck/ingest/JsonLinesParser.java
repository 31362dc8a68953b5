package org.crosscheck.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Parses JSON lines of articles; Jackson stays behind this package-private class. */
final class JsonLinesParser {
  private final ObjectMapper mapper = new ObjectMapper();

  /** True when the first non-blank line starts with '{' (used for inputs without an extension). */
  static boolean looksLikeJsonLines(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8)
        .replace("\uFEFF", "").stripLeading();
    return head.startsWith("{");
  }

  void parse(String input, String stem, String text, Consumer<Article> articles,
      BiConsumer<String, String> problems) {
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      String where = input + ":" + (i + 1);
      JsonNode node;
      try {
        node = mapper.readTree(line);
      } catch (JsonProcessingException e) {
        problems.accept(where, "malformed JSON: " + e.getOriginalMessage());
        continue;
      }
      if (node == null || !node.isObject()) {
        problems.accept(where, "not a JSON object");
        continue;
      }
      JsonNode body = node.get("text");
      if (body == null || body.isNull()) {
        problems.accept(where, "missing \"text\"");
        continue;
      }
      if (!body.isTextual()) {
        problems.accept(where, "\"text\" is not a string");
        continue;
      }
      if (body.asText().isBlank()) {
        problems.accept(where, "no text");
        continue;
      }
      @Nullable String id = textField(node, "id");
      if (id == null || id.isBlank()) {
        id = stem + "-" + (i + 1);
      }
      Article article = Article.of(id.strip(), where, body.asText());
      @Nullable String title = textField(node, "title");
      if (title != null) {
        article = article.withTitle(title.strip());
      }
      @Nullable String url = textField(node, "url");
      if (url != null && !url.isBlank()) {
        article = article.withUrl(url.strip());
      }
      @Nullable String published = textField(node, "published");
      if (published != null && !published.isBlank()) {
        @Nullable LocalDate date = parseDate(published.strip());
        if (date == null) {
          problems.accept(where, "\"published\" is not an ISO date or date-time: " + published
              + " (article read without a date)");
        } else {
          article = article.withPublished(date);
        }
      }
      articles.accept(article);
    }
  }

  private static @Nullable String textField(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value.asText();
  }

  static @Nullable LocalDate parseDate(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      // try the date-time forms
    }
    try {
      return OffsetDateTime.parse(value).toLocalDate();
    } catch (DateTimeParseException e) {
      // next
    }
    try {
      return LocalDateTime.parse(value).toLocalDate();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
