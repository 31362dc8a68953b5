package org.crosscheck.analysis.internal;

import java.util.List;
import org.crosscheck.analysis.Mention;
import org.crosscheck.analysis.Sentence;

public final class MentionFinder {
  public MentionFinder(Gazetteer g) {}
  public List<Mention> find(String text, List<Sentence> sentences) { return List.of(); }
}
