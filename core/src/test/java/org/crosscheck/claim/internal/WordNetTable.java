package org.crosscheck.claim.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/** Writes a generated lexicon table: one comment line saying where it comes from, then the rows. */
final class WordNetTable {
  private WordNetTable() {}

  static void write(Path out, String header, Collection<String> rows) throws IOException {
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("# " + header + "\n");
      for (String row : rows) {
        w.write(row);
        w.write('\n');
      }
    }
    System.out.println("wrote " + rows.size() + " rows to " + out);
  }
}
