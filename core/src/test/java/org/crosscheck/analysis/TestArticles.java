package org.crosscheck.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.Span;
import org.crosscheck.clean.CleanedArticle;
import org.crosscheck.ingest.Article;

/** Test helpers: articles cleaned without the cleaner, the seeds, and a trivial parser. */
final class TestArticles {
  private TestArticles() {}

  /** body = the non-blank lines of the text, each trimmed. */
  static CleanedArticle cleaned(String id, String text) {
    Article article = Article.of(id, "test", text);
    List<Span> body = OpenNlpAnalyzer.lines(text, Span.of(0, text.length()));
    return new CleanedArticle(article, body, List.of());
  }

  static CleanedArticle cleaned(String text) {
    return cleaned("t", text);
  }

  static Path shared() {
    return Path.of(System.getProperty("crosscheck.shared", "/work/shared"));
  }

  /** The seed articles, from ../shared/seeds (or the repository's seeds/). */
  static List<Path> seeds() {
    Path dir = shared().resolve("seeds");
    if (!Files.isDirectory(dir)) {
      dir = Path.of("..", "seeds");
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path p) {
    try {
      String s = Files.readString(p, StandardCharsets.UTF_8);
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Attaches every word to the first verb (or the first word), which is the root. */
  static final DependencyParser FIRST_VERB_PARSER = (words, tags) -> {
    int root = tags.indexOf("VERB");
    if (root < 0) {
      root = 0;
    }
    List<DependencyParser.Arc> arcs = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      arcs.add(i == root ? new DependencyParser.Arc(-1, "root") : new DependencyParser.Arc(root, "dep"));
    }
    return arcs;
  };

  private static OpenNlpAnalyzer analyzer;

  /** One analyzer shared by the tests (it is thread-safe). */
  static synchronized OpenNlpAnalyzer analyzer() {
    if (analyzer == null) {
      analyzer = OpenNlpAnalyzer.create(FIRST_VERB_PARSER);
    }
    return analyzer;
  }
}
