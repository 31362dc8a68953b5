package org.crosscheck.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crosscheck.Span;
import org.crosscheck.ingest.Article;
import org.crosscheck.ingest.ArticleReader;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Cleaner} promises, checked on random text: blocks are trimmed non-blank lines
 * of the original text, kept and removed blocks together cover every non-blank line exactly once, in
 * order, and cleaning is deterministic.
 */
class CleanerContractTest {

  private static final String[] WORDS = {"the", "Minister", "said", "on", "Monday", "that", "©",
      "Subscribe", "share", "|", "»", "Related", "http://x.example", "cookies", "?", ":", ".", "\"",
      "’", "Next", "Article", "comments", "2024", "Putin", "and", "Assad", "met", "in", "Moscow",
      "\u00A0", "\t", "e-mail", "you", "We", "read", "more"};

  private final Cleaner cleaner = new HeuristicBoilerplateCleaner();

  static void assertContract(Cleaner cleaner, Article article) {
    String text = article.text();
    CleanedArticle cleaned = cleaner.clean(article);
    List<Span> all = new ArrayList<>(cleaned.body());
    cleaned.removed().forEach(r -> all.add(r.span()));
    all.sort(null);
    assertThat(cleaned.body()).isSorted();
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\r\n|\r|\n", -1)) {
      String trimmed = trim(line);
      if (!trimmed.isEmpty()) {
        lines.add(trimmed);
      }
    }
    assertThat(all).extracting(s -> s.coveredText(text)).containsExactlyElementsOf(lines);
    for (int i = 1; i < all.size(); i++) {
      assertThat(all.get(i - 1).end()).isLessThan(all.get(i).begin());
    }
    assertThat(cleaned.removed()).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
    assertThat(cleaner.clean(article)).isEqualTo(cleaned);
  }

  private static String trim(String line) {
    int b = 0;
    int e = line.length();
    while (b < e && isSpace(line.charAt(b))) {
      b++;
    }
    while (e > b && isSpace(line.charAt(e - 1))) {
      e--;
    }
    return line.substring(b, e);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F'
        || c == '\uFEFF';
  }

  @RepeatedTest(30)
  void holdsOnRandomText(org.junit.jupiter.api.RepetitionInfo info) {
    Random random = new Random(info.getCurrentRepetition());
    StringBuilder text = new StringBuilder();
    int lines = random.nextInt(30);
    for (int l = 0; l < lines; l++) {
      int words = random.nextInt(40);
      for (int w = 0; w < words; w++) {
        text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(5) == 0 ? "" : " ");
      }
      text.append(random.nextBoolean() ? "\n" : random.nextBoolean() ? "\r\n" : "\n\n");
    }
    assertContract(cleaner, Article.of("random", "random", text.toString()));
  }

  @Test
  void holdsOnTheSeeds() {
    Path seeds = Path.of("..", "seeds");
    if (!Files.isDirectory(seeds)) {
      return;
    }
    for (Article article : ArticleReader.withDefaults().read(List.of(seeds)).articles()) {
      assertContract(cleaner, article);
    }
  }

  @Test
  void isSafeToShareAcrossThreads() throws Exception {
    Path seeds = Path.of("..", "seeds");
    List<Article> articles = Files.isDirectory(seeds)
        ? ArticleReader.withDefaults().read(List.of(seeds)).articles()
        : List.of(Article.of("a", "a", "Title\n\nBody sentence here.\n© 2024"));
    List<CleanedArticle> expected = articles.stream().map(cleaner::clean).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<CleanedArticle>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.submit(() -> articles.stream().map(cleaner::clean).toList()));
      }
      for (Future<List<CleanedArticle>> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }
}
