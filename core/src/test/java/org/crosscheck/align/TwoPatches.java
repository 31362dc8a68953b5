package org.crosscheck.align;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.align.internal.ClaimFacts;
import org.crosscheck.claim.Role;

/**
 * Four sources on two emergency patches Microsoft released for Internet Explorer five years apart:
 * sources 0 and 1 on the patch of December 2008, sources 2 and 3 on the Fix It tool of September
 * 2013. Every source names the same company and browser; only their words tell the two apart.
 */
public final class TwoPatches {
  /** The sentences of each source; the first reports the release. */
  public static final List<List<String>> SENTENCES = List.of(
      List.of("Microsoft released an emergency patch for Internet Explorer on Wednesday, a week after hackers"
              + " began exploiting the flaw.",
          "The out-of-band update, MS08-078, fixes a hole that attackers used to steal passwords from millions"
              + " of computers."),
      List.of("Microsoft on Wednesday released an emergency patch for Internet Explorer after hackers exploited"
              + " the flaw to steal passwords.",
          "The update, known as MS08-078, plugs a hole that put millions of computers at risk."),
      List.of("Microsoft released a temporary Fix It tool for Internet Explorer on Tuesday, after attacks on a"
              + " zero-day bug in Japan.",
          "The September 2013 workaround protects versions 8 and 9 of the browser until October."),
      List.of("Microsoft on Tuesday released a Fix It tool to block attacks in Japan on a zero-day bug in Internet"
              + " Explorer.",
          "The temporary workaround protects users until October, Microsoft said in September 2013."));

  private TwoPatches() {}

  /** What each source's second sentence says the patch does (its predicate). */
  private static final List<String> SECOND = List.of("fix", "plug", "protect", "protect");

  /**
   * One claim per sentence, each of Microsoft (its agent) and Internet Explorer (its patient):
   * the release, then what the patch does.
   */
  public static List<ClaimFacts> claims() {
    List<ClaimFacts> out = new ArrayList<>();
    for (int s = 0; s < SENTENCES.size(); s++) {
      out.add(claim(s, "release", SENTENCES.get(s).get(0)));
      out.add(claim(s, SECOND.get(s), SENTENCES.get(s).get(1)));
    }
    return out;
  }

  private static ClaimFacts claim(int source, String lemma, String sentence) {
    return Facts.of(source, lemma).with(Role.AGENT, "Microsoft").with(Role.PATIENT, "Internet Explorer")
        .sentence(sentence).build();
  }
}
