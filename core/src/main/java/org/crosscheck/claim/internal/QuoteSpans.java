package org.crosscheck.claim.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.analysis.Sentence;
import org.crosscheck.claim.Argument;
import org.crosscheck.claim.Role;

/**
 * Quotes that run over several sentences: “There is a tendency toward escalation. This also
 * applies to Syria,” Putin said. The sentences before the one that closes the quote get the
 * speaker named after it.
 */
public final class QuoteSpans {
  private QuoteSpans() {}

  /** Adds the closing sentence's speaker to the claims of the sentences the quote spans. */
  public static void attributeAcrossSentences(List<Sentence> sentences, String text, List<List<ClaimDraft>> drafts) {
    int opened = -1;
    for (int s = 0; s < sentences.size(); s++) {
      boolean unbalanced = quoteMarks(sentences.get(s).span().coveredText(text)) % 2 == 1;
      if (!unbalanced) {
        continue;
      }
      if (opened < 0) {
        opened = s;
        continue;
      }
      // “… OK.” Pigeon said police spent …: a quote closed before the sentence began is not its speaker's
      boolean closedAtStart = startsWithQuoteMark(sentences.get(s).span().coveredText(text));
      Optional<Argument> speaker = closedAtStart ? Optional.empty() : speakerOf(drafts.get(s));
      if (speaker.isPresent()) {
        for (int q = opened; q < s; q++) {
          drafts.set(q, withSpeaker(drafts.get(q), speaker.get()));
        }
      }
      opened = -1;
    }
  }

  private static int quoteMarks(String sentence) {
    int n = 0;
    for (int i = 0; i < sentence.length(); i++) {
      if (isQuoteMark(sentence.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static boolean startsWithQuoteMark(String sentence) {
    String s = sentence.strip();
    return !s.isEmpty() && isQuoteMark(s.charAt(0));
  }

  private static boolean isQuoteMark(char c) {
    return c == '"' || c == '\u201C' || c == '\u201D';
  }

  private static Optional<Argument> speakerOf(List<ClaimDraft> drafts) {
    for (ClaimDraft d : drafts) {
      for (Argument a : d.arguments()) {
        if (a.role() == Role.SPEAKER) {
          return Optional.of(a);
        }
      }
    }
    return Optional.empty();
  }

  private static List<ClaimDraft> withSpeaker(List<ClaimDraft> drafts, Argument speaker) {
    List<ClaimDraft> out = new ArrayList<>(drafts.size());
    for (ClaimDraft d : drafts) {
      if (d.arguments().stream().anyMatch(a -> a.role() == Role.SPEAKER)) {
        out.add(d);
        continue;
      }
      List<Argument> args = new ArrayList<>(d.arguments());
      args.add(speaker);
      String text = d.text() + " (" + speaker.marker() + ": " + speaker.text() + ")";
      out.add(new ClaimDraft(d.anchor(), d.kind(), text, d.predicate(), d.lemma(), args, d.polarity(), d.modality()));
    }
    return out;
  }
}
