package org.crosscheck.analysis.internal.parser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads CoNLL-U files, keeping syntactic words and skipping multiword-token ranges and empty nodes. */
public final class ConlluReader {
  private ConlluReader() {}

  public static List<ConlluSentence> read(Path file) {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read CoNLL-U file " + file, e);
    }
  }

  static List<ConlluSentence> read(BufferedReader reader, String source) throws IOException {
    List<ConlluSentence> sentences = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    List<Integer> heads = new ArrayList<>();
    List<String> relations = new ArrayList<>();
    List<ConlluSentence.SurfaceToken> tokens = new ArrayList<>();
    int rangeEnd = -1; // last word id covered by the current multiword token
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (line.isBlank()) {
        if (!words.isEmpty()) {
          sentences.add(new ConlluSentence(words, tags,
              heads.stream().mapToInt(Integer::intValue).toArray(), relations, tokens));
          tokens.clear();
          rangeEnd = -1;
          words.clear();
          tags.clear();
          heads.clear();
          relations.clear();
        }
        continue;
      }
      if (line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t", -1);
      if (columns.length != 10) {
        throw new IllegalArgumentException(source + ":" + lineNumber + ": expected 10 columns, found "
            + columns.length);
      }
      String id = columns[0];
      int dash = id.indexOf('-');
      if (dash >= 0) {
        // multiword token: its words follow on their own lines
        int first = Integer.parseInt(id.substring(0, dash));
        rangeEnd = Integer.parseInt(id.substring(dash + 1));
        tokens.add(new ConlluSentence.SurfaceToken(columns[1], first - 1, rangeEnd - first + 1));
        continue;
      }
      if (id.indexOf('.') >= 0) {
        continue; // empty node: not part of the basic tree
      }
      if (Integer.parseInt(id) > rangeEnd) {
        tokens.add(new ConlluSentence.SurfaceToken(columns[1], words.size(), 1));
      }
      words.add(columns[1]);
      tags.add(columns[3]);
      heads.add(Integer.parseInt(columns[6]) - 1);
      relations.add(RelationLabels.normalize(columns[7]));
    }
    if (!words.isEmpty()) {
      sentences.add(new ConlluSentence(words, tags, heads.stream().mapToInt(Integer::intValue).toArray(),
          relations, tokens));
    }
    return sentences;
  }
}
