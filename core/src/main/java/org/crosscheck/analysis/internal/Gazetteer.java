package org.crosscheck.analysis.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.crosscheck.analysis.MentionType;

/**
 * Names of places, people and organisations, and the adjectives of places ("Turkish" for Turkey),
 * read from the resource {@value #RESOURCE}, which {@link GazetteerGenerator} derives from WordNet
 * 3.1. Immutable and thread-safe.
 *
 * <p>Resource format: UTF-8 lines, tab-separated, {@code name TYPE} with TYPE one of PLACE,
 * PERSON, ORGANIZATION, or {@code adjective ADJECTIVE place} for an adjective that pertains to a
 * place. Names are matched exactly (case-sensitive), words separated by single spaces.
 */
public final class Gazetteer {

  public static final String RESOURCE = "/org/crosscheck/analysis/gazetteer-wn31.tsv.gz";

  private final Map<String, MentionType> names;
  private final Map<String, String> adjectives;
  private final java.util.Set<String> firstNames;

  private Gazetteer(Map<String, MentionType> names, Map<String, String> adjectives) {
    this.names = Map.copyOf(names);
    this.adjectives = Map.copyOf(adjectives);
    // given names: first words of at least two different people's full names ("Vladimir", "John")
    // ("Santa" begins Santa Claus and Santa Anna, but more places: not a given name)
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Integer> otherCounts = new HashMap<>();
    for (Map.Entry<String, MentionType> e : names.entrySet()) {
      int space = e.getKey().indexOf(' ');
      if (space > 1) {
        (e.getValue() == MentionType.PERSON ? counts : otherCounts)
            .merge(e.getKey().substring(0, space), 1, Integer::sum);
      }
    }
    java.util.Set<String> first = new java.util.HashSet<>();
    counts.forEach((w, c) -> {
      MentionType own = names.get(w);
      if (c >= 2 && c > 2 * otherCounts.getOrDefault(w, 0)
          && (own == null || own == MentionType.PERSON) && !adjectives.containsKey(w)
          && w.length() > 2 && !w.endsWith(".")) {
        first.add(w);
      }
    });
    this.firstNames = java.util.Set.copyOf(first);
  }

  /**
   * Whether {@code word} is a given name: the first word of at least two people's full names in
   * the gazetteer ("Vladimir", "Mikhail"), not itself a place or organisation, and beginning
   * fewer than half as many place or organisation names ("Santa", "San" are not).
   */
  public boolean isFirstName(String word) {
    return firstNames.contains(word);
  }

  /** Reads the bundled resource. */
  public static Gazetteer load() {
    try (InputStream raw = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new UncheckedIOException(new IOException("gazetteer " + RESOURCE
            + " is not on the class path; regenerate it with GazetteerGenerator"));
      }
      return read(new GZIPInputStream(raw, 1 << 16));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer " + RESOURCE, e);
    }
  }

  static Gazetteer read(InputStream in) throws IOException {
    Map<String, MentionType> names = new HashMap<>(1 << 16);
    Map<String, String> adjectives = new HashMap<>(1 << 12);
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int n = 0;
    while ((line = reader.readLine()) != null) {
      n++;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length == 3 && f[1].equals("ADJECTIVE")) {
        adjectives.put(f[0], f[2]);
      } else if (f.length == 2) {
        names.put(f[0], MentionType.valueOf(f[1]));
      } else {
        throw new IOException("gazetteer line " + n + " is malformed: " + line);
      }
    }
    return new Gazetteer(names, adjectives);
  }

  /** The type of the name, when it is known. */
  public Optional<MentionType> type(String name) {
    return Optional.ofNullable(names.get(name));
  }

  /** The place an adjective pertains to ("Turkish" gives "Turkey"), when it is known. */
  public Optional<String> placeOfAdjective(String adjective) {
    return Optional.ofNullable(adjectives.get(adjective));
  }

  public int nameCount() {
    return names.size();
  }

  public int adjectiveCount() {
    return adjectives.size();
  }
}
