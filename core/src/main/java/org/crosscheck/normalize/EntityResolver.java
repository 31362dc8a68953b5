package org.crosscheck.normalize;

import java.util.List;

/**
 * Maps the words of a claim argument to the canonical entities they name. Implementations are
 * deterministic and thread-safe.
 */
public interface EntityResolver {

  /**
   * The entities a phrase names as actors, in order of appearance, one per coordinated part:
   * "Damascus and Ankara" gives [Syria, Turkey]; "the Kremlin" gives [Russia]; "Turkish
   * officials" gives [Turkey]; "Bashar al-Assad" and "Assad" give the same person. Capitals and
   * seats of government stand for their country here. Words that name no known entity give an
   * entity keyed by their normalised head words, so equal wording still matches.
   *
   * @param phrase the words of a claim argument
   * @return the entities named, in order of appearance; empty when the phrase names none
   */
  List<Entity> actors(String phrase);

  /**
   * The places a phrase names, most specific first, each followed by what contains it up to
   * the country's region: "Moscow" gives [Moscow, Russia, Eurasia]; "Vnukovo International
   * Airport" gives it alone when its country is unknown. Used to tell a more specific place from
   * a different one.
   *
   * @param phrase the words of a claim argument
   * @return the places named, each followed by what contains it; empty when it names no place
   */
  List<Entity> places(String phrase);
}
