package org.crosscheck.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.Span;
import org.crosscheck.ingest.Article;
import org.jspecify.annotations.Nullable;

/**
 * Removes web boilerplate from an article's text using general signals only: the shape of each
 * line, repetition, position near the end, and cue phrases of web pages (never a particular site's
 * strings).
 *
 * <p>The text is split into blocks, one per non-blank line (in plain-text and extracted-HTML
 * articles a paragraph is a line). Each kept block is the line's span in the <em>original</em>
 * text, trimmed of surrounding whitespace, so offsets are unchanged. Each removed block carries a
 * short reason. The signals, roughly in order:
 *
 * <ul>
 *   <li><b>Cue phrases</b> of web pages ("leave a reply", "subscribe", "©", "previous article",
 *       "privacy policy", ...). A block that is mostly a cue phrase, begins with one, is short, or
 *       is not a sentence goes; a long sentence that merely mentions, say, "subscribe" in the middle
 *       of prose stays.
 *   <li><b>Line shape</b>: link lists (URLs, e-mail addresses, "»", "|" separated menus,
 *       breadcrumbs), caption and credit lines ("Photo: ..."), prompts
 *       that stand alone and end with ":" or "?", lines of capitalised words without lower-case
 *       content words (menus, section labels), and short lines without sentence-final punctuation
 *       (subheadings, labels, other articles' headlines). The headline (a short first line) stays.
 *   <li><b>Repetition</b>: a repeated headline keeps its first occurrence; repeated short lines all
 *       go; a repeated sentence keeps its first occurrence.
 *   <li><b>Position</b>: after a footer cue ("leave a comment", "copyright", "next article", ...)
 *       that comes after most of the body, everything goes; so does the trailing run of short or
 *       non-sentence lines, and a publisher blurb right after a copyright or subscription block.
 * </ul>
 *
 * <pre>{@code
 * CleanedArticle cleaned = new HeuristicBoilerplateCleaner().clean(article);
 * for (Span block : cleaned.body()) {
 *   System.out.println(block.coveredText(article.text()));
 * }
 * }</pre>
 *
 * <p>Instances are stateless, immutable and thread-safe; {@link #clean} is deterministic.
 */
public final class HeuristicBoilerplateCleaner implements Cleaner {

  /** At most this many words makes a line "short". */
  static final int SHORT_WORDS = 15;

  /** Cue phrases that are boilerplate wherever they occur. */
  private static final Pattern STRONG_CUE = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])("
      + "leave a (reply|comment|response)|"
      + "(your )?e-?mail address will not be published|required fields are marked|"
      + "all rights reserved|©|\\(c\\) ?\\d{4}|copyright (©|\\(c\\)|\\d{4})|"
      + "back to top|skip to (main )?content|"
      + "(previous|prev|next|older|newer) (article|post|story|stories|posts)|"
      + "did you (read|see|miss) this|no time to read|get a summary|"
      + "latest from|no comments|\\d+ (comments?|thoughts|responses|replies) on|\\d+ comments?|"
      + "click here|tap here|"
      + "terms (of|and conditions of) (use|service)|terms & conditions|privacy (policy|notice)|"
      + "cookie (policy|settings|preferences|consent)|accept (all )?cookies|"
      + "manage (your )?(preferences|consent|cookies)|"
      + "enter your e-?mail|sign up for (our|the|free)|subscribe to (our|the)|"
      + "you (may|might) also like|recommended for you|"
      + "read next|continue reading|share (this|on|via)|follow us|download (our|the) app|"
      + "advertise with us|filed under|tagged with"
      + ")(?![\\p{L}\\p{N}])");

  /**
   * Cue words that also occur in ordinary prose ("the most popular party", "read more about"):
   * boilerplate only in lines that are short, not sentences, begin with the cue or address the
   * reader.
   */
  private static final Pattern WEAK_CUE = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])("
      + "subscribe|subscription|unsubscribe|sign up|sign in|log in|newsletter|copyright|"
      + "related( (articles?|stories|posts|news|coverage|content|topics|reading|links|videos?))?|"
      + "share|follow|cookies?|advertisement|sponsored( content)?|comments?|reply|print|"
      + "e-?mail|tags?|topics|trending|more from|contact us|about us|facebook|twitter|"
      + "most (read|popular|viewed|shared)|read more|posted in|"
      + "whatsapp|linkedin|telegram|instagram|youtube"
      + ")(?![\\p{L}\\p{N}])");

  /** Cues after which, near the end of a page, nothing is article text. */
  private static final Pattern FOOTER_CUE = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])("
      + "leave a (reply|comment|response)|e-?mail address will not be published|"
      + "all rights reserved|©|copyright|(previous|prev|next|older|newer) (article|post|story)|"
      + "related (articles|stories|posts|news|coverage)|latest from|you (may|might) also like|"
      + "more from|most (read|popular|viewed)|no comments|\\d+ comments|about the author|"
      + "recommended for you|related|comments|share this|\\d+ (thoughts|responses|replies) on"
      + ")(?![\\p{L}\\p{N}])");

  /** Cue blocks after which a trailing paragraph is taken for a publisher blurb. */
  private static final Pattern PUBLISHER_CUE = Pattern.compile(
      "(?i)copyright|©|all rights reserved|subscribe|newsletter|sign up|about us");

  private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}\\p{N}&-]{1,}");

  private static final Set<String> NOT_NAMES = Set.of("the", "this", "that", "we", "our", "all",
      "copyright", "subscribe", "sign", "rights", "reserved", "news", "newsletter", "enter", "your",
      "email", "about", "us", "follow", "join", "get", "up", "free");

  private static final Pattern PREVIOUS_NEXT = Pattern.compile(
      "(?i)^(previous|prev|next|older|newer)( (article|post|story))?\\W*$");

  private static final Pattern URL = Pattern.compile(
      "(?i)\\b(https?://|www\\.)\\S+|[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

  /** A line introduced as a caption or credit ("Photo: ...", "Image caption ..."). */
  private static final Pattern CAPTION = Pattern.compile(
      "(?i)\\(?(image|photo|photograph|picture|video|media|caption|credit|illustration)s?"
          + "( (caption|credit|source))?\\s*[:|]");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\p{Punct}\\s]+$");

  private static final Pattern SECOND_PERSON = Pattern.compile("(?i)\\b(you|your)\\b");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");

  /** Lower-case words allowed in title-case labels and headlines ("in", "of", "and"...). */
  private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "and", "or", "but",
      "nor", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "into", "onto", "&",
      "vs", "via", "per", "up", "off", "out", "over", "amid", "after", "before", "about", "than");

  private static final String CLOSERS = "\"'”’)]»›*";

  /** A cleaner with the default settings. */
  public HeuristicBoilerplateCleaner() {}

  @Override
  public CleanedArticle clean(Article article) {
    Objects.requireNonNull(article, "article");
    String text = article.text();
    List<Block> blocks = split(text);
    int n = blocks.size();
    @Nullable String[] reason = new String[n];

    int headline = findHeadline(blocks);

    // Repetition.
    Map<String, List<Integer>> occurrences = new HashMap<>();
    for (int i = 0; i < n; i++) {
      occurrences.computeIfAbsent(blocks.get(i).key, k -> new ArrayList<>()).add(i);
    }
    for (List<Integer> same : occurrences.values()) {
      if (same.size() < 2) {
        continue;
      }
      int first = same.get(0);
      Block b = blocks.get(first);
      boolean shortLine = b.words <= SHORT_WORDS || !b.sentence;
      for (int k = 0; k < same.size(); k++) {
        int i = same.get(k);
        if (first == headline) {
          if (k > 0) {
            reason[i] = "repeated headline";
          }
        } else if (shortLine || k > 0) {
          reason[i] = "repeated line";
        }
      }
    }

    // Cue phrases and line shape.
    for (int i = 0; i < n; i++) {
      if (reason[i] == null) {
        reason[i] = shapeOrCue(blocks.get(i), i == headline);
      }
    }

    // Short title-like lines next to "previous/next article" cues: other articles' headlines.
    for (int i = 0; i < n; i++) {
      if (PREVIOUS_NEXT.matcher(blocks.get(i).text).matches()) {
        for (int j : new int[] {i - 1, i + 1}) {
          if (j >= 0 && j < n && j != headline && !blocks.get(j).sentence
              && blocks.get(j).words <= 25 && !isRemovedLine(reason[j])) {
            reason[j] = "headline of another article";
          }
        }
      }
    }

    // Footer: everything after a footer cue that follows most of the body.
    int footer = footerStart(blocks, reason);
    if (footer >= 0) {
      String cue = footerCue(blocks.get(footer).text);
      for (int i = footer + 1; i < n; i++) {
        if (reason[i] == null || reason[i].startsWith("subheading")) {
          reason[i] = "footer (after \"" + cue + "\")";
        }
      }
    }

    // Trailing run of removed, short or non-sentence lines; a publisher blurb after a cue block.
    for (int i = n - 1; i > headline && i >= 0; i--) {
      Block b = blocks.get(i);
      if (reason[i] != null) {
        if (reason[i].startsWith("subheading")) {
          reason[i] = "footer: short line at the end";
        }
        continue;
      }
      if (!b.sentence && b.words <= SHORT_WORDS
          || b.words <= 6 && i > 0 && reason[i - 1] != null) {
        reason[i] = "footer: short line at the end";
        continue;
      }
      if (i > 0 && reason[i - 1] != null && reason[i - 1].startsWith("cue phrase")
          && PUBLISHER_CUE.matcher(blocks.get(i - 1).text).find()
          && sharesName(b.text, blocks.get(i - 1).text)) {
        reason[i] = "publisher blurb after \"" + blocks.get(i - 1).text + "\"";
        continue;
      }
      break;
    }

    List<Span> body = new ArrayList<>();
    List<CleanedArticle.RemovedBlock> removed = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Block b = blocks.get(i);
      if (reason[i] == null) {
        body.add(b.span);
      } else {
        removed.add(new CleanedArticle.RemovedBlock(b.span, reason[i]));
      }
    }
    return new CleanedArticle(article, body, removed);
  }

  /**
   * True when both texts contain the same capitalised word that is not a common sentence opener:
   * a blurb after "Copyright 2024 Acme News" that names Acme talks about the publisher.
   */
  static boolean sharesName(String text, String cueBlock) {
    Set<String> names = new java.util.HashSet<>();
    Matcher m = NAME.matcher(cueBlock);
    while (m.find()) {
      if (!NOT_NAMES.contains(m.group().toLowerCase(Locale.ROOT))) {
        names.add(m.group());
      }
    }
    Matcher t = NAME.matcher(text);
    while (t.find()) {
      if (names.contains(t.group())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRemovedLine(@Nullable String reason) {
    return reason != null && !reason.startsWith("subheading");
  }

  /** The reason to remove a block judged on its own, or null to keep it. */
  private static @Nullable String shapeOrCue(Block b, boolean isHeadline) {
    String cue = cueReason(b);
    if (cue != null) {
      return cue;
    }
    if (isLinkLike(b)) {
      return "links or menu";
    }
    if (CAPTION.matcher(b.text).lookingAt()) {
      return "image caption or credit";
    }
    if (isHeadline) {
      return null;
    }
    String last = b.lastChar();
    if ((last.equals(":") || last.equals("?")) && b.words <= 12 && !b.quoted) {
      return last.equals(":") ? "prompt or label ending with \":\"" : "subheading (question)";
    }
    if (!b.sentence && b.words > SHORT_WORDS && isCapitalisedLabel(b)) {
      return "menu or section labels";
    }
    if (!b.sentence && b.words <= SHORT_WORDS) {
      return isCapitalisedLabel(b) || b.words <= 3
          ? "subheading or label" : "subheading (short line without a sentence)";
    }
    return null;
  }

  private static @Nullable String cueReason(Block b) {
    Matcher strong = STRONG_CUE.matcher(b.text);
    if (strong.find()) {
      int cueChars = strong.end() - strong.start();
      boolean mostly = cueChars * 10 >= b.text.length() * 3;
      boolean atStart = strong.start() <= 2;
      if (mostly || atStart && b.words <= 40 || !b.sentence || b.words <= 8) {
        return "cue phrase \"" + strong.group(1).toLowerCase(Locale.ROOT).strip() + "\"";
      }
    }
    Matcher weak = WEAK_CUE.matcher(b.text);
    if (weak.find()) {
      boolean atStart = weak.start() <= 2;
      int cueChars = weak.end() - weak.start();
      boolean mostly = cueChars * 10 >= b.text.length() * 4;
      boolean addressesReader = SECOND_PERSON.matcher(b.text).find();
      if (mostly || b.words <= 3 && !b.sentence
          || (!b.sentence && b.words <= 20 && (atStart || isCapitalisedLabel(b)))
          || (atStart && b.words <= 25 && (addressesReader || !b.sentence))
          || (addressesReader && b.words <= 30 && b.imperativeOrReaderFacing())) {
        return "cue phrase \"" + weak.group(1).toLowerCase(Locale.ROOT) + "\"";
      }
    }
    return null;
  }

  private static boolean isLinkLike(Block b) {
    long pipes = b.text.chars().filter(c -> c == '|').count();
    if (pipes >= 2 || pipes == 1 && !b.sentence && b.words <= SHORT_WORDS) {
      return true;
    }
    if ((b.text.contains("»") || b.text.contains("›") || b.text.contains(" • "))
        && (!b.sentence || b.words <= SHORT_WORDS)) {
      return true;
    }
    if (!b.sentence && b.words <= 20 && (count(b.text, " > ") >= 2 || count(b.text, " / ") >= 2
        || count(b.text, " · ") >= 2)) {
      return true; // breadcrumbs and separated menus
    }
    Matcher url = URL.matcher(b.text);
    int urlChars = 0;
    while (url.find()) {
      urlChars += url.end() - url.start();
    }
    return urlChars > 0 && (b.words <= 12 || urlChars * 10 >= b.text.length() * 3 || !b.sentence);
  }

  private static int count(String text, String separator) {
    int n = 0;
    for (int at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, at + 1)) {
      n++;
    }
    return n;
  }

  /** Mostly capitalised words, lower-case words only function words: a label, menu or title. */
  private static boolean isCapitalisedLabel(Block b) {
    Matcher m = WORD.matcher(b.text);
    int words = 0;
    int capitalised = 0;
    while (m.find()) {
      String w = m.group();
      words++;
      char c = w.charAt(0);
      if (Character.isUpperCase(c) || Character.isDigit(c)) {
        capitalised++;
      } else if (!FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return words > 0 && capitalised * 10 >= words * 7;
  }

  /**
   * The headline: among the title-like lines (short, not ending like a sentence, not a cue or link)
   * that come before the first body sentence within the first few blocks, the one with the most
   * words (menus and labels are shorter than headlines); -1 when the text starts with a sentence.
   */
  private static int findHeadline(List<Block> blocks) {
    int best = -1;
    for (int i = 0; i < Math.min(8, blocks.size()); i++) {
      Block b = blocks.get(i);
      if (cueReason(b) != null || isLinkLike(b) || CAPTION.matcher(b.text).lookingAt()) {
        continue;
      }
      String last = b.lastChar();
      boolean titleLike = b.words <= 25 && b.text.length() <= 200 && !last.equals(".")
          && !last.equals(":") && !last.equals(",") && !last.equals(";");
      if (!titleLike) {
        break; // the first body sentence
      }
      if (best < 0 || b.words > blocks.get(best).words) {
        best = i;
      }
    }
    return best;
  }

  /**
   * The first block removed for a footer cue such that more than twice as much body text (kept
   * sentences) lies before it as after it, or -1. Only blocks already removed as cue phrases count,
   * so prose that mentions "related" or "comments" never starts a footer.
   */
  private static int footerStart(List<Block> blocks, @Nullable String[] reason) {
    int n = blocks.size();
    int[] bodyBefore = new int[n + 1];
    for (int i = 0; i < n; i++) {
      boolean body = reason[i] == null && blocks.get(i).sentence;
      bodyBefore[i + 1] = bodyBefore[i] + (body ? blocks.get(i).text.length() : 0);
    }
    for (int i = 0; i < n; i++) {
      if (reason[i] == null || !reason[i].startsWith("cue phrase")) {
        continue;
      }
      if (!FOOTER_CUE.matcher(blocks.get(i).text).find()) {
        continue;
      }
      int before = bodyBefore[i];
      int after = bodyBefore[n] - bodyBefore[i + 1];
      if (before > 0 && after * 2 < before) {
        return i;
      }
    }
    return -1;
  }

  private static String footerCue(String text) {
    Matcher m = FOOTER_CUE.matcher(text);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : text;
  }

  /** One non-blank line: its trimmed span and the features the rules look at. */
  private static final class Block {
    final Span span;
    final String text;
    final String key;
    final int words;
    final boolean sentence;
    final boolean quoted;

    Block(Span span, String text) {
      this.span = span;
      this.text = text;
      this.key = normalise(text);
      this.words = countWords(text);
      String stripped = stripClosers(text);
      char first = text.charAt(0);
      this.quoted = first == '"' || first == '“' || first == '\'' || first == '‘';
      boolean endsWithCloser = stripped.length() < text.length()
          && "\"'”’)]".indexOf(text.charAt(text.length() - 1)) >= 0;
      this.sentence = !stripped.isEmpty()
          && (".!?…".indexOf(stripped.charAt(stripped.length() - 1)) >= 0
              || endsWithCloser && (quoted || text.charAt(text.length() - 1) != ')'));
    }

    private static int countWords(String s) {
      int count = 0;
      boolean inWord = false;
      for (int i = 0; i < s.length(); i++) {
        boolean space = Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00A0';
        if (!space && !inWord) {
          count++;
        }
        inWord = !space;
      }
      return count;
    }

    String lastChar() {
      String stripped = stripClosers(text);
      return stripped.isEmpty() ? "" : stripped.substring(stripped.length() - 1);
    }

    /** Starts with a verb in the imperative or speaks to the reader ("we use cookies..."). */
    boolean imperativeOrReaderFacing() {
      String lower = text.toLowerCase(Locale.ROOT);
      return lower.startsWith("we ") || lower.startsWith("by ") || lower.startsWith("please")
          || lower.startsWith("to ") || lower.startsWith("get ") || lower.startsWith("join ")
          || lower.startsWith("don't") || lower.startsWith("never miss") || lower.startsWith("stay ")
          || lower.startsWith("this site") || lower.startsWith("this website")
          || lower.startsWith("our ");
    }

    private static String stripClosers(String s) {
      int end = s.length();
      while (end > 0 && (CLOSERS.indexOf(s.charAt(end - 1)) >= 0
          || Character.isWhitespace(s.charAt(end - 1)))) {
        end--;
      }
      return s.substring(0, end);
    }

    private static String normalise(String s) {
      String lower = s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'')
          .replace('“', '"').replace('”', '"').replace('\u00A0', ' ');
      lower = SPACES.matcher(lower).replaceAll(" ");
      return TRAILING_PUNCTUATION.matcher(lower).replaceAll("");
    }
  }

  private static List<Block> split(String text) {
    List<Block> blocks = new ArrayList<>();
    int start = 0;
    int length = text.length();
    while (start <= length) {
      int end = start;
      while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      int b = start;
      int e = end;
      while (b < e && isSpace(text.charAt(b))) {
        b++;
      }
      while (e > b && isSpace(text.charAt(e - 1))) {
        e--;
      }
      if (e > b) {
        blocks.add(new Block(Span.of(b, e), text.substring(b, e)));
      }
      if (end >= length) {
        break;
      }
      start = end + 1;
    }
    return blocks;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F'
        || c == '\uFEFF';
  }
}
