package org.crosscheck.align.internal;

import java.time.DayOfWeek;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.crosscheck.claim.Claim;
import org.crosscheck.normalize.Entity;
import org.crosscheck.normalize.Quantity;
import org.crosscheck.normalize.TimeSpan;
import org.crosscheck.normalize.internal.TimeExpressionParser;
import org.crosscheck.claim.Role;

/**
 * What a claim says, normalised for comparison with other sources' claims.
 *
 * @param source       index of the claim's article in the input
 * @param concepts     predicate concept keys (see {@link Concepts})
 * @param actors       canonical entities per role (agent, patient, participants, recipient, speaker)
 * @param contentWords content words of the arguments that name no entity ("rehab", "ties")
 * @param timeText     the time argument as written (with its preposition), lower-cased, or empty
 * @param places       the place argument's places, most specific first
 * @param quantities   the amounts each argument role states, in the order written ("15.9 points
 *                     and 10 rebounds": 15.9 point, 10 rebound); a speaker's ("the two men
 *                     said") counts, a time's does not
 * @param affiliations for people, the countries their titles name ("Russian President" Putin:
 *                     Russia), so that a person and the state they speak for do not differ
 * @param lead         the article's text just before the claim's sentence (at most {@value
 *                     #LEAD_LENGTH} characters, spaces collapsed): a short sentence copied with
 *                     the text before it is a copy, not a coincidence
 */
public record ClaimFacts(
    Claim claim,
    int source,
    Set<String> concepts,
    Map<Role, List<Entity>> actors,
    Set<String> contentWords,
    Optional<TimeSpan> time,
    String timeText,
    List<Entity> places,
    Map<Role, List<Quantity>> quantities,
    Map<String, Set<String>> affiliations,
    String lead) {

  /** How much of the text before a claim's sentence its {@link #lead} keeps. */
  public static final int LEAD_LENGTH = 80;

  /** Facts without the text before them. */
  public ClaimFacts(Claim claim, int source, Set<String> concepts, Map<Role, List<Entity>> actors,
      Set<String> contentWords, Optional<TimeSpan> time, String timeText, List<Entity> places,
      Map<Role, List<Quantity>> quantities, Map<String, Set<String>> affiliations) {
    this(claim, source, concepts, actors, contentWords, time, timeText, places, quantities, affiliations, "");
  }

  public ClaimFacts {
    // ordered collections: Set.copyOf and Map.copyOf iterate in an order that changes from one JVM
    // run to the next, and which of two differing amounts an explanation names must not
    concepts = Collections.unmodifiableSortedSet(new TreeSet<>(concepts));
    actors = Collections.unmodifiableMap(actors.isEmpty() ? new EnumMap<>(Role.class) : new EnumMap<>(actors));
    contentWords = Collections.unmodifiableSortedSet(new TreeSet<>(contentWords));
    places = List.copyOf(places);
    Map<Role, List<Quantity>> amounts = new EnumMap<>(Role.class);
    quantities.forEach((role, qs) -> amounts.put(role, List.copyOf(qs)));
    quantities = Collections.unmodifiableMap(amounts);
    affiliations = Map.copyOf(affiliations);
  }

  /** The same facts, knowing whom people speak for. */
  public ClaimFacts withAffiliations(Map<String, Set<String>> byPerson) {
    return new ClaimFacts(claim, source, concepts, actors, contentWords, time, timeText, places, quantities, byPerson,
        lead);
  }

  /**
   * Whether its time is written with figures ("15 March", "2011"): a date a reader can place,
   * unlike a weekday or "last month", which depend on a guessed reference date.
   */
  public boolean hasDateInFigures() {
    return timeText.chars().anyMatch(Character::isDigit);
  }

  /** The weekdays its time names ("on Tuesday night": Tuesday), or none. */
  public Set<DayOfWeek> weekdays() {
    return TimeExpressionParser.weekdaysNamed(timeText);
  }

  /** Keys of the named entities in a role, with the countries their people's titles name. */
  public Set<String> names(Role role) {
    Set<String> named = Evidence.names(actors(role));
    Set<String> out = new TreeSet<>(named);
    for (String person : named) {
      out.addAll(affiliations.getOrDefault(person, Set.of()));
    }
    return out;
  }

  public List<Entity> actors(Role role) {
    return actors.getOrDefault(role, List.of());
  }
}
