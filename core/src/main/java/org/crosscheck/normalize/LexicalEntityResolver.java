package org.crosscheck.normalize;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.crosscheck.normalize.internal.EntityIndex;
import org.crosscheck.normalize.internal.EntityIndex.Surface;
import org.crosscheck.normalize.internal.NameKeys;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the words of a claim argument to canonical entities with word lists and rules: no
 * model, no state between calls. Immutable and thread-safe; every method is deterministic and
 * independent of what was resolved before.
 *
 * <p>Knowledge: a place table generated from WordNet 3.1 (places with their containing place,
 * national capitals, seats of government, organisation synonyms, demonyms and place adjectives;
 * see {@code org.crosscheck.normalize.internal.PlaceTableGenerator}) and a curated alias table,
 * each row citing its public source ({@code aliases.tsv}: "Türkiye", "Czechia", "Kyiv",
 * acronyms, "Downing Street"). Users can add rows with {@link #withAliases}.
 *
 * <p>{@link #actors} splits coordination ("A and B", "A, B, and C", "both A and B",
 * "Syria-Turkey ties", "Russian-Syrian cooperation") and resolves each part:
 * <ul>
 *   <li>a known name: capitals and seats of government stand for their country ("Ankara" and
 *       "Turkey" give Turkey, "the Kremlin" Russia, "Washington" and "the White House" the
 *       United States); countries, other places and organisations stand for themselves;
 *   <li>a place adjective or demonym with generic words ("Turkish officials", "Syrian security
 *       forces", "the Russians"): the place;
 *   <li>a person, after a title ("President al-Assad", "Deputy Foreign Minister Mikhail
 *       Bogdanov"), or any other unknown proper name: keyed by its last word, normalised for
 *       transliteration ({@link NameKeys#surname}): "Bashar Assad", "Bashar al-Assad",
 *       "al-Assad" and "Assad" all give {@code name:asad}; "al-Jafari" and "al-Jaafari" give
 *       {@code name:jafari}. This surname rule keeps keys independent of the order phrases are
 *       seen in, at a price: two people of one family ("Bashar" and "Hafez al-Assad") share a key;
 *   <li>an unknown name with an organisation head word ("Syrian Democratic Forces", "Tass News
 *       Agency"): {@code org:} and its folded words;
 *   <li>anything else ("the two countries"): {@code words:} and its folded words, so equal
 *       wording still matches.
 * </ul>
 * A possessive gives the possessor ("Turkey's defence minister": Turkey) unless a titled name
 * follows; an apposition after a name ("al-Jaafari, Syria's UN envoy") adds no participant.
 * Matching ignores case and diacritics, but a name must be capitalised ("us" is not the US),
 * acronyms match only in capitals, and a place named by a common word ("Mobile") is not taken
 * at the start of a phrase.
 * Keys are lower-case ASCII. Labels are canonical names for known entities ("Turkey", "United
 * States") and the words as written for the others, so two entities with equal keys may carry
 * different labels ("Jafari", "Jaafari"): compare entities by {@link Entity#key()}.
 *
 * <p>{@link #places} gives the places a phrase names, most specific first, each followed by its
 * containers up to the country: "Moscow" gives [Moscow, Russia], "northern Syria" [Syria],
 * "Vnukovo International Airport" [place:vnukovo international airport].
 */
public final class LexicalEntityResolver implements EntityResolver {
  /**
   * The key prefix of a proper name that no table knows as a country, place or organisation:
   * mostly people, keyed by surname ("name:assad").
   */
  public static final String NAME_PREFIX = "name:";

  private static final class Standard {
    static final EntityIndex.PlaceRows PLACES = EntityIndex.readPlaceRows();
    static final List<EntityAlias> ALIASES = List.copyOf(EntityIndex.readBundledAliases());
    static final LexicalEntityResolver INSTANCE =
        new LexicalEntityResolver(PLACES, ALIASES);
  }

  private final EntityIndex.PlaceRows placeRows;
  private final List<EntityAlias> aliases;
  private final EntityIndex index;

  private LexicalEntityResolver(EntityIndex.PlaceRows placeRows, List<EntityAlias> aliases) {
    this.placeRows = placeRows;
    this.aliases = List.copyOf(aliases);
    this.index = EntityIndex.build(placeRows, this.aliases);
  }

  /**
   * The resolver over the bundled tables, loaded once (0.1 to 0.35 s in a cold JVM) and shared.
   *
   * @return the shared resolver over the bundled place and alias tables
   */
  public static LexicalEntityResolver standard() {
    return Standard.INSTANCE;
  }

  /**
   * A resolver with these alias rows added after this one's (they win where they disagree).
   * This resolver is unchanged.
   *
   * @param extra alias rows to add, applied after the ones already in use
   * @return a new resolver over the same places and all the alias rows
   */
  public LexicalEntityResolver withAliases(List<EntityAlias> extra) {
    Objects.requireNonNull(extra, "extra");
    List<EntityAlias> all = new ArrayList<>(aliases);
    all.addAll(extra);
    return new LexicalEntityResolver(placeRows, all);
  }

  /**
   * Reads alias rows from a UTF-8 TSV: {@code name<TAB>target<TAB>KIND<TAB>source}, blank lines
   * and lines starting with {@code #} ignored; KIND is an {@link EntityAlias.Kind} name.
   *
   * @param tsv        the TSV to read, in UTF-8
   * @param sourceName named in error messages
   * @return the rows, in file order
   * @throws IOException if reading {@code tsv} fails
   * @throws IllegalArgumentException naming the line, for a malformed row or one without source
   */
  public static List<EntityAlias> readAliases(InputStream tsv, String sourceName) throws IOException {
    return EntityIndex.readAliases(tsv, sourceName);
  }

  /**
   * The alias rows in use.
   *
   * @return the rows, bundled ones first, then those added by {@link #withAliases}
   */
  public List<EntityAlias> aliases() {
    return aliases;
  }

  // ------------------------------------------------------------------------------------ words

  private static final Set<String> LEADING = Set.of("the", "a", "an", "both", "either", "neither",
      "between", "among", "amongst", "from", "with", "by", "to", "of", "for", "including", "all",
      "its", "their", "his", "her", "our", "these", "those", "this", "that", "some", "several",
      "in", "at", "on", "against", "involving", "and", "or", "nor");
  private static final Set<String> SEPARATORS = Set.of(",", ";", "and", "&", "or", "nor", "plus");
  /** Words that, after a place adjective or name, still mean the country ("Turkish Foreign Ministry"). */
  private static final Set<String> GENERIC = Set.of("government", "governments", "ministry",
      "ministries", "foreign", "defense", "defence", "interior", "army", "armed", "forces",
      "military", "navy", "air", "force", "officials", "official", "parliament", "president",
      "presidency", "prime", "minister", "ministers", "cabinet", "embassy", "consulate",
      "delegation", "delegations", "authorities", "security", "intelligence", "troops", "side",
      "state", "leader", "leaders", "leadership", "administration", "regime", "diplomats",
      "diplomat", "counterpart", "counterparts", "envoy", "envoys", "ambassador", "spokesman",
      "spokeswoman", "spokesperson", "deputy", "head", "chief", "sources", "media", "people",
      "citizens", "nationals", "soldiers", "police", "coast", "guard", "national",
      // amounts that open a sentence: "Dozen of warships", "Hundreds of protesters"
      "dozen", "dozens", "hundreds", "thousands", "millions", "scores", "tens");
  /**
   * Title nouns before a person's name ("President", "Minister", "Mr."); their modifiers
   * ("Deputy Foreign") are not titles themselves, so "People's Defense Units" names no person.
   */
  private static final Set<String> TITLES = Set.of("president", "minister", "secretary",
      "chancellor", "king", "queen", "prince", "princess", "sheikh", "shaikh", "emir", "amir",
      "sultan", "ayatollah", "imam", "pope", "general", "gen.", "gen", "col.", "colonel", "lt.",
      "major", "maj.", "admiral", "adm.", "commander", "spokesman", "spokeswoman",
      "spokesperson", "ambassador", "envoy", "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr",
      "sen.", "senator", "rep.", "representative", "gov.", "governor", "mayor", "judge", "justice",
      "leader", "counterpart", "premier", "sir", "lord", "lady", "cardinal", "archbishop",
      "rabbi", "sgt.", "sergeant", "director", "chairman", "chairwoman", "chairperson", "ceo",
      "professor", "prof.", "analyst", "correspondent", "reporter", "official", "diplomat",
      "speaker", "mp",
      "lawmaker", "marshal", "chief-of-staff",
      // law, police and sport: "District Attorney Paul Howard", "Capt. Ray Peavy", "WR Jackson"
      "attorney", "prosecutor", "sheriff", "undersheriff", "officer", "detective", "det.",
      "captain", "capt.", "lieutenant", "lt", "sgt", "corporal", "cpl.", "trooper",
      "inspector", "insp.", "superintendent", "supt.", "coach", "quarterback", "qb", "receiver",
      "wr", "linebacker", "kicker", "goalkeeper", "striker", "midfielder", "defender");
  /** Head words of organisation names ("Syrian Democratic Forces", "Tass News Agency"). */
  private static final Set<String> ORGANIZATION_HEADS = Set.of("agency", "association",
      "authority", "bank", "brigade", "brigades", "bureau", "center", "centre", "coalition",
      "command", "commission", "committee", "company", "corp", "corp.", "corporation", "council",
      "court", "department", "federation", "force", "forces", "foundation", "front", "fund",
      "group", "guard", "guards", "inc", "inc.", "institute", "league", "ltd", "ltd.", "media",
      "ministry", "movement", "network", "news", "office", "organisation", "organization", "party",
      "post", "press", "radio", "service", "services", "society", "times", "tribunal", "tv",
      "union", "university", "watch", "observatory", "assembly", "senate", "congress", "police",
      "journal", "herald", "telegraph", "guardian", "daily", "television", "broadcasting",
      "channel", "gazette", "army", "militia", "alliance", "board", "club", "administration",
      "program", "programme", "initiative", "project", "mission", "embassy", "consulate", "unit",
      "units");
  private static final Set<String> NAME_PARTICLES = Set.of("al", "el", "bin", "ibn", "bint", "abu",
      "abd", "de", "da", "di", "del", "der", "van", "von", "la", "le", "du", "of", "the", "y", "ul");
  private static final Set<String> NAME_SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

  // ---------------------------------------------------------------------------- the interface

  @Override
  public List<Entity> actors(String phrase) {
    Objects.requireNonNull(phrase, "phrase");
    Item[] items = items(tokens(phrase));
    List<Entity> out = new ArrayList<>(2);
    int start = 0;
    Entity previous = null;
    for (int i = 0; i <= items.length; i++) {
      if (i == items.length || items[i].separator) {
        if (i > start) {
          Entity e = actor(items, start, i);
          // an apposition after a name adds no participant: "Bashar al-Jaafari, Syria's UN envoy"
          boolean apposition = e != null && previous != null && previous.key().startsWith(NAME_PREFIX)
              && items[start - 1].text.equals(",") && !e.key().startsWith(NAME_PREFIX)
              && hasTitle(items, start, i);
          if (e != null && !apposition && !containsKey(out, e.key())) {
            out.add(e);
          }
          previous = e;
        }
        start = i + 1;
      }
    }
    return List.copyOf(out);
  }

  @Override
  public List<Entity> places(String phrase) {
    Objects.requireNonNull(phrase, "phrase");
    Item[] items = items(tokens(phrase));
    List<Entity> unknown = new ArrayList<>(1);
    List<List<Entity>> known = new ArrayList<>(2);
    int i = 0;
    while (i < items.length) {
      Item it = items[i];
      if (it.match != null && it.match.node().isPlace()) {
        known.add(it.match.node().places());
        i++;
      } else if (it.match == null && !it.separator && isNameWord(it.text) && !isLeading(it)) {
        int j = i;
        while (j < items.length && items[j].match == null && !items[j].separator
            && (isNameWord(items[j].text) || (j > i && j + 1 < items.length
                && NAME_PARTICLES.contains(items[j].text) && isNameWord(items[j + 1].text)))) {
          j++;
        }
        boolean person = (i > 0 && items[i - 1].match == null && TITLES.contains(lower(items[i - 1].text)))
            || hasTitle(items, i, j);
        if (!person && !allGeneric(items, i, j)) {
          String words = joinText(items, i, j);
          addIfAbsent(unknown, new Entity("place:" + NameKeys.key(words), words));
        }
        i = Math.max(j, i + 1);
      } else {
        i++;
      }
    }
    // most specific first: longer chains first, then order of appearance
    known.sort((a, b) -> Integer.compare(b.size(), a.size()));
    List<Entity> out = new ArrayList<>(unknown);
    for (List<Entity> chain : known) {
      for (Entity e : chain) {
        addIfAbsent(out, e);
      }
    }
    return List.copyOf(out);
  }

  // -------------------------------------------------------------------------------- one part

  private @Nullable Entity actor(Item[] items, int from, int to) {
    // determiners and prepositions in front
    while (from < to && items[from].match == null && isLeading(items[from])) {
      from++;
    }
    if (from >= to) {
      return null;
    }
    // an organisation name with a possessive inside: "People's Defense Units"
    boolean allNames = true;
    boolean head = false;
    boolean possessive = false;
    for (int i = from; i < to && allNames; i++) {
      Item it = items[i];
      possessive |= it.possessive;
      allNames = it.possessive || (it.match == null && isNameWord(it.text));
      head |= ORGANIZATION_HEADS.contains(lower(it.text));
    }
    if (allNames && head && possessive) {
      String words = joinText(items, from, to);
      return new Entity("org:" + NameKeys.key(words), words);
    }
    // a possessive: the possessor is the actor ("Turkey's defence minister"), unless a titled
    // name follows ("Syria's President Bashar al-Assad")
    for (int i = from; i < to; i++) {
      if (items[i].possessive) {
        Entity person = titledPerson(items, i + 1, to);
        if (person != null) {
          return person;
        }
        return actor(items, from, i);
      }
    }
    Entity person = titledPerson(items, from, to);
    if (person != null) {
      return person;
    }
    // a known name, with nothing but generic or lower-case words around it
    Item first = null;
    boolean otherNames = false;
    for (int i = from; i < to; i++) {
      Item it = items[i];
      if (it.match != null) {
        if (first == null) {
          first = it;
        }
      } else if (isNameWord(it.text) && !GENERIC.contains(lower(it.text))
          && !NAME_PARTICLES.contains(lower(it.text))) {
        otherNames = true;
      }
    }
    if (first != null && !otherNames) {
      return first.match.node().actor();
    }
    // an unknown proper name: the first run of name words (with a place adjective in front)
    for (int i = from; i < to; i++) {
      if (items[i].match == null && isNameWord(items[i].text) && !GENERIC.contains(lower(items[i].text))) {
        int start = i;
        if (start > from && items[start - 1].match != null && items[start - 1].match.adjective()) {
          start--; // "Syrian Democratic Forces"
        }
        int j = i;
        while (j < to && items[j].match == null && (isNameWord(items[j].text)
            || (NAME_PARTICLES.contains(items[j].text) && j + 1 < to && isNameWord(items[j + 1].text)))) {
          j++;
        }
        while (j > i + 1 && NAME_PARTICLES.contains(items[j - 1].text)) {
          j--; // "Bush of Texas", Texas a known place: the particle belongs to no name
        }
        int next = nameAfterDescription(items, j, to);
        if (next >= 0) {
          i = next - 1; // "Perennial party girl Mark Heller": the name the description leads to
          continue;
        }
        return name(items, start, j);
      }
    }
    if (first != null) {
      return first.match.node().actor();
    }
    // plain words
    String words = joinText(items, from, to);
    String key = NameKeys.key(words);
    return key.isEmpty() ? null : new Entity("words:" + key, words);
  }

  /**
   * Where a further name starts after a description in lower case ("Perennial | party girl | Mark
   * Heller", "Assistant | general manager | Samuel Dalembert"): the phrase's head is that name, and
   * the capital before was a description's, by its place at the start of a sentence or as a
   * modifier. -1 when the words after {@code from} are not all lower-case modifiers followed by a
   * name ("Smith from Chicago": "from" links two names).
   */
  private static int nameAfterDescription(Item[] items, int from, int to) {
    int k = from;
    while (k < to && items[k].match == null && !items[k].separator && !isLeading(items[k])
        && !items[k].possessive && !isNameWord(items[k].text) && items[k].text.chars().allMatch(Character::isLetter)) {
      k++;
    }
    boolean name = k > from && k < to && items[k].match == null && isNameWord(items[k].text)
        && !GENERIC.contains(lower(items[k].text));
    return name ? k : -1;
  }

  /** A person named after a title word: "President al-Assad", "Foreign Minister Sergei Lavrov". */
  private static @Nullable Entity titledPerson(Item[] items, int from, int to) {
    int title = -1;
    for (int i = from; i < to; i++) {
      if (items[i].match == null && TITLES.contains(lower(items[i].text))) {
        title = i;
      }
    }
    if (title < 0 || title + 1 >= to) {
      return null;
    }
    int j = title + 1;
    while (j < to && isPersonalName(items[j]) && !isRoleWord(items[j].text) && (isNameWord(items[j].text)
        || (NAME_PARTICLES.contains(items[j].text) && j + 1 < to && isNameWord(items[j + 1].text)))) {
      j++;
    }
    if (j == title + 1) {
      return null;
    }
    return person(items, title + 1, j);
  }

  /**
   * Whether a word after a title may be part of the person's name: any capitalised word the
   * gazetteer does not know, or knows only as a place, as many names are ("Judge James Bodiford",
   * "WR Vincent Jackson", "QB Cam Newton").
   */
  private static boolean isPersonalName(Item it) {
    return it.match == null || (it.match.node().isPlace() && !it.match.adjective());
  }

  private static Entity name(Item[] items, int from, int to) {
    boolean organization = false;
    for (int i = from; i < to; i++) {
      organization |= ORGANIZATION_HEADS.contains(lower(items[i].text));
    }
    if (to - from > 1 && GENERIC.contains(lower(items[to - 1].text))) {
      organization = true; // "Islamic State", "Free Syrian Army"
    }
    if (organization || to - from > 4) {
      String words = joinText(items, from, to);
      return new Entity("org:" + NameKeys.key(words), words);
    }
    return person(items, from, to);
  }

  private static Entity person(Item[] items, int from, int to) {
    int last = to - 1;
    while (last > from && NAME_SUFFIXES.contains(lower(items[last].text))) {
      last--;
    }
    String word = items[last].text;
    // an acronym ("PKK", "SANA") keeps its letters; a name is normalised for transliteration
    String surname = word.length() <= 5 && EntityIndex.isCapitals(word)
        ? NameKeys.key(word).replaceAll("[^a-z0-9]", "") : NameKeys.surname(word);
    String written = stripArticle(items[last].text);
    if (surname.isEmpty()) {
      String words = joinText(items, from, to);
      return new Entity("words:" + NameKeys.key(words), words);
    }
    return new Entity(NAME_PREFIX + surname, written);
  }

  private static String stripArticle(String word) {
    String w = word.replace('\u2019', '\'');
    int dash = w.indexOf('-');
    if (dash > 0 && dash <= 3) {
      String prefix = lower(w.substring(0, dash));
      if (ARTICLES.contains(prefix) && !prefix.startsWith("b") && !prefix.startsWith("ab")
          && dash + 1 < w.length()) {
        return w.substring(dash + 1);
      }
    }
    return w;
  }

  // ------------------------------------------------------------------------- tokens and items

  /** A token, possibly the first of a matched known name spanning several tokens. */
  private static final class Item {
    final String text;
    final @Nullable Surface match;
    final boolean separator;
    final boolean possessive;

    Item(String text, @Nullable Surface match, boolean separator, boolean possessive) {
      this.text = text;
      this.match = match;
      this.separator = separator;
      this.possessive = possessive;
    }
  }

  private Item[] items(List<String> tokens) {
    List<Item> out = new ArrayList<>(tokens.size());
    int n = tokens.size();
    int longest = index.longestSurface();
    StringBuilder folded = new StringBuilder(32);
    StringBuilder exact = new StringBuilder(32);
    int i = 0;
    while (i < n) {
      String t = tokens.get(i);
      if (t.equals("'s") || t.equals("'")) {
        out.add(new Item(t, null, false, true));
        i++;
        continue;
      }
      if (SEPARATORS.contains(t)) {
        out.add(new Item(t, null, true, false));
        i++;
        continue;
      }
      Surface best = null;
      int bestEnd = i;
      // a short word in capitals ("SANA", "WHO") is an acronym: it matches only acronyms
      boolean acronym = t.length() <= 4 && EntityIndex.isCapitals(t);
      boolean commonStart = false;
      if (startsName(t)) {
        for (int end = Math.min(n, i + longest); end > i; end--) {
          folded.setLength(0);
          exact.setLength(0);
          boolean ok = true;
          for (int k = i; k < end; k++) {
            String w = tokens.get(k);
            if (w.equals(",") || w.equals(";") || w.equals("'s") || w.equals("'")) {
              ok = false;
              break;
            }
            if (k > i) {
              folded.append(' ');
              exact.append(' ');
            }
            folded.append(NameKeys.fold(w));
            exact.append(w);
          }
          if (!ok) {
            continue;
          }
          Surface s = index.lookup(folded.toString(), exact.toString());
          if (s == null && end == i + 1 && t.length() > 3 && t.endsWith("s")) {
            // plural demonyms: "Turks", "Syrians"
            String singular = t.substring(0, t.length() - 1);
            Surface d = index.lookup(NameKeys.fold(singular), singular);
            if (d != null && d.adjective()) {
              s = d;
            }
          }
          if (s != null && acronym && !s.capitalsOnly()) {
            s = null;
          }
          // "Mobile operators", "Reading the report": a capital at the start proves nothing
          if (s != null && i == 0 && end == i + 1 && s.node().isCommonWord()
              && NameKeys.fold(s.node().entity().label()).equals(NameKeys.fold(t))) {
            s = null;
            commonStart = true;
          }
          if (s != null) {
            best = s;
            bestEnd = end;
            break;
          }
        }
      }
      if (best != null) {
        out.add(new Item(joinTokens(tokens, i, bestEnd), best, false, false));
        i = bestEnd;
        continue;
      }
      if (commonStart) {
        out.add(new Item(lower(t), null, false, false)); // a common word, not a name
        i++;
        continue;
      }
      // "Syria-Turkey", "Russian-Syrian", "U.S.-Russian": every part known
      if (t.indexOf('-') > 0 && startsName(t)) {
        String[] parts = t.split("-");
        List<Surface> found = new ArrayList<>(parts.length);
        for (String p : parts) {
          Surface s = p.isEmpty() ? null : index.lookup(NameKeys.fold(p), p);
          if (s == null) {
            found = null;
            break;
          }
          found.add(s);
        }
        if (found != null && found.size() > 1) {
          for (int k = 0; k < found.size(); k++) {
            if (k > 0) {
              out.add(new Item("and", null, true, false));
            }
            out.add(new Item(parts[k], found.get(k), false, false));
          }
          i++;
          continue;
        }
        if (found == null && parts.length == 2 && !parts[1].isEmpty()
            && Character.isLowerCase(parts[1].charAt(0))
            && index.lookup(NameKeys.fold(parts[0]), parts[0]) != null) {
          // "Turkish-backed", "Moscow-based": a lower-case word, not a name
          out.add(new Item(lower(t), null, false, false));
          i++;
          continue;
        }
      }
      out.add(new Item(t, null, false, false));
      i++;
    }
    // "as well as", "along with": separators too
    List<Item> merged = new ArrayList<>(out.size());
    for (int k = 0; k < out.size(); k++) {
      Item it = out.get(k);
      if (it.match == null && k + 2 < out.size() && it.text.equals("as")
          && out.get(k + 1).text.equals("well") && out.get(k + 2).text.equals("as")) {
        merged.add(new Item("and", null, true, false));
        k += 2;
      } else if (it.match == null && k + 1 < out.size() && it.text.equals("along")
          && out.get(k + 1).text.equals("with")) {
        merged.add(new Item("and", null, true, false));
        k += 1;
      } else {
        merged.add(it);
      }
    }
    return merged.toArray(new Item[0]);
  }

  /** Words, with commas, semicolons and possessives split off and outer punctuation dropped. */
  static List<String> tokens(String phrase) {
    List<String> out = new ArrayList<>(8);
    int n = phrase.length();
    int i = 0;
    while (i < n) {
      while (i < n && isSpace(phrase.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isSpace(phrase.charAt(i))) {
        i++;
      }
      if (start == i) {
        break;
      }
      String w = phrase.substring(start, i).replace('\u2019', '\'').replace('\u2018', '\'')
          .replace('\u2013', '-').replace('\u2014', '-');
      if (w.equals("'s") || w.equals("'")) {
        out.add(w); // a possessive split off by a tokenizer: "Syria 's"
        continue;
      }
      int b = 0;
      int e = w.length();
      while (b < e && "\"([{\u201c\u00ab'".indexOf(w.charAt(b)) >= 0) {
        b++;
      }
      List<String> tail = new ArrayList<>(2);
      while (e > b && "\")]}\u201d\u00bb,;:!?.".indexOf(w.charAt(e - 1)) >= 0) {
        char c = w.charAt(e - 1);
        if (c == '.' && isAbbreviation(w.substring(b, e))) {
          break;
        }
        if (c == ',' || c == ';') {
          tail.add(0, String.valueOf(c));
        }
        e--;
      }
      if (b >= e) {
        out.addAll(tail);
        continue;
      }
      String core = w.substring(b, e);
      if (core.length() > 2 && (core.endsWith("'s") || core.endsWith("'S"))) {
        out.add(core.substring(0, core.length() - 2));
        out.add("'s");
      } else if (core.length() > 2 && core.endsWith("s'")) {
        out.add(core.substring(0, core.length() - 1));
        out.add("'");
      } else {
        out.add(core);
      }
      out.addAll(tail);
    }
    return out;
  }

  private static boolean isAbbreviation(String w) {
    // "U.S.", "Mr.", "Jr.", "J.", "Inc.": a dot inside, an initial, a title or suffix
    String l = lower(w);
    if (!Character.isLetter(w.charAt(0))) {
      return false;
    }
    return w.indexOf('.') < w.length() - 1 || w.length() <= 2 || TITLES.contains(l)
        || NAME_SUFFIXES.contains(l) || ORGANIZATION_HEADS.contains(l);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0';
  }

  /** A word that may begin a name: capitalised, a digit, or "al-Assad". */
  private static boolean startsName(String t) {
    if (t.isEmpty()) {
      return false;
    }
    char c = t.charAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c) || hasArticle(t);
  }

  private static boolean isNameWord(String t) {
    return !t.isEmpty() && (Character.isUpperCase(t.charAt(0)) || hasArticle(t));
  }

  private static final Set<String> ARTICLES = Set.of("al", "el", "ul", "ad", "as", "ash", "at", "az",
      "ar", "an", "bin", "ibn", "abu", "abd", "bint");

  /** "al-Assad", "el-Sisi", "bin-Salman": a name despite the lower-case start. */
  private static boolean hasArticle(String t) {
    int dash = t.indexOf('-');
    return dash > 0 && dash <= 4 && dash + 1 < t.length() && Character.isUpperCase(t.charAt(dash + 1))
        && ARTICLES.contains(t.substring(0, dash).toLowerCase(Locale.ROOT));
  }

  private static boolean hasTitle(Item[] items, int from, int to) {
    for (int i = from; i < to; i++) {
      if (items[i].match == null && TITLES.contains(lower(items[i].text))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRoleWord(String t) {
    String w = lower(t);
    return GENERIC.contains(w) || TITLES.contains(w) || ORGANIZATION_HEADS.contains(w);
  }

  private static boolean isLeading(Item it) {
    return LEADING.contains(lower(it.text));
  }

  private static boolean allGeneric(Item[] items, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = lower(items[i].text);
      if (!GENERIC.contains(w) && !TITLES.contains(w) && !LEADING.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static String joinText(Item[] items, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (items[i].possessive) {
        sb.append(items[i].text);
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(items[i].text);
    }
    return sb.toString();
  }

  private static String joinTokens(List<String> tokens, int from, int to) {
    return String.join(" ", tokens.subList(from, to));
  }

  private static boolean containsKey(List<Entity> list, String key) {
    for (Entity e : list) {
      if (e.key().equals(key)) {
        return true;
      }
    }
    return false;
  }

  private static void addIfAbsent(List<Entity> list, Entity e) {
    if (!containsKey(list, e.key())) {
      list.add(e);
    }
  }
}
