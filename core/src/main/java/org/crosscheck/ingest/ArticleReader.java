package org.crosscheck.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads news articles from files, directories and streams: plain text, HTML and JSON lines.
 * One bad input never stops the others; each one that cannot be read becomes an {@link InputProblem}
 * in the {@link ReadResult}, next to every article that could be read.
 *
 * <pre>{@code
 * ReadResult result = ArticleReader.withDefaults().read(List.of(Path.of("seeds")));
 * result.articles();   // one Article per .txt/.html/.jsonl line, in sorted path order
 * result.problems();   // e.g. "seeds/bad.txt: not valid UTF-8 at byte 1234"
 * }</pre>
 *
 * <h2>Formats</h2>
 *
 * <ul>
 *   <li><b>Plain text</b> ({@code .txt}, {@code .text}, or any other file not recognised as HTML or
 *       JSON lines): decoded strictly as UTF-8, or as UTF-16 or UTF-32 when a byte order mark says
 *       so (the mark dropped), the text otherwise kept exactly as decoded so that spans index into
 *       it, whatever the encoding was. The id is the file name without its
 *       extension; the title is the first line when it looks like a headline (short, no final
 *       period, followed by more text), else empty.
 *   <li><b>HTML</b> ({@code .html}, {@code .htm}, or content that starts like HTML): parsed by jsoup
 *       from the bytes, never fetching anything. The article text is the readable text of the main
 *       content, one block (paragraph, heading, list item) per paragraph, blocks separated by a
 *       blank line; spans index into this extracted text, not into the markup.
 *   <li><b>JSON lines</b> ({@code .jsonl}, {@code .ndjson}): one JSON object per line with {@code
 *       text} (required), {@code id}, {@code title}, {@code url} and {@code published} (an ISO date
 *       or date-time). A bad line is a problem named {@code path:line}; the other lines still load.
 *       A line without {@code id} gets {@code <file stem>-<line>}.
 * </ul>
 *
 * <p>Binary input (a known file signature such as PNG, PDF or ZIP, NUL bytes, or many control
 * characters in the first 8000 bytes) is a problem ("binary file, not text: ..."), whatever its
 * extension; so is an input larger than {@link Builder#maxFileSize}, which is not read at all.
 *
 * <p>The paths given are read in sorted order, so the result (and the ids given to articles of the
 * same name) does not depend on the order they were named in. Directories are walked recursively
 * in sorted order, taking the extensions above and skipping
 * hidden files and directories; symbolic links are followed, but a link back to a directory being
 * walked is reported as a loop and not entered. A file reached twice (through links or by being
 * named twice) is read once.
 *
 * <p><b>Ids are unique within one {@link ReadResult}.</b> When an id is already taken, the later
 * article keeps loading under the first free id of the form {@code id-2}, {@code id-3}, ... (files of
 * the same name in different directories are legitimate); it is not reported as a problem.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ArticleReader {

  /** The default limit on the size of one input: 10 MB. */
  public static final long DEFAULT_MAX_FILE_SIZE = 10L * 1024 * 1024;

  private static final Pattern PLAIN_TEXT = Pattern.compile("(?i).*\\.(txt|text)$");
  private static final Pattern HTML = Pattern.compile("(?i).*\\.(html|htm)$");
  private static final Pattern JSON_LINES = Pattern.compile("(?i).*\\.(jsonl|ndjson)$");

  private final long maxFileSize;
  private final HtmlTextExtractor html = new HtmlTextExtractor();
  private final JsonLinesParser jsonLines = new JsonLinesParser();

  private ArticleReader(Builder builder) {
    this.maxFileSize = builder.maxFileSize;
  }

  /**
   * A reader with the default limits (10 MB per input).
   *
   * @return the reader
   */
  public static ArticleReader withDefaults() {
    return builder().build();
  }

  /**
   * A builder with the default limits.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The largest input, in bytes, this reader accepts.
   *
   * @return the limit in bytes
   */
  public long maxFileSize() {
    return maxFileSize;
  }

  /**
   * Reads every path: files of any supported format and directories (recursively). Missing paths,
   * unreadable or invalid files and directories without articles become problems.
   *
   * @param paths files and directories
   * @return every article read, in sorted path order, and every problem
   */
  public ReadResult read(List<Path> paths) {
    Objects.requireNonNull(paths, "paths");
    Collector out = new Collector();
    List<Path> sorted = new ArrayList<>(paths);
    sorted.forEach(path -> Objects.requireNonNull(path, "path"));
    sorted.sort(Comparator.comparing(Path::toString)); // the same result whatever the order given
    for (Path path : sorted) {
      if (!Files.exists(path)) {
        out.problem(path.toString(), Files.exists(path, LinkOption.NOFOLLOW_LINKS)
            ? "broken symbolic link" : "no such file or directory");
      } else if (Files.isDirectory(path)) {
        int before = out.articles.size();
        int problemsBefore = out.problems.size();
        walk(path, new HashSet<>(), out);
        if (out.articles.size() == before && out.problems.size() == problemsBefore) {
          out.problem(path.toString(),
              "no articles found (looked for .txt, .text, .html, .htm, .jsonl and .ndjson files)");
        }
      } else {
        readFile(path, out, true);
      }
    }
    return new ReadResult(out.articles, out.problems);
  }

  /**
   * Reads one article (or, when {@code name} ends in {@code .jsonl}/{@code .ndjson} or the content
   * looks like JSON lines, several) from a stream, e.g. standard input. {@code name} names the input
   * in problems and origins ({@code -} for standard input, which gives the id {@code stdin}). The
   * stream is read but not closed.
   *
   * @param name how to name the input, {@code -} for standard input
   * @param in   the stream
   * @return the articles read and the problems met
   */
  public ReadResult read(String name, InputStream in) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(in, "in");
    Collector out = new Collector();
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileSize + 1));
    } catch (IOException e) {
      out.problem(name, "cannot read: " + describe(e));
      return new ReadResult(out.articles, out.problems);
    }
    if (bytes.length > maxFileSize) {
      out.problem(name, "larger than the limit of " + maxFileSize + " bytes");
    } else {
      String id = name.equals("-") ? "stdin" : stem(fileName(name));
      parse(name, id, fileName(name), bytes, out);
    }
    return new ReadResult(out.articles, out.problems);
  }

  private void walk(Path dir, Set<Path> ancestors, Collector out) {
    Path real;
    try {
      real = dir.toRealPath();
    } catch (IOException e) {
      out.problem(dir.toString(), "cannot resolve directory: " + describe(e));
      return;
    }
    if (ancestors.contains(real)) {
      out.problem(dir.toString(), "symbolic link loop: leads back to " + real + ", not followed");
      return;
    }
    if (!out.seenDirectories.add(real)) {
      return; // reached again through another link; its files are already read
    }
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      stream.forEach(children::add);
    } catch (IOException e) {
      out.problem(dir.toString(), "cannot list directory: " + describe(e));
      return;
    }
    children.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    ancestors.add(real);
    for (Path child : children) {
      String name = child.getFileName().toString();
      if (name.startsWith(".")) {
        continue;
      }
      if (Files.isDirectory(child)) {
        walk(child, ancestors, out);
      } else if (isSupported(name)) {
        if (!Files.exists(child)) {
          out.problem(child.toString(), "broken symbolic link");
        } else {
          readFile(child, out, false);
        }
      }
    }
    ancestors.remove(real);
  }

  private static boolean isSupported(String name) {
    return PLAIN_TEXT.matcher(name).matches() || HTML.matcher(name).matches()
        || JSON_LINES.matcher(name).matches();
  }

  private void readFile(Path file, Collector out, boolean named) {
    String input = file.toString();
    try {
      if (!out.seenFiles.add(file.toRealPath())) {
        return;
      }
      if (!Files.isRegularFile(file)) {
        out.problem(input, "not a regular file (a pipe, device or socket); not read");
        return;
      }
      long size = Files.size(file);
      if (size > maxFileSize) {
        out.problem(input, "file is " + size + " bytes, larger than the limit of " + maxFileSize
            + " bytes");
        return;
      }
      byte[] bytes = Files.readAllBytes(file);
      String name = file.getFileName().toString();
      parse(input, stem(name), name, bytes, out);
    } catch (AccessDeniedException e) {
      out.problem(input, "cannot read: permission denied");
    } catch (NoSuchFileException e) {
      out.problem(input, "no such file or directory");
    } catch (IOException e) {
      out.problem(input, "cannot read: " + describe(e));
    }
  }

  private void parse(String input, String id, String fileName, byte[] bytes, Collector out) {
    Optional<String> notText = TextBytes.notText(bytes);
    if (notText.isPresent()) {
      out.problem(input, notText.get());
    } else if (JSON_LINES.matcher(fileName).matches()) {
      parseJsonLines(input, id, bytes, out);
    } else if (HTML.matcher(fileName).matches()) {
      parseHtml(input, id, bytes, out);
    } else if (PLAIN_TEXT.matcher(fileName).matches()) {
      parsePlainText(input, id, bytes, out);
    } else if (HtmlTextExtractor.looksLikeHtml(bytes)) {
      parseHtml(input, id, bytes, out);
    } else if (JsonLinesParser.looksLikeJsonLines(bytes)) {
      parseJsonLines(input, id, bytes, out);
    } else {
      parsePlainText(input, id, bytes, out);
    }
  }

  private void parsePlainText(String input, String id, byte[] bytes, Collector out) {
    String text;
    try {
      text = TextBytes.decode(bytes);
    } catch (TextBytes.UndecodableTextException e) {
      out.problem(input, e.getMessage());
      return;
    }
    if (text.isBlank()) {
      out.problem(input, "no text");
      return;
    }
    out.add(Article.of(id, input, text).withTitle(PlainTextTitles.headline(text)));
  }

  private void parseHtml(String input, String id, byte[] bytes, Collector out) {
    HtmlTextExtractor.Extracted page = html.extract(bytes);
    if (page.text().isBlank()) {
      out.problem(input, "no text (no readable content found in the HTML)");
      return;
    }
    out.add(Article.of(id, input, page.text()).withTitle(page.title()));
  }

  private void parseJsonLines(String input, String stem, byte[] bytes, Collector out) {
    String text;
    try {
      text = TextBytes.decode(bytes);
    } catch (TextBytes.UndecodableTextException e) {
      out.problem(input, e.getMessage());
      return;
    }
    int before = out.articles.size();
    int problemsBefore = out.problems.size();
    jsonLines.parse(input, stem, text, out::add, out::problem);
    if (out.articles.size() == before && out.problems.size() == problemsBefore) {
      out.problem(input, "no text (no JSON lines found)");
    }
  }

  private static String fileName(String name) {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return slash >= 0 ? name.substring(slash + 1) : name;
  }

  private static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
    return stem.isBlank() ? "article" : stem;
  }

  private static String describe(IOException e) {
    String message = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
    return message == null || message.isBlank()
        ? e.getClass().getSimpleName().replace("Exception", "").toLowerCase(Locale.ROOT)
        : message;
  }

  /** Gathers articles and problems for one read, keeping ids unique. */
  private static final class Collector {
    final List<Article> articles = new ArrayList<>();
    final List<InputProblem> problems = new ArrayList<>();
    final Set<String> ids = new HashSet<>();
    final Set<Path> seenFiles = new HashSet<>();
    final Set<Path> seenDirectories = new HashSet<>();

    void add(Article article) {
      String id = article.id();
      if (!ids.add(id)) {
        int n = 2;
        while (!ids.add(id + "-" + n)) {
          n++;
        }
        article = article.withId(id + "-" + n);
      }
      articles.add(article);
    }

    void problem(String input, String message) {
      problems.add(new InputProblem(input, message));
    }
  }

  /** Configures an {@link ArticleReader}. */
  public static final class Builder {
    private long maxFileSize = DEFAULT_MAX_FILE_SIZE;

    private Builder() {}

    /**
     * The largest input accepted, in bytes (default 10 MB); larger inputs become problems.
     *
     * @param bytes the limit; positive
     * @return this builder
     */
    public Builder maxFileSize(long bytes) {
      if (bytes <= 0) {
        throw new IllegalArgumentException("max file size must be positive, got " + bytes);
      }
      this.maxFileSize = bytes;
      return this;
    }

    /**
     * Builds the reader.
     *
     * @return a new reader
     */
    public ArticleReader build() {
      return new ArticleReader(this);
    }
  }
}
