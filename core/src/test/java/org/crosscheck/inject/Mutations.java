package org.crosscheck.inject;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.Span;
import org.crosscheck.analysis.AnalyzedArticle;
import org.crosscheck.analysis.Mention;
import org.crosscheck.analysis.MentionType;
import org.crosscheck.analysis.Sentence;
import org.crosscheck.analysis.Token;
import org.crosscheck.claim.Argument;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.ClaimKind;
import org.crosscheck.claim.Modality;
import org.crosscheck.claim.Polarity;
import org.crosscheck.claim.Role;

/**
 * Makes edited copies of a real article: conflict mutations with exactly one change whose kind of
 * conflict is known, and harmless rewordings that should give no conflict.
 *
 * <p>Edit sites come from the library's own analysis of the original: its claims (which argument
 * plays which role) and its mentions (which words are a person, a place, a date, a number). Every
 * rule is general; none knows any particular article. Choices among several sites are made with a
 * {@link Random} seeded from the article id, so the same inputs give the same copies.
 */
public final class Mutations {
  /** At most this many copies of each conflict type per article, from different sentences. */
  private final int perType;
  /** Alias table rows usable both ways: name as written -> another name of the same thing. */
  private final Map<String, String> aliases;

  public Mutations(int perType) {
    this.perType = perType;
    this.aliases = loadAliases();
  }

  /**
   * What the library read in one article, and names from other articles of the same story to
   * swap in.
   *
   * @param otherNames by mention type (PERSON, PLACE, ORGANIZATION), sorted, from other articles
   */
  public record Input(String id, String text, AnalyzedArticle analysis, List<Claim> claims,
      Map<MentionType, List<String>> otherNames) {}

  /** The conflict mutations of one article, at most {@code perType} per type, in type order. */
  public List<Mutation> conflicts(Input in) {
    List<Mutation> out = new ArrayList<>();
    out.addAll(pick(in, "participants", participants(in)));
    out.addAll(pick(in, "number", numbers(in)));
    out.addAll(pick(in, "time", times(in)));
    out.addAll(pick(in, "polarity", polarities(in)));
    out.addAll(pick(in, "speaker", speakers(in)));
    return out;
  }

  /** The harmless copies of one article: alias swap, date format, paragraph reorder, identical. */
  public List<Mutation> harmless(Input in) {
    List<Mutation> out = new ArrayList<>();
    alias(in.text()).ifPresent(out::add);
    dateFormat(in.text()).ifPresent(out::add);
    reorder(in.text(), new Random(seed(in.id(), "reorder"))).ifPresent(out::add);
    out.add(new Mutation(Mutation.Type.IDENTICAL, in.text(), Span.of(0, 0), Span.of(0, 0), "IDENTICAL"));
    return out;
  }

  // ---------------------------------------------------------------- choosing

  private List<Mutation> pick(Input in, String what, List<Mutation> candidates) {
    // one site per sentence-ish place: distinct changed offsets, in text order, then a seeded shuffle
    Map<Integer, Mutation> bySite = new LinkedHashMap<>();
    candidates.stream().sorted(Comparator.comparing(Mutation::before))
        .forEach(m -> bySite.putIfAbsent(m.before().begin(), m));
    List<Mutation> sites = new ArrayList<>(bySite.values());
    Collections.shuffle(sites, new Random(seed(in.id(), what)));
    List<Mutation> out = new ArrayList<>();
    List<Span> sentencesUsed = new ArrayList<>();
    for (Mutation m : sites) {
      Span sentence = sentenceOf(in.analysis(), m.before());
      if (sentencesUsed.contains(sentence)) {
        continue;
      }
      sentencesUsed.add(sentence);
      out.add(m);
      if (out.size() == perType) {
        break;
      }
    }
    out.sort(Comparator.comparing(Mutation::before));
    return out;
  }

  private static long seed(String id, String what) {
    long h = 1125899906842597L;
    for (char c : (id + "/" + what).toCharArray()) {
      h = 31 * h + c;
    }
    return h;
  }

  private static Span sentenceOf(AnalyzedArticle a, Span span) {
    for (Sentence s : a.sentences()) {
      if (s.span().overlaps(span) || s.span().contains(span)) {
        return s.span();
      }
    }
    return span;
  }

  // ---------------------------------------------------------------- conflict mutations

  /** Capitalised words of two letters or more, no abbreviations ("Va.") or possessives. */
  private static final Pattern NAME = Pattern.compile("[A-Z][\\p{L}'-]*\\p{L}(?: [A-Z][\\p{L}'-]*\\p{L})*");

  /** A named person, organisation or place acting in an event, swapped for another of the same type from the story. */
  List<Mutation> participants(Input in) {
    List<Mutation> out = new ArrayList<>();
    for (Claim c : in.claims()) {
      if (c.kind() != ClaimKind.EVENT && c.kind() != ClaimKind.NOMINAL) {
        continue;
      }
      for (Argument a : c.arguments()) {
        if (a.role() != Role.AGENT && a.role() != Role.PARTICIPANTS) {
          continue;
        }
        for (Mention m : mentionsIn(in.analysis(), a.phrase().span(),
            Set.of(MentionType.PERSON, MentionType.ORGANIZATION, MentionType.PLACE))) {
          if (heads(in.text(), a, m) && !inSpeaker(in, m)) {
            swapName(in, m, Mutation.Type.PARTICIPANTS).ifPresent(out::add);
          }
        }
      }
    }
    return out;
  }

  /**
   * The name is the argument itself, not a modifier of it ("Texas" in "a Texas prisoner"): it ends
   * the phrase, or one of its coordinated or apposed parts.
   */
  private static boolean heads(String text, Argument a, Mention m) {
    Span p = a.phrase().span();
    if (m.span().end() == p.end()) {
      return true;
    }
    String after = text.substring(m.span().end(), p.end());
    return after.startsWith(",") || after.startsWith(" and ") || after.startsWith(" or ");
  }

  /** The name also stands as who said something: changing it changes a speaker, which is another kind. */
  private static boolean inSpeaker(Input in, Mention m) {
    return in.claims().stream().flatMap(c -> speakerArguments(c).stream())
        .anyMatch(a -> a.phrase().span().overlaps(m.span()));
  }

  /** The person a claim is attributed to ("X said"), swapped for another person of the story. */
  List<Mutation> speakers(Input in) {
    List<Mutation> out = new ArrayList<>();
    for (Claim c : in.claims()) {
      for (Argument a : speakerArguments(c)) {
        for (Mention m : mentionsIn(in.analysis(), a.phrase().span(), Set.of(MentionType.PERSON))) {
          if (heads(in.text(), a, m)) {
            swapName(in, m, Mutation.Type.SPEAKER).ifPresent(out::add);
          }
        }
      }
    }
    return out;
  }

  private static final Set<String> SPEECH = Set.of("say", "tell", "add", "state", "report", "announce", "confirm",
      "note", "explain", "write", "insist");

  /** Who a claim is attributed to, and who speaks in an "X said" claim. */
  private static List<Argument> speakerArguments(Claim c) {
    List<Argument> out = new ArrayList<>(c.arguments(Role.SPEAKER));
    if (SPEECH.contains(c.lemma())) {
      out.addAll(c.arguments(Role.AGENT));
    }
    return out;
  }

  private Optional<Mutation> swapName(Input in, Mention m, Mutation.Type type) {
    String name = m.text();
    if (!NAME.matcher(name).matches() || !properName(in.analysis(), m.span())) {
      return Optional.empty();
    }
    int words = name.split(" ").length;
    List<String> pool = in.otherNames().getOrDefault(m.type(), List.of()).stream()
        .filter(n -> NAME.matcher(n).matches())
        .filter(n -> foreign(n, in.text()))
        .toList();
    if (pool.isEmpty()) {
      return Optional.empty();
    }
    List<String> sameLength = pool.stream().filter(n -> n.split(" ").length == words).toList();
    List<String> from = sameLength.isEmpty() ? pool : sameLength;
    String other = from.get(new Random(seed(in.id(), type + "@" + m.span().begin())).nextInt(from.size()));
    if (words == 1 && other.contains(" ")) {
      other = other.substring(other.lastIndexOf(' ') + 1);
      if (!foreign(other, in.text())) {
        return Optional.empty();
      }
    }
    return Optional.of(Mutation.replace(type, in.text(), m.span(), other,
        type + " " + m.type().name().toLowerCase(Locale.ROOT) + " " + name + " -> " + other));
  }

  /** None of the name's words occurs in the text: it is someone (or somewhere) the article never mentions. */
  private static boolean foreign(String name, String text) {
    for (String w : name.split(" ")) {
      if (w.length() > 1 && Pattern.compile("\\b" + Pattern.quote(w) + "\\b").matcher(text).find()) {
        return false;
      }
    }
    return true;
  }

  private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
      Map.entry("two", "five"), Map.entry("three", "six"),
      Map.entry("four", "seven"), Map.entry("five", "eight"), Map.entry("six", "nine"),
      Map.entry("seven", "ten"), Map.entry("eight", "eleven"), Map.entry("nine", "twelve"),
      Map.entry("ten", "thirteen"), Map.entry("eleven", "fourteen"), Map.entry("twelve", "fifteen"),
      Map.entry("dozen", "hundred"), Map.entry("hundred", "thousand"), Map.entry("thousand", "million"),
      Map.entry("million", "billion"), Map.entry("billion", "trillion"));
  private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /**
   * A number in a claim's quantity argument (else in another argument that is not a time) made
   * clearly different: digits doubled (small counts plus three), number words moved on by three.
   */
  List<Mutation> numbers(Input in) {
    List<Mutation> quantity = new ArrayList<>();
    List<Mutation> other = new ArrayList<>();
    for (Claim c : in.claims()) {
      for (Argument a : c.arguments()) {
        if (a.role() == Role.TIME || a.role() == Role.SPEAKER) {
          continue;
        }
        for (Mention m : mentionsIn(in.analysis(), a.phrase().span(), Set.of(MentionType.NUMBER, MentionType.QUANTITY))) {
          Optional<Mutation> mut = changeNumber(in.text(), m).map(x -> relabel(x, "NUMBER",
              "NUMBER in-" + a.role().name().toLowerCase(Locale.ROOT)));
          if (mut.isPresent()) {
            (a.role() == Role.QUANTITY ? quantity : other).add(mut.get());
          }
        }
      }
    }
    return quantity.isEmpty() ? other : quantity;
  }

  /** The digits at [b, e) are joined to other digits by ':', '/', '-' or '.' (spaces allowed around them). */
  private static boolean joined(String text, int b, int e) {
    String before = text.substring(Math.max(0, b - 3), b).replace(" ", "");
    String after = text.substring(e, Math.min(text.length(), e + 3)).replace(" ", "");
    boolean left = before.length() >= 2 && ":/-.".indexOf(before.charAt(before.length() - 1)) >= 0
        && Character.isDigit(before.charAt(before.length() - 2));
    boolean right = after.length() >= 2 && ":/-.".indexOf(after.charAt(0)) >= 0 && Character.isDigit(after.charAt(1));
    return left || right;
  }

  static Optional<Mutation> changeNumber(String text, Mention m) {
    String t = m.text();
    Matcher d = DIGITS.matcher(t);
    if (d.find()) {
      String digits = d.group();
      long n = Long.parseLong(digits.replace(",", ""));
      if (n == 0 || digits.startsWith("0") || d.start() > 0 && t.charAt(d.start() - 1) == '.') {
        return Optional.empty(); // "000" of a split "3, 000", or the decimals of "1.5"
      }
      int b = m.span().begin() + d.start();
      int e = m.span().begin() + d.end();
      if (joined(text, b, e)) {
        return Optional.empty(); // part of a clock time, score, record or date: "6:41", "9/11", "45-7-2"
      }
      if (digits.length() == 4 && n >= 1800 && n <= 2100) {
        return Optional.empty(); // a year: that is a time
      }
      // decimals "1.5": change the whole part only
      long changed = n <= 10 ? n + 3 : n * 2;
      String repl = digits.contains(",") ? String.format(Locale.ROOT, "%,d", changed) : Long.toString(changed);
      Span s = Span.of(m.span().begin() + d.start(), m.span().begin() + d.end());
      return Optional.of(Mutation.replace(Mutation.Type.NUMBER, text, s, repl, "NUMBER " + digits + " -> " + repl));
    }
    Matcher w = WORD.matcher(t);
    while (w.find()) {
      String word = w.group();
      String to = NUMBER_WORDS.get(word.toLowerCase(Locale.ROOT));
      if (to != null) {
        if (Character.isUpperCase(word.charAt(0))) {
          to = Character.toUpperCase(to.charAt(0)) + to.substring(1);
        }
        Span s = Span.of(m.span().begin() + w.start(), m.span().begin() + w.end());
        return Optional.of(Mutation.replace(Mutation.Type.NUMBER, text, s, to, "NUMBER " + word + " -> " + to));
      }
    }
    return Optional.empty();
  }

  private static Mutation relabel(Mutation m, String prefix, String with) {
    return new Mutation(m.type(), m.copy(), m.before(), m.after(), with + m.description().substring(prefix.length()));
  }

  static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
      + "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.)";
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + " (\\d{1,2}),? (\\d{4})\\b");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2}) " + MONTH + ",? (\\d{4})\\b");
  private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + " (\\d{1,2})\\b(?!,? \\d)");
  private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");
  private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

  /**
   * A date in a claim's time argument moved: a full date or a day of a month by three days
   * (within the month), a bare year or a month's year back by one, a weekday on by two.
   */
  List<Mutation> times(Input in) {
    List<Mutation> out = new ArrayList<>();
    for (Claim c : in.claims()) {
      for (Argument a : c.arguments(Role.TIME)) {
        for (Mention m : mentionsIn(in.analysis(), a.phrase().span(), Set.of(MentionType.DATE))) {
          shiftDate(in.text(), m.span()).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  /** Shifts the first date expression found in {@code span} of the text. */
  static Optional<Mutation> shiftDate(String text, Span span) {
    String t = span.coveredText(text);
    int base = span.begin();
    Matcher m = MONTH_DAY_YEAR.matcher(t);
    if (m.find()) {
      return shiftDay(text, base + m.start(2), m.group(2));
    }
    m = DAY_MONTH_YEAR.matcher(t);
    if (m.find()) {
      return shiftDay(text, base + m.start(1), m.group(1));
    }
    m = MONTH_DAY.matcher(t);
    if (m.find()) {
      return shiftDay(text, base + m.start(2), m.group(2));
    }
    m = YEAR.matcher(t);
    if (m.find()) {
      String y = m.group(1);
      String to = Integer.toString(Integer.parseInt(y) - 1);
      Span s = Span.of(base + m.start(1), base + m.end(1));
      return Optional.of(Mutation.replace(Mutation.Type.TIME, text, s, to, "TIME year " + y + " -> " + to));
    }
    m = WEEKDAY.matcher(t);
    if (m.find()) {
      DayOfWeek d = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)).plus(2);
      String to = d.name().charAt(0) + d.name().substring(1).toLowerCase(Locale.ROOT);
      Span s = Span.of(base + m.start(1), base + m.end(1));
      return Optional.of(Mutation.replace(Mutation.Type.TIME, text, s, to, "TIME weekday " + m.group(1) + " -> " + to));
    }
    return Optional.empty();
  }

  private static Optional<Mutation> shiftDay(String text, int at, String day) {
    int d = Integer.parseInt(day);
    if (d < 1 || d > 31) {
      return Optional.empty();
    }
    int to = d <= 25 ? d + 3 : d - 3;
    String repl = Integer.toString(to);
    return Optional.of(Mutation.replace(Mutation.Type.TIME, text, Span.of(at, at + day.length()), repl,
        "TIME day " + day + " -> " + repl));
  }

  private static final Set<String> NEGATIVE_WORDS = Set.of("no", "never", "nothing", "none", "nobody", "neither",
      "nor", "without");

  private static final Set<String> NEGATABLE_AUX = Set.of("was", "were", "is", "are", "has", "have", "had",
      "will", "would", "could", "can", "should", "did", "does", "do", "must", "might", "may");

  /**
   * An asserted event denied ("was arrested" -> "was not arrested", "checked" -> "did not check"),
   * or a denied one asserted by removing its "not" ("did not go" -> "did go").
   */
  List<Mutation> polarities(Input in) {
    List<Mutation> out = new ArrayList<>();
    for (Claim c : in.claims()) {
      if (c.kind() != ClaimKind.EVENT) {
        continue;
      }
      Optional<Located> p = token(in.analysis(), c.predicate().span());
      if (p.isEmpty()) {
        continue;
      }
      Sentence s = p.get().sentence();
      Token verb = p.get().token();
      if (c.polarity() == Polarity.NEGATIVE) {
        removeNegation(in.text(), s, verb).ifPresent(out::add);
      } else if (c.modality() == Modality.ASSERTED) {
        negate(in.text(), s, verb).ifPresent(out::add);
      }
    }
    return out;
  }

  static Optional<Mutation> negate(String text, Sentence s, Token verb) {
    if (!verb.tag().equals("VERB") && !verb.tag().equals("AUX")) {
      return Optional.empty();
    }
    List<Token> kids = s.children(verb.index());
    if (kids.stream().anyMatch(k -> isNot(k) || k.relation().equals("mark") || k.lemma().equals("never"))) {
      return Optional.empty();
    }
    boolean hasSubject = kids.stream().anyMatch(k -> k.relation().startsWith("nsubj"));
    if (!hasSubject) {
      return Optional.empty();
    }
    if (SPEECH.contains(verb.lemma())
        || kids.stream().anyMatch(k -> k.relation().equals("ccomp") || k.relation().equals("parataxis"))) {
      return Optional.empty(); // a reporting frame ("X said ..."): denying it does not deny the report
    }
    if (verb.relation().startsWith("acl")) {
      return Optional.empty(); // a participle modifying a noun: "the Oscars hosted by DeGeneres"
    }
    for (Token k : kids) {
      if (NEGATIVE_WORDS.contains(k.lemma().toLowerCase(Locale.ROOT))
          || s.children(k.index()).stream().anyMatch(g -> NEGATIVE_WORDS.contains(g.lemma().toLowerCase(Locale.ROOT)))) {
        return Optional.empty(); // already negative in another way: "has no effect"
      }
    }
    Optional<Token> aux = kids.stream().filter(k -> k.index() < verb.index() && k.relation().startsWith("aux"))
        .findFirst();
    if (aux.isPresent()) {
      Token x = aux.get();
      if (!NEGATABLE_AUX.contains(x.text().toLowerCase(Locale.ROOT))) {
        return Optional.empty();
      }
      Span at = Span.of(x.span().end(), x.span().end());
      return Optional.of(Mutation.replace(Mutation.Type.POLARITY, text, at, " not",
          "POLARITY deny " + x.text() + " -> " + x.text() + " not"));
    }
    String w = verb.text();
    String lower = w.toLowerCase(Locale.ROOT);
    if (verb.index() > 0 && s.token(verb.index() - 1).tag().equals("DET")) {
      return Optional.empty(); // "a convicted sex offender": an adjective, whatever the parse says
    }
    if (verb.lemma().equals("be") && NEGATABLE_AUX.contains(lower)) {
      // "is", "was" as the verb itself: "not" goes after it
      Span at = Span.of(verb.span().end(), verb.span().end());
      return Optional.of(Mutation.replace(Mutation.Type.POLARITY, text, at, " not",
          "POLARITY deny " + w + " -> " + w + " not"));
    }
    if (verb.lemma().equals("have")) {
      String repl = switch (lower) {
        case "had" -> "did not have";
        case "has" -> "does not have";
        case "have" -> "do not have";
        default -> "";
      };
      return repl.isEmpty() ? Optional.empty() : Optional.of(Mutation.replace(Mutation.Type.POLARITY, text,
          verb.span(), repl, "POLARITY deny " + w + " -> " + repl));
    }
    if (!verb.tag().equals("VERB")) {
      return Optional.empty();
    }
    if (lower.equals(verb.lemma()) || lower.endsWith("ing") || !w.equals(lower)) {
      return Optional.empty(); // base form, gerund, or capitalised
    }
    String repl;
    if (lower.equals(verb.lemma() + "s") || lower.equals(verb.lemma() + "es")) {
      repl = "does not " + verb.lemma();
    } else {
      repl = "did not " + verb.lemma();
    }
    return Optional.of(Mutation.replace(Mutation.Type.POLARITY, text, verb.span(), repl,
        "POLARITY deny " + w + " -> " + repl));
  }

  static Optional<Mutation> removeNegation(String text, Sentence s, Token verb) {
    for (Token k : s.children(verb.index())) {
      if (!isNot(k)) {
        continue;
      }
      if (k.text().equalsIgnoreCase("not")) {
        // remove " not" with the space before it
        int b = k.span().begin();
        while (b > 0 && text.charAt(b - 1) == ' ') {
          b--;
        }
        return Optional.of(Mutation.replace(Mutation.Type.POLARITY, text, Span.of(b, k.span().end()), "",
            "POLARITY assert " + k.span().coveredText(text) + " removed"));
      }
      if (k.text().equalsIgnoreCase("n't") && k.index() > 0) {
        Token aux = s.token(k.index() - 1);
        String a = aux.text().toLowerCase(Locale.ROOT);
        String repl = switch (a) {
          case "wo" -> "will";
          case "ca" -> "can";
          case "sha" -> "shall";
          default -> aux.text();
        };
        if (Character.isUpperCase(aux.text().charAt(0))) {
          repl = Character.toUpperCase(repl.charAt(0)) + repl.substring(1);
        }
        Span span = Span.of(aux.span().begin(), k.span().end());
        return Optional.of(Mutation.replace(Mutation.Type.POLARITY, text, span, repl,
            "POLARITY assert " + span.coveredText(text) + " -> " + repl));
      }
    }
    return Optional.empty();
  }

  private static boolean isNot(Token t) {
    String w = t.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    return w.equals("not") || w.equals("n't");
  }

  // ---------------------------------------------------------------- harmless rewordings

  /**
   * Every whole-word occurrence of the first alias-table name found in the text (countries and
   * organisations), written as another name the table gives it. Occurrences inside a longer name
   * ("U.S. Open") are left alone.
   */
  Optional<Mutation> alias(String text) {
    for (Map.Entry<String, String> e : aliases.entrySet()) {
      String name = e.getKey();
      Pattern p = Pattern.compile("(?<![\\p{L}.])" + Pattern.quote(name) + "(?![\\p{L}])(?! [A-Z])");
      Matcher m = p.matcher(text);
      List<Span> hits = new ArrayList<>();
      while (m.find()) {
        if (m.start() >= 2 && Character.isUpperCase(text.charAt(m.start() - 2)) && text.charAt(m.start() - 1) == ' ') {
          continue; // part of a longer name
        }
        if (name.endsWith(".") || !text.startsWith(".", m.end())) {
          hits.add(Span.of(m.start(), m.end()));
        }
      }
      if (!hits.isEmpty()) {
        return Optional.of(replaceAll(Mutation.Type.ALIAS, text, hits, e.getValue(),
            "ALIAS " + name + " -> " + e.getValue() + " x" + hits.size()));
      }
    }
    return Optional.empty();
  }

  private static final Map<String, String> MONTH_NAMES = Map.ofEntries(
      Map.entry("Jan.", "January"), Map.entry("Feb.", "February"), Map.entry("Mar.", "March"),
      Map.entry("Apr.", "April"), Map.entry("Jun.", "June"), Map.entry("Jul.", "July"),
      Map.entry("Aug.", "August"), Map.entry("Sept.", "September"), Map.entry("Sep.", "September"),
      Map.entry("Oct.", "October"), Map.entry("Nov.", "November"), Map.entry("Dec.", "December"));

  /**
   * Every "March 15, 2023" (or "Sept. 15, 2008") written as "15 March 2023"; else every
   * "15 March 2023" as "March 15, 2023"; else every "March 15" as "15 March".
   */
  static Optional<Mutation> dateFormat(String text) {
    for (Pattern p : List.of(MONTH_DAY_YEAR, DAY_MONTH_YEAR, MONTH_DAY)) {
      Matcher m = p.matcher(text);
      List<Span> spans = new ArrayList<>();
      List<String> repl = new ArrayList<>();
      while (m.find()) {
        spans.add(Span.of(m.start(), m.end()));
        if (p == DAY_MONTH_YEAR) {
          repl.add(MONTH_NAMES.getOrDefault(m.group(2), m.group(2)) + " " + m.group(1) + ", " + m.group(3));
          continue;
        }
        String month = MONTH_NAMES.getOrDefault(m.group(1), m.group(1));
        repl.add(m.group(2) + " " + month + (p == MONTH_DAY_YEAR ? " " + m.group(3) : ""));
      }
      if (!spans.isEmpty()) {
        return Optional.of(replaceAll(Mutation.Type.DATE_FORMAT, text, spans, repl,
            "DATE_FORMAT " + spans.get(0).coveredText(text) + " -> " + repl.get(0) + " x" + spans.size()));
      }
    }
    return Optional.empty();
  }

  /**
   * The paragraphs (blocks between blank lines) after the first in another order, a seeded
   * shuffle that moves at least one; needs three paragraphs or more.
   */
  static Optional<Mutation> reorder(String text, Random random) {
    List<Span> paragraphs = new ArrayList<>();
    Matcher m = Pattern.compile("[^\\n]+(?:\\n(?!\\s*\\n)[^\\n]+)*").matcher(text);
    while (m.find()) {
      if (!m.group().isBlank()) {
        paragraphs.add(Span.of(m.start(), m.end()));
      }
    }
    if (paragraphs.size() < 3) {
      return Optional.empty();
    }
    List<Span> rest = new ArrayList<>(paragraphs.subList(1, paragraphs.size()));
    List<Span> shuffled = new ArrayList<>(rest);
    for (int i = 0; i < 10 && shuffled.equals(rest); i++) {
      Collections.shuffle(shuffled, random);
    }
    if (shuffled.equals(rest)) {
      Collections.reverse(shuffled);
    }
    StringBuilder sb = new StringBuilder(text.substring(0, rest.get(0).begin()));
    for (int i = 0; i < rest.size(); i++) {
      sb.append(shuffled.get(i).coveredText(text));
      int gapEnd = i + 1 < rest.size() ? rest.get(i + 1).begin() : text.length();
      sb.append(text, rest.get(i).end(), gapEnd);
    }
    String copy = sb.toString();
    Span changed = Span.of(rest.get(0).begin(), rest.get(rest.size() - 1).end());
    return Optional.of(new Mutation(Mutation.Type.REORDER, copy, changed,
        Span.of(changed.begin(), changed.end() + copy.length() - text.length()),
        "REORDER " + paragraphs.size() + " paragraphs"));
  }

  private static Mutation replaceAll(Mutation.Type type, String text, List<Span> spans, String replacement, String description) {
    return replaceAll(type, text, spans, Collections.nCopies(spans.size(), replacement), description);
  }

  private static Mutation replaceAll(Mutation.Type type, String text, List<Span> spans, List<String> replacements,
      String description) {
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (int i = 0; i < spans.size(); i++) {
      sb.append(text, at, spans.get(i).begin()).append(replacements.get(i));
      at = spans.get(i).end();
    }
    sb.append(text.substring(at));
    String copy = sb.toString();
    Span before = Span.of(spans.get(0).begin(), spans.get(spans.size() - 1).end());
    return new Mutation(type, copy, before, Span.of(before.begin(), before.end() + copy.length() - text.length()),
        description);
  }

  // ---------------------------------------------------------------- helpers

  private record Located(Sentence sentence, Token token) {}

  /** The head token of a predicate: the one word of its span whose head lies outside it. */
  private static Optional<Located> token(AnalyzedArticle a, Span span) {
    for (Sentence s : a.sentences()) {
      if (!s.span().contains(span)) {
        continue;
      }
      for (Token t : s.tokens()) {
        if (span.contains(t.span()) && (t.isRoot() || !span.contains(s.token(t.head()).span()))) {
          return Optional.of(new Located(s, t));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Every token of the span is a proper noun, and a one-word name does not follow another proper
   * noun: a whole name ("Obama" of "Barack Obama" is not one; "Mevlut Cavusoglu" after the title
   * "Foreign Minister" is), not a common word the mention finder took for one.
   */
  static boolean properName(AnalyzedArticle a, Span span) {
    for (Sentence s : a.sentences()) {
      if (!s.span().overlaps(span)) {
        continue;
      }
      boolean any = false;
      for (Token t : s.tokens()) {
        if (span.contains(t.span())) {
          if (!t.tag().equals("PROPN")) {
            return false;
          }
          if (!any && t.index() > 0 && s.token(t.index() - 1).tag().equals("PROPN") && span.contains(t.span())
              && t.span().end() == span.end()) {
            return false; // a one-word name after a proper noun: "Obama" of "Barack Obama"
          }
          any = true;
        }
      }
      return any;
    }
    return false;
  }

  private static List<Mention> mentionsIn(AnalyzedArticle a, Span span, Set<MentionType> types) {
    return a.mentions().stream().filter(m -> types.contains(m.type()) && span.contains(m.span())).toList();
  }

  /** Names by type from other articles of the story: sorted, distinct. */
  public static Map<MentionType, List<String>> names(List<AnalyzedArticle> others) {
    Map<MentionType, Set<String>> sets = new LinkedHashMap<>();
    for (AnalyzedArticle a : others) {
      for (Mention m : a.mentions()) {
        if ((m.type() == MentionType.PERSON || m.type() == MentionType.PLACE || m.type() == MentionType.ORGANIZATION)
            && properName(a, m.span())) {
          sets.computeIfAbsent(m.type(), k -> new TreeSet<>()).add(m.text());
        }
      }
    }
    Map<MentionType, List<String>> out = new LinkedHashMap<>();
    sets.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return out;
  }

  /** Country and organisation rows of the library's alias table, as name -> other name, both ways. */
  private static Map<String, String> loadAliases() {
    Map<String, String> out = new LinkedHashMap<>();
    try (InputStream s = Mutations.class.getResourceAsStream("/org/crosscheck/normalize/aliases.tsv")) {
      if (s == null) {
        return out;
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8));
      String line;
      List<String[]> rows = new ArrayList<>();
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length >= 3 && (f[2].equals("COUNTRY") || f[2].equals("ORGANIZATION")) && !f[0].equals(f[1])) {
          rows.add(f);
        }
      }
      // target -> its first alias, then alias -> target; longest names first so "United States" wins over "US"
      for (String[] f : rows) {
        out.putIfAbsent(f[1], f[0]);
      }
      for (String[] f : rows) {
        out.putIfAbsent(f[0], f[1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Map.Entry<String, String>> sorted = new ArrayList<>(out.entrySet());
    sorted.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length())
        .thenComparing(Map.Entry::getKey));
    Map<String, String> ordered = new LinkedHashMap<>();
    sorted.forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return ordered;
  }

}
