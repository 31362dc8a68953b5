package org.crosscheck.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A question asserts nothing; a sentence that reports one does. */
class QuestionsTest {

  @Test
  void aQuestionGivesNoClaim() {
    // "Did you feel the earthquake?" (ECB+ 38_5ecbplus), a UD EWT style tree checked by hand
    assertThat(Trees.sentence("""
        Did AUX do 3 aux
        you PRON you 3 nsubj
        feel VERB feel 0 root
        the DET the 5 det
        earthquake NOUN earthquake 3 obj
        ? PUNCT ? 3 punct
        """).claims()).isEmpty();
  }

  @Test
  void theSameWordsStatedGiveAClaim() {
    assertThat(Trees.sentence("""
        You PRON you 2 nsubj
        felt VERB feel 0 root
        the DET the 4 det
        earthquake NOUN earthquake 2 obj
        . PUNCT . 2 punct
        """).claims()).extracting(Claim::lemma).containsExactly("feel");
  }

  @Test
  void aQuestionIsTheSentenceThatEndsInOneNotOneItReports() {
    assertThat(DependencyClaimExtractor.isQuestion("Did you feel the earthquake? ")).isTrue();
    assertThat(DependencyClaimExtractor.isQuestion("\u201cWho fired first?\u201d")).isTrue();
    assertThat(DependencyClaimExtractor.isQuestion("\"Why?\" he asked.")).isFalse();
    assertThat(DependencyClaimExtractor.isQuestion("Police fired first.")).isFalse();
  }
}
