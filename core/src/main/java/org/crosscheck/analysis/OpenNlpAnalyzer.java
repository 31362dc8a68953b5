package org.crosscheck.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import org.crosscheck.Span;
import org.crosscheck.analysis.internal.BackgroundLoad;
import org.crosscheck.analysis.internal.ChunkTokenizer;
import org.crosscheck.analysis.internal.Datelines;
import org.crosscheck.analysis.internal.Gazetteer;
import org.crosscheck.analysis.internal.GluedDashes;
import org.crosscheck.analysis.internal.LemmaCache;
import org.crosscheck.analysis.internal.MaxentBeamSearch;
import org.crosscheck.analysis.internal.MentionFinder;
import org.crosscheck.analysis.internal.PastFormTags;
import org.crosscheck.analysis.internal.QuotedInitials;
import org.crosscheck.analysis.internal.SpacedPunctuation;
import org.crosscheck.analysis.internal.TitleAbbreviations;
import org.crosscheck.clean.CleanedArticle;

/**
 * An {@link Analyzer} built on Apache OpenNLP's Universal Dependencies English models (sentence
 * detector, tokenizer, UPOS tagger, lemmatizer) from Maven Central, a pluggable
 * {@link DependencyParser}, and rule-based mention finding over the tags.
 *
 * <pre>{@code
 * Analyzer analyzer = OpenNlpAnalyzer.create(parser);   // loads the models once (well under a second)
 * AnalyzedArticle a = analyzer.analyze(cleaned);
 * a.sentences().get(0).token(0).tag();                   // "PROPN"
 * }</pre>
 *
 * <p>How it works:
 * <ul>
 *   <li>Each body block of the cleaned article is split further at line breaks (the sentence
 *       detector does not split on them, so a headline would merge with the next sentence), then
 *       into sentences and tokens. Every span is an offset into the article's original text.
 *   <li>Tokenising runs on a same-length copy of the text with curly apostrophes and quotes made
 *       straight (and no-break spaces made plain), so "didn’t" yields "did" + "n't";
 *       {@link Token#text()} is the token from that copy. A word written with a space after
 *       inner punctuation ("100, 000", "hadn ’ t") is one token, analysed without the space
 *       (see {@code SpacedPunctuation}).
 *   <li>A sentence longer than {@link #DEFAULT_MAX_SENTENCE_TOKENS} tokens (or the limit given
 *       to {@link #create(DependencyParser, int)}) is split into pieces of at most that many.
 *   <li>The tokenizer's decisions are memoised per white-space chunk (it decides each chunk from
 *       the chunk's own characters, so the tokens are the same); tags and lemmas come from
 *       OpenNLP's models through an exact, faster copy of its beam search
 *       ({@code MaxentBeamSearch}).
 *   <li>Lemmas are computed by the model on the single word with its tag and memoised per (lower
 *       case word, tag) in a bounded cache, so they do not depend on context or thread; proper nouns
 *       and numbers keep their text as lemma.
 *   <li>Mentions (names, places, organisations, dates, times, numbers, quantities) come from
 *       proper-noun runs, titles, organisation head words, a WordNet 3.1 gazetteer and token patterns;
 *       see {@link MentionFinder}.
 * </ul>
 *
 * <p>Thread-safe: the models are loaded once and shared; the OpenNLP {@code *ME} wrappers, which
 * are not thread-safe, are kept one set per thread. Deterministic: the same article gives the same
 * result on any thread and in any order.
 */
public final class OpenNlpAnalyzer implements Analyzer {

  static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

  /**
   * The default {@link #create(DependencyParser, int) longest sentence}, in tokens: well above the
   * longest sentence in the seeds and the 982 ECB+ articles (about 120 tokens).
   */
  public static final int DEFAULT_MAX_SENTENCE_TOKENS = 200;

  private final SentenceModel sentenceModel;
  private final ChunkTokenizer tokenizer;
  private final POSModel posModel;
  private final DependencyParser parser;
  private final LemmaCache lemmas;
  private final MentionFinder mentionFinder;
  private final ThreadLocal<Tools> tools;
  private final int maxSentenceTokens;

  private OpenNlpAnalyzer(SentenceModel sentenceModel, TokenizerModel tokenizerModel,
      POSModel posModel, LemmatizerModel lemmaModel, Gazetteer gazetteer, DependencyParser parser,
      int maxSentenceTokens) {
    this.sentenceModel = sentenceModel;
    this.tokenizer = new ChunkTokenizer(tokenizerModel, ChunkTokenizer.DEFAULT_CAPACITY);
    this.posModel = posModel;
    this.parser = parser;
    this.lemmas = new LemmaCache(lemmaModel, LemmaCache.DEFAULT_CAPACITY);
    this.mentionFinder = new MentionFinder(gazetteer);
    this.tools = ThreadLocal.withInitial(this::newTools);
    this.maxSentenceTokens = maxSentenceTokens;
  }

  /**
   * Loads the models from the class path (in parallel) and returns an analyzer that parses each
   * sentence with {@code parser}.
   *
   * @param parser the dependency parser to attach each sentence's tokens with
   * @return a new analyzer
   * @throws UncheckedIOException when a model cannot be read
   */
  public static OpenNlpAnalyzer create(DependencyParser parser) {
    return create(parser, DEFAULT_MAX_SENTENCE_TOKENS);
  }

  /**
   * {@link #create(DependencyParser)} with another limit on sentence length. A longer sentence
   * (text without punctuation, such as a page of keywords) is tagged and parsed in consecutive
   * pieces of at most this many tokens, each a {@link Sentence} of its own, so that time and
   * memory grow linearly with its length; no text is dropped.
   *
   * @param parser            the dependency parser to attach each sentence's tokens with
   * @param maxSentenceTokens the most tokens in one sentence; at least 1
   * @return a new analyzer
   * @throws UncheckedIOException when a model cannot be read
   */
  public static OpenNlpAnalyzer create(DependencyParser parser, int maxSentenceTokens) {
    Objects.requireNonNull(parser, "parser");
    if (maxSentenceTokens < 1) {
      throw new IllegalArgumentException("maxSentenceTokens must be at least 1, got " + maxSentenceTokens);
    }
    BackgroundLoad<POSModel> pos = BackgroundLoad.start("tagger",
        () -> MaxentBeamSearch.of(OpenNlpAnalyzer.<POSModel>load(POS_MODEL, POSModel::new)));
    BackgroundLoad<Gazetteer> gazetteer = BackgroundLoad.start("gazetteer", Gazetteer::load);
    SentenceModel sentence = load(SENTENCE_MODEL, SentenceModel::new);
    TokenizerModel tokens = load(TOKEN_MODEL, TokenizerModel::new);
    LemmatizerModel lemma = load(LEMMA_MODEL, LemmatizerModel::new);
    return new OpenNlpAnalyzer(sentence, tokens, pos.join(), lemma, gazetteer.join(), parser,
        maxSentenceTokens);
  }

  private interface ModelReader<M> {
    M read(InputStream in) throws IOException;
  }

  private static <M> M load(String resource, ModelReader<M> reader) {
    try (InputStream in = OpenNlpAnalyzer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException(
            "OpenNLP model " + resource + " is not on the class path (opennlp-models-*-en 1.3.0)"));
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
    }
  }

  /** The per-thread, non-thread-safe OpenNLP wrappers. */
  private record Tools(SentenceDetectorME sentences, POSTaggerME tagger) {}

  private Tools newTools() {
    return new Tools(new SentenceDetectorME(sentenceModel), new POSTaggerME(posModel, POSTagFormat.UD));
  }

  @Override
  public AnalyzedArticle analyze(CleanedArticle article) {
    Objects.requireNonNull(article, "article");
    String original = article.article().text();
    String text = straighten(original);
    Tools t = tools.get();
    List<Sentence> sentences = new ArrayList<>();
    for (Span block : article.body()) {
      for (Span line : lines(text, block)) {
        String lineText = text.substring(line.begin(), line.end());
        for (Span s : sentenceSpans(t.sentences().sentPosDetect(lineText), lineText)) {
          Span detected = Span.of(line.begin() + s.begin(), line.begin() + s.end());
          List<Span> tokenSpans = tokenSpans(t, text, detected);
          if (tokenSpans.size() <= maxSentenceTokens) {
            if (!tokenSpans.isEmpty()) {
              sentences.add(sentence(t, text, tokenSpans, detected, sentences.size(), article));
            }
            continue;
          }
          // an overlong "sentence" (a page without punctuation): tagged and parsed in pieces, so that
          // time and memory stay linear in its length
          for (int from = 0; from < tokenSpans.size(); from += maxSentenceTokens) {
            List<Span> piece = tokenSpans.subList(from, Math.min(tokenSpans.size(), from + maxSentenceTokens));
            Span bounds = Span.of(piece.get(0).begin(), piece.get(piece.size() - 1).end());
            sentences.add(sentence(t, text, piece, bounds, sentences.size(), article));
          }
        }
      }
    }
    List<Mention> mentions = mentionFinder.find(original, sentences);
    return new AnalyzedArticle(article, sentences, mentions);
  }

  /**
   * The detector's sentences, with a sentence that starts in lower case joined to the one before
   * (the detector splits after abbreviations: "at 3 p.m. | on Monday"), and so is one that
   * continues a spaced decimal ("magnitude-6. | 0 quake") or follows a title written short
   * ("said Sgt. | Marty Earley") or initials in a quote's speaker ("…,” manager A.J. | Smith
   * said"), and without the dateline
   * that opens the line ("WASHINGTON (AP) — | President Obama signed"): it is no part of the
   * sentence, and states nothing itself.
   */
  static List<Span> sentenceSpans(opennlp.tools.util.Span[] detected, String line) {
    List<Span> out = new ArrayList<>(detected.length);
    for (opennlp.tools.util.Span d : detected) {
      Span s = Span.of(d.getStart(), d.getEnd());
      if (!out.isEmpty() && s.begin() < line.length()
          && (Character.isLowerCase(line.charAt(s.begin()))
              || SpacedPunctuation.splitsDecimal(line, out.get(out.size() - 1), s)
              || TitleAbbreviations.endsIn(out.get(out.size() - 1).coveredText(line))
              || QuotedInitials.cutsSpeaker(out.get(out.size() - 1).coveredText(line)))) {
        out.set(out.size() - 1, out.get(out.size() - 1).union(s));
      } else {
        out.add(s);
      }
    }
    if (!out.isEmpty()) {
      Span first = out.get(0);
      int cut = Datelines.end(line.substring(first.begin(), first.end()));
      if (cut > 0) {
        out.set(0, Span.of(first.begin() + cut, first.end())); // a dateline states nothing itself
      }
    }
    return out;
  }

  /** The tokens of one detected sentence, as spans of {@code text}. */
  private List<Span> tokenSpans(Tools t, String text, Span sentence) {
    int begin = sentence.begin();
    opennlp.tools.util.Span[] spans = tokenizer.tokenizePos(sentence.coveredText(text));
    List<Span> tokenSpans = new ArrayList<>(spans.length);
    for (opennlp.tools.util.Span s : spans) {
      int b = begin + s.getStart();
      int e = begin + s.getEnd();
      // the tokenizer never returns whitespace, but be safe: trim it off and drop empty tokens
      while (b < e && Character.isWhitespace(text.charAt(b))) {
        b++;
      }
      while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (b < e) {
        tokenSpans.add(Span.of(b, e));
      }
    }
    if (tokenSpans.isEmpty()) {
      return tokenSpans;
    }
    tokenSpans = GluedDashes.split(text, tokenSpans); // "it—not weaken it"
    tokenSpans = SpacedPunctuation.join(text, tokenSpans); // "100, 000", "hadn ’ t"
    tokenSpans = new ArrayList<>(TitleAbbreviations.join(text, tokenSpans)); // "Sgt." "Marty"
    // The tokenizer sometimes keeps a sentence's final period on the last word ("Lavrov."):
    // split it off unless the word is an abbreviation with inner periods ("p.m.", "U.S.").
    Span last = tokenSpans.get(tokenSpans.size() - 1);
    String lastText = last.coveredText(text);
    if (lastText.length() > 1 && lastText.endsWith(".") && lastText.indexOf('.') == lastText.length() - 1
        && Character.isLetterOrDigit(lastText.charAt(lastText.length() - 2))) {
      tokenSpans.set(tokenSpans.size() - 1, Span.of(last.begin(), last.end() - 1));
      tokenSpans.add(Span.of(last.end() - 1, last.end()));
    }
    return tokenSpans;
  }

  /** One sentence of {@code tokenSpans} (not empty), which lie within {@code bounds}. */
  private Sentence sentence(Tools t, String text, List<Span> tokenSpans, Span bounds, int index,
      CleanedArticle article) {
    String sentenceText = bounds.coveredText(text);
    String[] words = new String[tokenSpans.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = WHITE_SPACE.matcher(tokenSpans.get(i).coveredText(text)).replaceAll(""); // "100, 000"
    }
    String[] tags = t.tagger().tag(words);
    PastFormTags.repair(words, tags); // "The 5.9-magnitude quake struck": not a noun
    // The UD models keep contractions whole with a joint tag ("didn't" AUX+PART, lemma do+not);
    // split them into UD syntactic words ("did" + "n't") before parsing.
    List<Span> wordSpans = new ArrayList<>(words.length + 4);
    List<String> wordTexts = new ArrayList<>(words.length + 4);
    List<String> wordTags = new ArrayList<>(words.length + 4);
    List<String> wordLemmas = new ArrayList<>(words.length + 4);
    for (int i = 0; i < words.length; i++) {
      Span ts = tokenSpans.get(i);
      String tag = tags[i];
      int plus = tag.indexOf('+');
      int cut = plus > 0 && tag.indexOf('+', plus + 1) < 0 ? clitic(words[i]) : -1;
      int possessive = plus < 0 ? possessive(words[i]) : -1;
      if (possessive > 0) {
        // "Authority's" tagged as one word: the word, then the possessive marker
        String head = words[i].substring(0, possessive);
        String mark = words[i].substring(possessive);
        wordSpans.add(Span.of(ts.begin(), end(text, ts, possessive)));
        wordTexts.add(head);
        wordTags.add(tag);
        wordLemmas.add(lemmas.lemma(head, tag));
        wordSpans.add(Span.of(begin(text, ts, possessive), ts.end()));
        wordTexts.add(mark);
        wordTags.add("PART");
        wordLemmas.add(mark.equals("n't") ? "not" : "'s");
      } else if (cut > 0) {
        String[] lemma = lemmas.lemma(words[i], tag).split("\\+", -1);
        String[] parts = {words[i].substring(0, cut), words[i].substring(cut)};
        String[] partTags = {tag.substring(0, plus), tag.substring(plus + 1)};
        for (int k = 0; k < 2; k++) {
          wordSpans.add(k == 0 ? Span.of(ts.begin(), end(text, ts, cut)) : Span.of(begin(text, ts, cut), ts.end()));
          wordTexts.add(parts[k]);
          wordTags.add(partTags[k]);
          wordLemmas.add(lemma.length == 2 && !partTags[k].equals("PROPN") && !lemma[k].isEmpty()
              ? lemma[k] : lemmas.lemma(parts[k], partTags[k]));
        }
      } else {
        String single = plus > 0 ? tag.substring(0, plus) : tag;
        wordSpans.add(ts);
        wordTexts.add(words[i]);
        wordTags.add(single);
        wordLemmas.add(lemmas.lemma(words[i], single));
      }
    }
    List<DependencyParser.Arc> arcs = parser.parse(List.copyOf(wordTexts), List.copyOf(wordTags));
    int n = wordTexts.size();
    if (arcs.size() != n) {
      throw new IllegalStateException("dependency parser returned " + arcs.size() + " arcs for "
          + n + " words in article " + article.article().id() + ": " + sentenceText);
    }
    List<Token> tokens = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      DependencyParser.Arc arc = arcs.get(i);
      if (arc.head() < -1 || arc.head() >= n || arc.head() == i) {
        throw new IllegalStateException("dependency parser attached word " + i + " '" + wordTexts.get(i)
            + "' to " + arc.head() + " in article " + article.article().id() + ": " + sentenceText);
      }
      tokens.add(new Token(i, wordSpans.get(i), wordTexts.get(i), wordTags.get(i), wordLemmas.get(i),
          arc.head(), arc.relation()));
    }
    Span span = Span.of(tokenSpans.get(0).begin(), tokenSpans.get(tokenSpans.size() - 1).end())
        .union(bounds);
    return new Sentence(index, span, tokens);
  }

  private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");

  /**
   * Where the part of a token from its word's character {@code k} on begins: the word is the
   * token without white space ("hadn ’ t" is "hadn't"), so "n't" begins at the "n".
   */
  private static int begin(String text, Span token, int k) {
    int seen = 0;
    for (int i = token.begin(); i < token.end(); i++) {
      if (!Character.isWhitespace(text.charAt(i)) && seen++ == k) {
        return i;
      }
    }
    return token.end();
  }

  /** Where the part of a token before its word's character {@code k} ends ("had" of "hadn ’ t"). */
  private static int end(String text, Span token, int k) {
    return k == 0 ? token.begin() : begin(text, token, k - 1) + 1;
  }

  private static final java.util.regex.Pattern CLITIC = java.util.regex.Pattern.compile(
      "(?i)^(.+?)(n't|'s|'re|'ll|'ve|'d|'m|')$|^(can)(not)$|^(gon|wan|got)(na|ta)$");

  /**
   * Where a contraction tagged with a joint tag splits into two words, or -1: "didn't" at 3,
   * "Syria's" at 5, "cannot" at 3.
   */
  static int clitic(String word) {
    java.util.regex.Matcher m = CLITIC.matcher(word);
    if (!m.matches()) {
      return -1;
    }
    for (int g = 1; g <= 5; g += 2) {
      if (m.group(g) != null) {
        return m.end(g);
      }
    }
    return -1;
  }

  /** Where "'s" or "n't" ends a word the tagger saw as one ("Authority's" at 9), or -1. */
  static int possessive(String word) {
    int n = word.length();
    if (n > 3 && word.endsWith("n't") && Character.isLetter(word.charAt(n - 4))) {
      return n - 3;
    }
    if (n > 2 && (word.endsWith("'s") || word.endsWith("'S")) && Character.isLetter(word.charAt(n - 3))) {
      return n - 2;
    }
    return -1;
  }

  /** The non-blank lines of {@code block}, each trimmed. */
  static List<Span> lines(String text, Span block) {
    List<Span> out = new ArrayList<>();
    int start = block.begin();
    for (int i = block.begin(); i <= block.end(); i++) {
      if (i == block.end() || text.charAt(i) == '\n' || text.charAt(i) == '\r'
          || text.charAt(i) == '\u2028' || text.charAt(i) == '\u2029') {
        int b = start;
        int e = i;
        while (b < e && Character.isWhitespace(text.charAt(b))) {
          b++;
        }
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
          e--;
        }
        if (b < e) {
          out.add(Span.of(b, e));
        }
        start = i + 1;
      }
    }
    return out;
  }

  /**
   * A copy of {@code text} of the same length with curly apostrophes and quotes made straight and
   * no-break spaces made plain, so that offsets into the copy are offsets into the original.
   *
   * @param text the text to straighten
   * @return the straightened copy, or {@code text} itself when there was nothing to change
   */
  public static String straighten(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char r = switch (c) {
        case '\u2018', '\u2019', '\u201A', '\u201B', '\u02BC', '\u2032', '\u00B4', '\u0060' -> '\'';
        case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
        case '\u00A0', '\u2007', '\u202F' -> ' ';
        default -> c;
      };
      if (r != c) {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = r;
      }
    }
    return chars == null ? text : new String(chars);
  }
}
