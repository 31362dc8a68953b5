package org.crosscheck.normalize.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.normalize.Entity;
import org.crosscheck.normalize.EntityAlias;
import org.crosscheck.normalize.LexicalEntityResolver;
import org.jspecify.annotations.Nullable;

/**
 * The known names: places with their containers (from the WordNet place table), organisations,
 * demonyms and place adjectives, and alias rows on top. Immutable once built; thread-safe.
 *
 * <p>Surface forms are looked up folded ({@link NameKeys#fold}); a surface written in capitals
 * only ("US", "WHO") matches only text written exactly so.
 */
public final class EntityIndex {

  public static final String PLACE_RESOURCE = "/org/crosscheck/normalize/places-wn31.tsv";
  public static final String ALIAS_RESOURCE = "/org/crosscheck/normalize/aliases.tsv";

  /** What a node is. */
  public enum Type { COUNTRY, CAPITAL, SEAT, PLACE, ORGANIZATION, PERSON }

  /** A known entity. */
  public static final class Node {
    String label;
    final Type type;
    @Nullable String containerLabel;
    @Nullable Node container;
    /** A label that is also a lower-case common word ("Mobile"): not taken at the start of a phrase. */
    boolean common;
    /** For seats given by alias rows: the country they stand for. */
    @Nullable Node standsFor;
    /** Set by {@link #finish}. */
    Entity entity;
    Entity actor;
    List<Entity> places;

    Node(String label, Type type, @Nullable String containerLabel) {
      this.label = label;
      this.type = type;
      this.containerLabel = containerLabel;
    }

    public Type type() {
      return type;
    }

    /** The entity itself. */
    public Entity entity() {
      return entity;
    }

    /** What it stands for as an actor: a capital or seat of government its country. */
    public Entity actor() {
      return actor;
    }

    /** Itself, then its containers up to the first country ("Moscow", "Russia"). */
    public List<Entity> places() {
      return places;
    }

    /** Whether the label is also a lower-case common word ("Mobile", "Reading"). */
    public boolean isCommonWord() {
      return common;
    }

    public boolean isPlace() {
      return type != Type.ORGANIZATION && type != Type.PERSON;
    }
  }

  /** A surface form and what it names; {@code adjective} for demonyms and adjectives ("Turkish"). */
  public record Surface(String text, Node node, boolean capitalsOnly, boolean adjective) {}

  /** The rows of the place table, parsed once. */
  public record PlaceRows(List<String[]> rows) {
    public PlaceRows {
      rows = List.copyOf(rows);
    }
  }

  private final Map<String, Surface[]> surfaces;
  private final int longestSurface;

  private EntityIndex(Map<String, Surface[]> surfaces, int longestSurface) {
    this.surfaces = surfaces;
    this.longestSurface = longestSurface;
  }

  /** The longest surface form, in words. */
  public int longestSurface() {
    return longestSurface;
  }

  /**
   * The node named by {@code text} (words separated by single spaces), or null. {@code exact} is
   * the text as written, checked against surfaces in capitals only.
   */
  public @Nullable Surface lookup(String folded, String exact) {
    Surface[] found = surfaces.get(folded);
    if (found == null) {
      return null;
    }
    for (Surface s : found) {
      if (!s.capitalsOnly || s.text.equals(exact)) {
        return s;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------------------------- building

  public static PlaceRows readPlaceRows() {
    try (InputStream in = EntityIndex.class.getResourceAsStream(PLACE_RESOURCE)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("place table " + PLACE_RESOURCE
            + " is not on the class path; regenerate it with PlaceTableGenerator"));
      }
      List<String[]> rows = new ArrayList<>(4096);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        boolean ok = switch (f[0]) {
          case "P" -> f.length == 6;
          case "O", "D", "A" -> f.length == 3;
          default -> false;
        };
        if (!ok) {
          throw new IllegalStateException("place table " + PLACE_RESOURCE + " line " + n
              + " is malformed: " + line);
        }
        rows.add(f);
      }
      return new PlaceRows(rows);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read place table " + PLACE_RESOURCE, e);
    }
  }

  /** Reads alias rows: {@code name target KIND source}, tab-separated, {@code #} comments. */
  public static List<EntityAlias> readAliases(InputStream in, String sourceName) throws IOException {
    List<EntityAlias> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 4) {
        throw new IllegalArgumentException("alias table " + sourceName + " line " + n
            + ": expected 4 tab-separated columns (name, target, kind, source), got " + f.length
            + ": " + line);
      }
      EntityAlias.Kind kind;
      try {
        kind = EntityAlias.Kind.valueOf(f[2].trim());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("alias table " + sourceName + " line " + n
            + ": unknown kind '" + f[2] + "'", e);
      }
      try {
        out.add(new EntityAlias(f[0].trim(), f[1].trim(), kind, f[3].trim()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("alias table " + sourceName + " line " + n + ": "
            + e.getMessage(), e);
      }
    }
    return out;
  }

  public static List<EntityAlias> readBundledAliases() {
    try (InputStream in = EntityIndex.class.getResourceAsStream(ALIAS_RESOURCE)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("alias table " + ALIAS_RESOURCE
            + " is not on the class path"));
      }
      return readAliases(in, ALIAS_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read alias table " + ALIAS_RESOURCE, e);
    }
  }

  /** Builds the index from the place table and alias rows; later alias rows win. */
  public static EntityIndex build(PlaceRows table, List<EntityAlias> aliases) {
    Builder b = new Builder();
    for (String[] f : table.rows()) {
      if (f[0].equals("P")) {
        Node node = new Node(f[1], Type.valueOf(f[2]), f[3].isEmpty() ? null : f[3]);
        b.nodes.put(f[1], node);
        node.common = f[5].equals("common");
        b.add(f[1], node, false);
        if (!f[4].isEmpty()) {
          for (String syn : f[4].split("\\|")) {
            b.add(syn, node, false);
          }
        }
      } else if (f[0].equals("O")) {
        Node node = new Node(f[1], Type.ORGANIZATION, null);
        b.nodes.put(f[1], node);
        b.add(f[1], node, false);
        if (!f[2].isEmpty()) {
          for (String syn : f[2].split("\\|")) {
            b.add(syn, node, false);
          }
        }
      }
    }
    for (Node n : b.nodes.values()) {
      if (n.containerLabel != null) {
        n.container = b.nodes.get(n.containerLabel);
      }
    }
    for (String[] f : table.rows()) {
      if (f[0].equals("D") || f[0].equals("A")) {
        Node place = b.nodes.get(f[2]);
        if (place != null) {
          b.add(f[1], place, true);
        }
      }
    }
    for (EntityAlias a : aliases) {
      b.apply(a);
    }
    return b.finish();
  }

  private static final class Builder {
    final Map<String, Node> nodes = new LinkedHashMap<>();
    final Map<String, List<Surface>> surfaces = new HashMap<>(1 << 15);

    void add(String text, Node node, boolean adjective) {
      boolean caps = isCapitals(text);
      String folded = NameKeys.fold(text);
      List<Surface> list = surfaces.get(folded);
      if (list == null) {
        list = new ArrayList<>(1);
        surfaces.put(folded, list);
      } else {
        // a later row for the same spelling replaces an earlier one
        list.removeIf(s -> s.capitalsOnly == caps && (!caps || s.text.equals(text)));
      }
      Surface s = new Surface(text, node, caps, adjective);
      if (caps) {
        list.add(0, s); // exact matches first
      } else {
        list.add(s);
      }
      if (folded.startsWith("the ") && !caps) {
        add(text.substring(4), node, adjective);
      }
    }

    @Nullable Node find(String name) {
      List<Surface> list = surfaces.get(NameKeys.fold(name));
      if (list == null) {
        return null;
      }
      for (Surface s : list) {
        if (!s.adjective && (!s.capitalsOnly || s.text.equals(name))) {
          return s.node;
        }
      }
      return null;
    }

    void apply(EntityAlias a) {
      Node target = find(a.target());
      switch (a.kind()) {
        case COUNTRY, PLACE, ORGANIZATION -> {
          if (target == null) {
            Type type = switch (a.kind()) {
              case COUNTRY -> Type.COUNTRY;
              case PLACE -> Type.PLACE;
              default -> Type.ORGANIZATION;
            };
            target = new Node(a.target(), type, null);
            nodes.put(a.target() + "\u0000" + nodes.size(), target);
            add(a.target(), target, false);
          }
          add(a.name(), target, false);
        }
        case SEAT -> {
          if (target == null) {
            target = new Node(a.target(), Type.COUNTRY, null);
            nodes.put(a.target() + "\u0000" + nodes.size(), target);
            add(a.target(), target, false);
          }
          Node seat = find(a.name());
          if (seat == null || !seat.isPlace()) {
            seat = new Node(a.name(), Type.SEAT, null);
            seat.container = target;
            nodes.put(a.name() + "\u0000" + nodes.size(), seat);
          }
          seat.standsFor = target;
          add(a.name(), seat, false);
        }
        case PERSON -> {
          Node person = new Node(a.target(), Type.PERSON, null);
          nodes.put(a.target() + "\u0000" + nodes.size(), person);
          add(a.name(), person, false);
          add(a.target(), person, false);
        }
        case LABEL -> {
          if (target == null) {
            throw new IllegalArgumentException("alias row LABEL '" + a.name() + "': no entity is known as '"
                + a.target() + "'");
          }
          target.label = a.name();
          add(a.name(), target, false);
        }
      }
    }

    EntityIndex finish() {
      // entities first (labels are final now), then actors and place chains
      Map<String, Entity> byKey = new HashMap<>();
      for (Node n : nodes.values()) {
        String key = n.type == Type.PERSON ? LexicalEntityResolver.NAME_PREFIX + personKey(n.label) : NameKeys.key(n.label);
        n.entity = byKey.computeIfAbsent(key, k -> new Entity(k, n.label));
      }
      for (Node n : nodes.values()) {
        n.actor = actorOf(n).entity;
        List<Entity> chain = new ArrayList<>(4);
        Set<Node> seen = new HashSet<>();
        boolean country = false;
        for (Node q = n; q != null && seen.add(q); q = q.container) {
          // entities are shared per key: identity is enough (and cheaper than record equals)
          boolean present = false;
          for (Entity e : chain) {
            present |= e == q.entity;
          }
          if (!present) {
            chain.add(q.entity);
          }
          country |= q.type == Type.COUNTRY;
          // up to the country, on through countries that contain it (England, United Kingdom),
          // and to the region holding the outermost one (Syria, Middle East)
          if (q.type == Type.COUNTRY && (q.container == null || q.container.type != Type.COUNTRY)) {
            if (q.container != null && seen.add(q.container) && q.container.entity != null) {
              chain.add(q.container.entity);
            }
            break;
          }
        }
        // a chain that never reaches a country stays the place alone
        if (!country) {
          chain = List.of(n.entity);
        }
        n.places = List.copyOf(chain);
      }
      // never changed after this, and published through a final field: no defensive copy
      Map<String, Surface[]> out = new HashMap<>(surfaces.size() * 2);
      int longest = 1;
      for (Map.Entry<String, List<Surface>> e : surfaces.entrySet()) {
        if (e.getValue().isEmpty()) {
          continue;
        }
        out.put(e.getKey(), e.getValue().toArray(new Surface[0]));
        String k = e.getKey();
        int words = 1;
        for (int i = 0; i < k.length(); i++) {
          if (k.charAt(i) == ' ') {
            words++;
          }
        }
        longest = Math.max(longest, words);
      }
      return new EntityIndex(out, Math.min(longest, 12));
    }

    private static Node actorOf(Node n) {
      if (n.standsFor != null) {
        return n.standsFor;
      }
      if (n.type == Type.CAPITAL || n.type == Type.SEAT) {
        // the country, or the outermost of nested countries (London: England, United Kingdom)
        Set<Node> seen = new HashSet<>();
        Node country = null;
        for (Node q = n.container; q != null && seen.add(q); q = q.container) {
          if (q.type == Type.COUNTRY) {
            country = q;
          } else if (country != null) {
            break;
          }
        }
        if (country != null) {
          return country;
        }
      }
      return n;
    }
  }

  static String personKey(String name) {
    String[] words = name.trim().split("\\s+");
    return NameKeys.surname(words[words.length - 1]);
  }

  public static boolean isCapitals(String text) {
    boolean letter = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }
}
