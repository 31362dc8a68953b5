package org.crosscheck.align;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.Span;
import org.crosscheck.align.internal.ClaimFacts;
import org.crosscheck.align.internal.Concepts;
import org.crosscheck.claim.Argument;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.ClaimKind;
import org.crosscheck.claim.Modality;
import org.crosscheck.claim.Phrase;
import org.crosscheck.claim.Polarity;
import org.crosscheck.claim.Role;
import org.crosscheck.normalize.Entity;
import org.crosscheck.normalize.LexicalEntityResolver;
import org.crosscheck.normalize.Quantity;
import org.crosscheck.normalize.TimeSpan;

/** Hand-built claim facts for aligner and judge tests: what each source says, already normalised. */
public final class Facts {
  private final int source;
  private final String lemma;
  private final Map<Role, List<Entity>> actors = new EnumMap<>(Role.class);
  /** Argument words other than the labels joined, by role. */
  private final Map<Role, String> words = new EnumMap<>(Role.class);
  private Optional<TimeSpan> time = Optional.empty();
  private String timeText = "";
  private String timeMarker = "";
  private String sentence = "x";
  private List<Entity> places = List.of();
  private final Map<Role, List<Quantity>> quantities = new EnumMap<>(Role.class);
  private Polarity polarity = Polarity.POSITIVE;
  private Modality modality = Modality.ASSERTED;
  private ClaimKind kind = ClaimKind.EVENT;
  private static int counter;

  private Facts(int source, String lemma) {
    this.source = source;
    this.lemma = lemma;
  }

  public static Facts of(int source, String lemma) {
    return new Facts(source, lemma);
  }

  /** Entities as the resolver gives them: capitalised labels are names, lower-case ones descriptions. */
  public Facts with(Role role, String... labels) {
    List<Entity> es = new ArrayList<>();
    for (String l : labels) {
      boolean named = Character.isUpperCase(l.charAt(0));
      es.add(new Entity((named ? "" : "words:") + l.toLowerCase(), l));
    }
    actors.put(role, es);
    return this;
  }

  /** People as the resolver keys names it knows nothing else about: by surname. */
  public Facts withPeople(Role role, String... names) {
    List<Entity> es = new ArrayList<>(actors.getOrDefault(role, List.of()));
    for (String n : names) {
      es.add(new Entity(LexicalEntityResolver.NAME_PREFIX + n.substring(n.lastIndexOf(' ') + 1).toLowerCase(), n));
    }
    actors.put(role, es);
    return this;
  }

  /**
   * A person as the resolver read them from longer words: "a Bukit Sama village resident" as
   * Sama, "Undersheriff James Gage" as Undersheriff.
   */
  public Facts withPersonIn(Role role, String argumentWords, String readAs) {
    actors.put(role, List.of(new Entity(LexicalEntityResolver.NAME_PREFIX + readAs.toLowerCase(), readAs)));
    words.put(role, argumentWords);
    return this;
  }

  /** A time as written that resolves to no date: a weekday or a date without a year in an undated article. */
  public Facts written(String text) {
    timeText = text;
    return this;
  }

  /** The time as written after its preposition: "until" and "earlier this year". */
  public Facts written(String marker, String text) {
    timeMarker = marker;
    return written(text);
  }

  /** The sentence the claim comes from, as its evidence. */
  public Facts sentence(String text) {
    sentence = text;
    return this;
  }

  public Facts on(LocalDate day) {
    time = Optional.of(TimeSpan.day(day));
    return this;
  }

  public Facts in(int year) {
    time = Optional.of(new TimeSpan(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1), TimeSpan.Granularity.YEAR));
    return this;
  }

  public Facts at(String... placeLabels) {
    List<Entity> es = new ArrayList<>();
    for (String l : placeLabels) {
      es.add(new Entity(l.toLowerCase(), l));
    }
    places = es;
    return this;
  }

  public Facts count(double value, String unit) {
    quantities.put(Role.PATIENT, List.of(new Quantity(value, unit, false)));
    return this;
  }

  /** The amounts an argument role states, in the order written. */
  public Facts amounts(Role role, Quantity... amounts) {
    quantities.put(role, List.of(amounts));
    return this;
  }

  public Facts negated() {
    polarity = Polarity.NEGATIVE;
    return this;
  }

  /** A claim about an event noun ("no deal", "the attack"), not a verb. */
  public Facts nominal() {
    kind = ClaimKind.NOMINAL;
    return this;
  }

  public Facts hedged() {
    modality = Modality.POSSIBLE;
    return this;
  }

  public ClaimFacts build() {
    int n = ++counter;
    String id = "s" + source + "#" + n;
    Span span = Span.of(0, 1);
    List<Argument> args = new ArrayList<>();
    actors.forEach((role, es) -> args.add(new Argument(role,
        role == Role.AGENT ? Argument.Slot.SUBJECT : Argument.Slot.OTHER,
        new Phrase(words.getOrDefault(role, String.join(" and ", es.stream().map(Entity::label).toList())), span), "")));
    // written as an article would: a year as "2015", a day as "2015-09-30"
    String writtenTime = time.map(t -> t.granularity() == TimeSpan.Granularity.YEAR
        ? Integer.toString(t.start().getYear()) : t.start().toString()).orElse(timeText);
    if (!writtenTime.isEmpty()) {
      args.add(new Argument(Role.TIME, Argument.Slot.OTHER, new Phrase(writtenTime, span), timeMarker));
    }
    if (!places.isEmpty()) {
      args.add(new Argument(Role.PLACE, Argument.Slot.OTHER, new Phrase(places.get(0).label(), span), "in"));
    }
    // the predicate where the sentence writes it ("thrilled" for "thrill"), so that quotes around it count
    int at = sentence.indexOf(lemma);
    Span predicate = at > 0 ? Span.of(at, at + lemma.length()) : span;
    Claim claim = new Claim(id, "s" + source, kind, lemma + " " + n, new Phrase(lemma, predicate), lemma,
        args, polarity, modality, Span.of(0, sentence.length()), sentence);
    return new ClaimFacts(claim, source, Concepts.standard().keys(lemma), actors, Set.of(), time,
        writtenTime, places, quantities, Map.of());
  }
}
