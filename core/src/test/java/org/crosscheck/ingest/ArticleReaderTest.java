package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

  private final ArticleReader reader = ArticleReader.withDefaults();

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return file;
  }

  private static Path resource(String name) {
    try {
      return Path.of(ArticleReaderTest.class.getResource("/ingest/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] all = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }

  // --- plain text ---

  @Test
  void plainTextKeepsTextExactlyAndTakesHeadlineAsTitle() throws IOException {
    String text = "Dam Opens in May\r\n\r\n  The dam opened on 2 May, officials said.  \r\n";
    Path file = write("dam-report.txt", text);
    ReadResult result = reader.read(List.of(file));
    assertThat(result.problems()).isEmpty();
    Article article = result.articles().get(0);
    assertThat(article.id()).isEqualTo("dam-report");
    assertThat(article.origin()).isEqualTo(file.toString());
    assertThat(article.text()).isEqualTo(text);
    assertThat(article.title()).isEqualTo("Dam Opens in May");
  }

  @Test
  void firstLineThatIsASentenceIsNoTitle() throws IOException {
    Path file = write("s.txt", "The dam opened on 2 May, officials said.\nIt cost a lot.\n");
    assertThat(reader.read(List.of(file)).articles().get(0).title()).isEmpty();
    Path single = write("one.txt", "Dam Opens in May");
    assertThat(reader.read(List.of(single)).articles().get(0).title()).isEmpty();
  }

  @Test
  void firstLineFollowedByAMenuIsNoTitle() throws IOException {
    Path file = write("menu.txt", "Skip to content\nHome | News | Sport\n\nA body sentence follows here.\n");
    assertThat(reader.read(List.of(file)).articles().get(0).title()).isEmpty();
  }

  @Test
  void seedTitlesAreTheirHeadlines() {
    Path seeds = Path.of("..", "seeds");
    assumeTrue(Files.isDirectory(seeds), "no seeds");
    assertThat(reader.read(List.of(seeds)).articles()).extracting(Article::title).containsExactly(
        "Putin and Assad Meet in Moscow as Russia-Syria Ties Deepen",
        "Syria's Assad meets Putin in Moscow",
        "", // starts with a sentence
        "", // starts with a sentence
        "Russian President Putin meets Syrian President Bashar al-Assad as Kremlin steps up for"
            + " Turkey-Syria deal");
  }

  @Test
  void dropsUtf8ByteOrderMark() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Path file = write("bom.txt", concat(bom, "Héadline\n\nBody text.".getBytes(StandardCharsets.UTF_8)));
    Article article = reader.read(List.of(file)).articles().get(0);
    assertThat(article.text()).isEqualTo("Héadline\n\nBody text.");
    assertThat(article.text().charAt(0)).isEqualTo('H');
    assertThat(article.title()).isEqualTo("Héadline");
  }

  @Test
  void invalidUtf8NamesFileAndByteOffset() throws IOException {
    byte[] good = "Hello world\n".getBytes(StandardCharsets.UTF_8); // 12 bytes
    Path file = write("latin1.txt", concat(good, new byte[] {(byte) 0xE9, 't', 'e'}));
    Path ok = write("fine.txt", "Fine Title\n\nA fine body.");
    ReadResult result = reader.read(List.of(file, ok));
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.input()).isEqualTo(file.toString()).endsWith("latin1.txt");
      assertThat(p.message()).isEqualTo("not valid UTF-8 at byte 12");
    });
    assertThat(result.articles()).extracting(Article::id).containsExactly("fine");
  }

  @Test
  void byteOffsetCountsTheByteOrderMarkAndMultiByteCharacters() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "Über €".getBytes(StandardCharsets.UTF_8); // 2 + 3 + 1 + 3 = 9 bytes
    // a truncated three-byte sequence at the end of the file
    Path file = write("cut.txt", concat(bom, text, new byte[] {(byte) 0xE2, (byte) 0x82}));
    assertThat(reader.read(List.of(file)).problems()).singleElement()
        .extracting(InputProblem::message).isEqualTo("not valid UTF-8 at byte 12");
  }

  @Test
  void byteOrderMarksOfUtf16AndUtf32SayHowToDecode() throws IOException {
    String text = "Über den Fluss\n\nThe “new” bridge opened — at last. 🌉";
    Path le16 = write("le16.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
    Path be16 = write("be16.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)));
    Path le32 = write("le32.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, text.getBytes("UTF-32LE")));
    Path be32 = write("be32.jsonl", concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF},
        "{\"id\":\"j\",\"text\":\"Über den Fluss\"}\n".getBytes("UTF-32BE")));
    ReadResult result = reader.read(List.of(le16, be16, le32, be32));
    assertThat(result.problems()).isEmpty();
    assertThat(result.articles()).extracting(Article::text).containsExactly(text, "Über den Fluss", text, text);
  }

  @Test
  void truncatedUtf16IsAProblemWithItsByteOffset() throws IOException {
    byte[] body = "Ab".getBytes(StandardCharsets.UTF_16LE); // 4 bytes after the 2-byte mark
    Path file = write("cut16.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, body, new byte[] {'C'}));
    assertThat(reader.read(List.of(file)).problems()).singleElement()
        .extracting(InputProblem::message).isEqualTo("not valid UTF-16 at byte 6");
  }

  @Test
  void binaryInputIsRefusedWhateverItsExtension() throws IOException {
    byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII);
    byte[] controls = new byte[200];
    for (int i = 0; i < controls.length; i++) {
      controls[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
    }
    Path pdfFile = write("report.txt", pdf);
    Path gzip = write("feed.jsonl", new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0});
    Path noisy = write("noisy.html", controls);
    Path ansi = write("ansi.txt", "Plain \u001b[1mbold\u001b[0m text\twith a tab.\f\n".getBytes(StandardCharsets.UTF_8));
    ReadResult result = reader.read(List.of(pdfFile, gzip, noisy, ansi));
    assertThat(result.problems()).extracting(InputProblem::toString).containsExactly(
        gzip + ": binary file, not text: it looks like a gzip archive",
        noisy + ": binary file, not text: 34% of its first bytes are control characters",
        pdfFile + ": binary file, not text: it looks like a PDF document");
    assertThat(result.articles()).extracting(Article::id).containsExactly("ansi");
  }

  @Test
  void emptyAndWhitespaceOnlyFilesHaveNoText() throws IOException {
    Path empty = write("empty.txt", "");
    Path blank = write("blank.txt", " \n\t\n ");
    ReadResult result = reader.read(List.of(empty, blank));
    assertThat(result.articles()).isEmpty();
    assertThat(result.problems()).extracting(InputProblem::toString)
        .containsExactly(blank + ": no text", empty + ": no text"); // in path order
  }

  @Test
  void filesOverTheSizeLimitAreProblems() throws IOException {
    Path big = write("big.txt", "x".repeat(100));
    ArticleReader small = ArticleReader.builder().maxFileSize(50).build();
    assertThat(small.read(List.of(big)).problems()).singleElement()
        .extracting(InputProblem::message).asString().contains("100 bytes").contains("50 bytes");
    assertThat(ArticleReader.withDefaults().maxFileSize()).isEqualTo(10L * 1024 * 1024);
    assertThatThrownBy(() -> ArticleReader.builder().maxFileSize(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
  }

  // --- HTML ---

  @Test
  void htmlKeepsMainContentBlocksAndDropsScriptsNavigationAndFooters() {
    Path page = resource("bridge.html");
    ReadResult result = reader.read(List.of(page));
    assertThat(result.problems()).isEmpty();
    Article article = result.articles().get(0);
    assertThat(article.id()).isEqualTo("bridge");
    assertThat(article.title()).isEqualTo("Old Bridge Reopens After Repairs");
    assertThat(article.text()).isEqualTo(String.join("\n\n",
        "Old Bridge Reopens After Repairs",
        "By Ana Ruiz",
        "The old stone bridge over the Mill river reopened to traffic on Saturday after eight"
            + " months of repairs, the county roads department said.",
        "The work cost 2.4 million dollars, about a third more than planned.",
        "What changed",
        "New steel supports under the central arch.",
        "A wider footpath on the north side.",
        "\"It is stronger now than when it was built,\" the county engineer said."));
    assertThat(article.text()).doesNotContain("SCRIPT_TEXT", "STYLE_TEXT", "tracking", "Sport",
        "cookies", "Share", "Comments", "Related", "newsletter", "©");
  }

  @Test
  void htmlWithoutArticleElementUsesTheBlockWithMostParagraphText() {
    String html = "<html><head><title>Fire at depot</title></head><body>"
        + "<div class='top'><p>Short teaser</p></div>"
        + "<div class='story'><p>A fire broke out at the bus depot on Sunday night.</p>"
        + "<p>No one was hurt, the fire service said.</p><script>alert('x')</script></div>"
        + "</body></html>";
    ReadResult result = reader.read("page.htm",
        new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    Article article = result.articles().get(0);
    assertThat(article.title()).isEqualTo("Fire at depot");
    assertThat(article.text()).isEqualTo("A fire broke out at the bus depot on Sunday night.\n\n"
        + "No one was hurt, the fire service said.");
  }

  @Test
  void htmlWrapperWithANoisyClassNameStillYieldsItsArticle() {
    String html = "<html><body><div class='layout has-sidebar'>"
        + "<article><h1>Vote Delayed</h1><p>The vote was delayed by a week.</p><br>"
        + "<div>Plain div text<br>after a break</div></article>"
        + "<div class='sidebar'><p>Popular: something else entirely, with much more text than the"
        + " article has, to tempt a naive extractor.</p></div></div></body></html>";
    Article article = reader.read("w.html",
        new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))).articles().get(0);
    assertThat(article.text()).isEqualTo("Vote Delayed\n\nThe vote was delayed by a week.\n\n"
        + "Plain div text\n\nafter a break");
  }

  @Test
  void deeplyNestedHtmlIsReadWithoutOverflowingTheStack() {
    int depth = 20_000;
    for (String open : List.of("<div>", "<header>", "<ul><li>")) {
      String html = "<html><body><article>" + open.repeat(depth) + "<p>Deep inside, the dam held.</p>"
          + "</article></body></html>";
      ReadResult result = reader.read("deep.html", new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
      assertThat(result.problems()).as(open).isEmpty();
      assertThat(result.articles()).as(open).singleElement()
          .satisfies(a -> assertThat(a.text()).isEqualTo("Deep inside, the dam held."));
    }
    // navigation boxes nested in navigation boxes: all noise, each box looked at once
    String noise = "<html><body>" + "<div class='nav'>".repeat(depth) + "<p>Home | News</p></body></html>";
    assertThat(reader.read("nav.html", new ByteArrayInputStream(noise.getBytes(StandardCharsets.UTF_8))).problems())
        .singleElement().hasToString("nav.html: no text (no readable content found in the HTML)");
  }

  @Test
  void htmlWithTwoEquallyLongStoriesTakesTheFirstEveryTime() {
    String html = "<html><body><div id='a'><p>The first story is exactly this long.</p></div>"
        + "<div id='b'><p>The other story is exactly this long.</p></div></body></html>";
    for (int run = 0; run < 20; run++) {
      assertThat(reader.read("tie.html", new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)))
          .articles().get(0).text()).isEqualTo("The first story is exactly this long.");
    }
  }

  @Test
  void htmlIsSniffedWhenTheNameHasNoKnownExtension() {
    String html = "<!doctype html><html><body><article><p>Sniffed text.</p></article></body></html>";
    ReadResult result = reader.read("-", new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    assertThat(result.articles()).singleElement().satisfies(a -> {
      assertThat(a.id()).isEqualTo("stdin");
      assertThat(a.origin()).isEqualTo("-");
      assertThat(a.text()).isEqualTo("Sniffed text.");
    });
  }

  // --- JSON lines ---

  @Test
  void jsonLinesLoadGoodLinesAndNameBadOnesByPathAndLine() {
    Path file = resource("batch.jsonl");
    ReadResult result = reader.read(List.of(file));
    assertThat(result.articles()).extracting(Article::id).containsExactly("a1", "a4");
    Article a1 = result.articles().get(0);
    assertThat(a1.title()).isEqualTo("First");
    assertThat(a1.text()).isEqualTo("The first article says the dam opened in May.");
    assertThat(a1.url()).contains("https://example.org/a1");
    assertThat(a1.published()).contains(LocalDate.of(2024, 5, 2));
    assertThat(a1.origin()).isEqualTo(file + ":1");
    Article a4 = result.articles().get(1);
    assertThat(a4.published()).contains(LocalDate.of(2024, 5, 3));
    assertThat(a4.title()).isEmpty();
    assertThat(result.problems()).extracting(InputProblem::input)
        .containsExactly(file + ":2", file + ":3", file + ":6");
    assertThat(result.problems().get(0).message()).startsWith("malformed JSON");
    assertThat(result.problems().get(1).message()).isEqualTo("missing \"text\"");
    assertThat(result.problems().get(2).message()).isEqualTo("not a JSON object");
  }

  @Test
  void jsonLinesWithoutIdGetFileStemAndLine() throws IOException {
    Path file = write("feed.ndjson", "{\"text\":\"One.\"}\n{\"text\":\"Two.\",\"published\":\"May 3\"}\n");
    ReadResult result = reader.read(List.of(file));
    assertThat(result.articles()).extracting(Article::id).containsExactly("feed-1", "feed-2");
    assertThat(result.articles().get(1).published()).isEmpty();
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.input()).isEqualTo(file + ":2");
      assertThat(p.message()).contains("published").contains("May 3");
    });
  }

  // --- directories, missing paths, ids ---

  @Test
  void directoriesAreWalkedRecursivelyInSortedOrderSkippingHiddenAndOtherFiles() throws IOException {
    write("z.txt", "Zed.");
    write("b/b1.txt", "Bee.");
    write("a/x.txt", "Ex.");
    write("a/sub/y.html", "<p>Why.</p>");
    write("a/sub/feed.jsonl", "{\"id\":\"j\",\"text\":\"Jay.\"}");
    write(".hidden.txt", "Hidden.");
    write(".git/config.txt", "Hidden too.");
    write("notes.md", "Not an article.");
    ReadResult result = reader.read(List.of(dir));
    assertThat(result.problems()).isEmpty();
    assertThat(result.articles()).extracting(Article::id)
        .containsExactly("j", "y", "x", "b1", "z");
    assertThat(result.articles()).extracting(Article::text)
        .containsExactly("Jay.", "Why.", "Ex.", "Bee.", "Zed.");
  }

  @Test
  void missingPathIsAProblemAndOtherPathsStillLoad() throws IOException {
    Path missing = dir.resolve("nope.txt");
    Path ok = write("ok.txt", "Fine.");
    ReadResult result = reader.read(List.of(missing, ok));
    assertThat(result.problems()).singleElement()
        .hasToString(missing + ": no such file or directory");
    assertThat(result.articles()).extracting(Article::id).containsExactly("ok");
  }

  @Test
  void directoryWithoutArticlesIsAProblem() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    write("other/readme.md", "No articles here.");
    ReadResult result = reader.read(List.of(empty, dir.resolve("other")));
    assertThat(result.articles()).isEmpty();
    assertThat(result.problems()).extracting(InputProblem::input)
        .containsExactly(empty.toString(), dir.resolve("other").toString());
    assertThat(result.problems()).allSatisfy(p -> assertThat(p.message()).startsWith("no articles found"));
  }

  @Test
  void duplicateIdsGetANumberSuffix() throws IOException {
    write("one/report.txt", "First report.");
    write("two/report.txt", "Second report.");
    write("three/report.jsonl", "{\"id\":\"report\",\"text\":\"Third.\"}\n{\"id\":\"report\",\"text\":\"Fourth.\"}");
    ReadResult result = reader.read(List.of(dir.resolve("one"), dir.resolve("two"), dir.resolve("three")));
    assertThat(result.problems()).isEmpty();
    assertThat(result.articles()).extracting(Article::id)
        .containsExactly("report", "report-2", "report-3", "report-4");
    assertThat(result.articles()).extracting(Article::text) // paths in sorted order: one, three, two
        .containsExactly("First report.", "Third.", "Fourth.", "Second report.");
  }

  @Test
  void theOrderPathsAreGivenInDoesNotMatter() throws IOException {
    Path one = write("one/report.txt", "First report.");
    Path two = write("two/report.txt", "Second report.");
    Path missing = dir.resolve("missing.txt");
    Path empty = write("empty.txt", "");
    ReadResult forward = reader.read(List.of(one, two, missing, empty));
    ReadResult backward = reader.read(List.of(empty, missing, two, one));
    assertThat(backward).isEqualTo(forward);
    assertThat(forward.articles()).extracting(Article::origin).containsExactly(one.toString(), two.toString());
  }

  @Test
  void readResultRejectsDuplicateIds() {
    Article a = Article.of("x", "one.txt", "One.");
    Article b = Article.of("x", "two.txt", "Two.");
    assertThatThrownBy(() -> new ReadResult(List.of(a, b), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"x\"")
        .hasMessageContaining("two.txt");
  }

  @Test
  void sameFileNamedTwiceIsReadOnce() throws IOException {
    Path file = write("once.txt", "Once.");
    assertThat(reader.read(List.of(file, file, dir)).articles()).extracting(Article::id)
        .containsExactly("once");
  }

  @Test
  void symbolicLinkLoopIsReportedAndNotFollowed() throws IOException {
    write("d/a.txt", "A.");
    Path link = dir.resolve("d/loop");
    try {
      Files.createSymbolicLink(link, dir.resolve("d"));
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links not supported here");
    }
    ReadResult result = reader.read(List.of(dir.resolve("d")));
    assertThat(result.articles()).extracting(Article::id).containsExactly("a");
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.input()).isEqualTo(link.toString());
      assertThat(p.message()).contains("symbolic link loop");
    });
  }

  @Test
  void streamInputIsReadAsPlainText() {
    InputStream in = new ByteArrayInputStream("Wire Copy\n\nThe wire said so.".getBytes(StandardCharsets.UTF_8));
    ReadResult result = reader.read("-", in);
    assertThat(result.problems()).isEmpty();
    assertThat(result.articles()).singleElement().satisfies(a -> {
      assertThat(a.id()).isEqualTo("stdin");
      assertThat(a.title()).isEqualTo("Wire Copy");
      assertThat(a.text()).isEqualTo("Wire Copy\n\nThe wire said so.");
    });
  }

  @Test
  void failingStreamIsAProblem() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("device gone");
      }
    };
    assertThat(reader.read("-", broken).problems()).singleElement()
        .hasToString("-: cannot read: device gone");
  }

  @Test
  void readerIsSafeToShareAcrossThreads() throws Exception {
    for (int i = 0; i < 20; i++) {
      write("t/" + i + ".txt", "Article " + i + ".");
    }
    List<Thread> threads = new java.util.ArrayList<>();
    List<ReadResult> results = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    for (int t = 0; t < 4; t++) {
      Thread thread = new Thread(() -> results.add(reader.read(List.of(dir.resolve("t")))));
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(results).hasSize(4).allSatisfy(r -> assertThat(r.articles()).hasSize(20));
  }

}
