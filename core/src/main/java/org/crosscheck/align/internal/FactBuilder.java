package org.crosscheck.align.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosscheck.ArticleClaims;
import org.crosscheck.claim.Argument;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.ClaimKind;
import org.crosscheck.claim.Role;
import org.crosscheck.normalize.Entity;
import org.crosscheck.normalize.EntityResolver;
import org.crosscheck.normalize.LexicalEntityResolver;
import org.crosscheck.normalize.Quantity;
import org.crosscheck.normalize.QuantityResolver;
import org.crosscheck.normalize.TimeResolver;
import org.crosscheck.normalize.TimeSpan;
import org.crosscheck.normalize.internal.QuantityParser;
import org.crosscheck.normalize.internal.TimeExpressionParser;

/**
 * Builds the {@link ClaimFacts} of one article's claims. Within an article, a description that
 * the article gives as someone's title ("the Syrian president" after "Syrian President Bashar
 * Assad") stands for that person. Immutable and thread-safe.
 */
public final class FactBuilder {
  private static final Set<Role> ACTOR_ROLES =
      Set.of(Role.AGENT, Role.PATIENT, Role.PARTICIPANTS, Role.RECIPIENT, Role.SPEAKER);
  private static final Pattern LEADING_DETERMINER =
      Pattern.compile("^(the|a|an|his|her|its|their|our|this|that)\\s+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** Words too common to say two claims speak of the same thing. */
  private static final Set<String> STOP_WORDS = Set.of("the", "a", "an", "of", "in", "on", "at",
      "to", "for", "with", "by", "from", "and", "or", "his", "her", "its", "their", "our", "this",
      "that", "these", "those", "he", "she", "it", "they", "we", "i", "you", "who", "which", "as",
      "s", "one", "two", "other", "some", "all", "more", "most", "many", "much", "new", "last",
      "first", "people", "time", "year", "years", "day", "days", "official", "officials", "country",
      "countries", "state", "also", "not", "be", "been", "being", "was", "were", "is", "are");

  /**
   * Reciprocal predicates: "Assad met Putin" and "Putin met Assad" state one fact, so subject,
   * object and "with" phrase are all participants.
   */
  private static final Set<String> RECIPROCAL = Set.of("meet", "talk", "negotiate", "confer",
      "discuss", "clash", "fight", "cooperate", "collaborate", "agree", "marry", "trade", "ally",
      "reconcile", "sign", "partner", "compete", "play", "face");
  private static final Set<Role> RECIPROCAL_ROLES = Set.of(Role.AGENT, Role.PATIENT, Role.PARTICIPANTS);

  private final EntityResolver entities;
  private final TimeResolver times;
  private final QuantityResolver quantities;
  private final Concepts concepts;

  public FactBuilder(EntityResolver entities, TimeResolver times, QuantityResolver quantities, Concepts concepts) {
    this.entities = entities;
    this.times = times;
    this.quantities = quantities;
    this.concepts = concepts;
  }

  public List<ClaimFacts> facts(int source, ArticleClaims article, Optional<LocalDate> reference) {
    Map<String, Entity> titles = titles(article.claims());
    List<ClaimFacts> out = new ArrayList<>(article.claims().size());
    for (Claim c : article.claims()) {
      out.add(facts(source, c, titles, reference, lead(article.article().text(), c)));
    }
    return out;
  }

  /** The text just before the claim's sentence, spaces collapsed (see {@link ClaimFacts#lead}). */
  private static String lead(String text, Claim c) {
    int end = Math.min(c.evidence().begin(), text.length());
    // spaces collapsed, so that a copy that breaks its lines otherwise has the same lead
    String before = SPACES.matcher(text.substring(Math.max(0, end - 4 * ClaimFacts.LEAD_LENGTH), end)).replaceAll(" ");
    return before.substring(Math.max(0, before.length() - ClaimFacts.LEAD_LENGTH));
  }

  private ClaimFacts facts(int source, Claim c, Map<String, Entity> titles, Optional<LocalDate> reference,
      String lead) {
    Map<Role, List<Entity>> actors = new EnumMap<>(Role.class);
    Set<String> content = new LinkedHashSet<>();
    Set<String> keys = c.kind() == ClaimKind.ROLE ? Set.of("role") : concepts.keys(c.lemma());
    for (Argument a : c.arguments()) {
      Role role = factRole(keys, a);
      if (ACTOR_ROLES.contains(role)) {
        List<Entity> found = role == Role.SPEAKER ? speakers(a.text(), titles) : resolveActors(a.text(), titles);
        actors.computeIfAbsent(role, r -> new ArrayList<>()).addAll(found);
      }
      if (a.role() != Role.TIME && a.role() != Role.SPEAKER) {
        content.addAll(contentWords(a.text()));
      }
    }
    TimeFact time = time(c, reference);
    return new ClaimFacts(
        c,
        source,
        keys,
        actors,
        content,
        time.span(),
        time.text().toLowerCase(Locale.ROOT),
        c.argument(Role.PLACE).map(a -> entities.places(a.text())).orElse(List.of()),
        amounts(c),
        Map.of(),
        lead);
  }

  /**
   * The role an argument plays among a claim's facts: the parties of a reciprocal predicate
   * (subject, object and "with" phrase of "meet") are all participants.
   */
  static Role factRole(Set<String> conceptKeys, Argument a) {
    boolean reciprocal = conceptKeys.stream().anyMatch(RECIPROCAL::contains);
    boolean party = reciprocal && (RECIPROCAL_ROLES.contains(a.role()) || a.marker().equals("with"));
    return party ? Role.PARTICIPANTS : a.role();
  }

  /** A claim's time as written (with its preposition) and as resolved, if it resolves. */
  private record TimeFact(String text, Optional<TimeSpan> span) {}

  /**
   * The time to compare: the first argument that resolves to a date ("previously ... in 2007" is
   * about 2007), else the first with figures, else the first naming a weekday ("for the first
   * time ... on Saturday" is about Saturday), else the first. A claim without a time argument
   * takes a date that another argument ends with: "ended a truck on Pacific Coast Highway on
   * June 11" is a parse that put the date into the object.
   */
  private TimeFact time(Claim c, Optional<LocalDate> reference) {
    List<TimeFact> all = new ArrayList<>();
    for (Argument a : c.arguments(Role.TIME)) {
      String text = (a.marker() + " " + a.text()).trim();
      TimeFact fact = new TimeFact(text, times.resolve(text, reference));
      if (fact.span().isPresent()) {
        return fact;
      }
      all.add(fact);
    }
    if (all.isEmpty()) {
      return dateInOtherArgument(c, reference).orElse(new TimeFact("", Optional.empty()));
    }
    return all.stream().filter(t -> t.text().chars().anyMatch(Character::isDigit)).findFirst()
        .or(() -> all.stream().filter(t -> !TimeExpressionParser.weekdaysNamed(t.text()).isEmpty()).findFirst())
        .orElse(all.get(0));
  }

  /**
   * The first date another argument (not the speaker) ends with, read as the claim's time. A
   * bare date read as a subject or object is not one: "Published at 12:45, Wednesday, 12 June
   * 2013 A provisional trial date has been set" is a dateline run into the sentence, and says
   * when the page was written.
   */
  private Optional<TimeFact> dateInOtherArgument(Claim c, Optional<LocalDate> reference) {
    for (Argument a : c.arguments()) {
      if (a.role() == Role.SPEAKER) {
        continue;
      }
      Optional<String> date = TimeExpressionParser.trailingDate(a.text());
      boolean bare = a.marker().isEmpty() && date.isPresent() && date.get().strip().equalsIgnoreCase(a.text().strip());
      if (date.isPresent() && !bare) {
        return Optional.of(new TimeFact(date.get(), times.resolve(date.get(), reference)));
      }
    }
    return Optional.empty();
  }

  /**
   * The amounts each argument role states, in the order written; times are not amounts of the
   * event. A number that ends its argument takes its unit from the words after it in the
   * sentence: "he pulled a gun on five | TDCJ officers" counts officers. A count of something
   * other than time within a time argument is an amount the parse hung on the time ("in a season
   * with 4,051 yards"): it counts as the claim's quantity.
   */
  private Map<Role, List<Quantity>> amounts(Claim c) {
    List<Argument> written = new ArrayList<>(c.arguments());
    written.sort(Comparator.comparingInt(a -> a.phrase().span().begin()));
    Map<Role, List<Quantity>> out = new EnumMap<>(Role.class);
    for (Argument a : written) {
      Role role = a.role();
      List<Quantity> found;
      if (role == Role.TIME) {
        found = quantities.resolveAll(a.text(), a.text().length()).stream()
            .filter(q -> !q.unit().isEmpty() && !TIME_UNITS.contains(q.unit())).toList();
        role = Role.QUANTITY;
      } else {
        found = quantities.resolveAll(a.text() + wordsAfter(c, a), a.text().length());
      }
      if (!found.isEmpty()) {
        out.computeIfAbsent(role, r -> new ArrayList<>()).addAll(found);
      }
    }
    return out;
  }

  /** Units that measure time: "for two weeks", "in three seasons" are times, not amounts. */
  private static final Set<String> TIME_UNITS = Set.of("second", "minute", "hour", "day", "night",
      "week", "weekend", "month", "year", "decade", "century", "season", "quarter", "half", "period", "term");

  /** The rest of the claim's sentence after an argument, with the space before it; empty when it does not follow. */
  private static String wordsAfter(Claim c, Argument a) {
    int from = a.phrase().span().end() - c.evidence().begin();
    if (from <= 0 || from > c.evidenceText().length()) {
      return "";
    }
    return " " + c.evidenceText().substring(from);
  }

  /**
   * For every person some role claim names, the countries their titles name: "Vladimir Putin,
   * Russian President" makes Putin speak for Russia.
   */
  public Map<String, Set<String>> affiliations(List<ClaimFacts> all) {
    Map<String, Set<String>> out = new HashMap<>();
    for (ClaimFacts f : all) {
      if (f.claim().kind() != ClaimKind.ROLE || f.claim().object().isEmpty()) {
        continue;
      }
      Set<String> countries = Evidence.names(entities.actors(f.claim().object().get().text()));
      countries.removeIf(FactBuilder::isPerson); // "Russia, a staunch supporter of Assad" makes Russia no one's
      for (String person : Evidence.names(f.actors(Role.AGENT))) {
        if (isPerson(person)) {
          countries.forEach(c -> out.computeIfAbsent(person, k -> new java.util.TreeSet<>()).add(c));
        }
      }
    }
    return out;
  }

  private List<Entity> resolveActors(String phrase, Map<String, Entity> titles) {
    Entity titled = titles.get(titleKey(phrase));
    return titled != null ? List.of(titled) : entities.actors(phrase);
  }

  /**
   * Who speaks: a speaker's words end in their name, after their title or affiliation. Where the
   * resolver took a word of the title for a person ("Undersheriff James Gage" as Undersheriff,
   * "Chargers general manager AJ Butler" as Chargers), the name that ends the words counts.
   */
  private List<Entity> speakers(String phrase, Map<String, Entity> titles) {
    List<Entity> found = resolveActors(phrase, titles);
    String[] words = phrase.strip().split("\\s+");
    String last = words[words.length - 1];
    if (found.size() != 1 || words.length < 2 || !isPerson(found.get(0).key()) || found.get(0).label().equals(last)
        || !Character.isUpperCase(last.codePointAt(0))) {
      return found;
    }
    List<Entity> named = entities.actors(last);
    return named.size() == 1 && isPerson(named.get(0).key()) ? named : found;
  }

  /** "Bashar Assad, Syrian President" makes "the Syrian president" stand for Bashar Assad. */
  private Map<String, Entity> titles(List<Claim> claims) {
    Map<String, Entity> out = new HashMap<>();
    Set<String> ambiguous = new java.util.HashSet<>();
    for (Claim c : claims) {
      if (c.kind() != ClaimKind.ROLE || c.subject().isEmpty() || c.object().isEmpty()) {
        continue;
      }
      List<Entity> who = entities.actors(c.subject().get().text());
      if (who.size() != 1) {
        continue;
      }
      String key = titleKey(c.object().get().text());
      Entity previous = out.putIfAbsent(key, who.get(0));
      if (previous != null && !previous.equals(who.get(0))) {
        ambiguous.add(key); // two people with one title: it identifies neither
      }
    }
    ambiguous.forEach(out::remove);
    return out;
  }

  /** Keys the resolver gives to people's names (and other unknown single names): "name:putin". */
  private static boolean isPerson(String key) {
    return key.startsWith(LexicalEntityResolver.NAME_PREFIX);
  }

  private static String titleKey(String phrase) {
    return LEADING_DETERMINER.matcher(phrase.toLowerCase(Locale.ROOT).trim()).replaceFirst("");
  }

  /** Lower-cased words that are not function words or numbers, with a plural "s" dropped. */
  static Set<String> contentWords(String text) {
    Set<String> out = new LinkedHashSet<>();
    var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String w = m.group();
      if (w.length() > 2 && !STOP_WORDS.contains(w) && !Character.isDigit(w.charAt(0))
          && !QuantityParser.isNumberWord(w)) {
        out.add(w.endsWith("s") && !w.endsWith("ss") && w.length() > 3 ? w.substring(0, w.length() - 1) : w);
      }
    }
    return out;
  }
}
