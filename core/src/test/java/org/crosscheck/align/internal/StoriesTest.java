package org.crosscheck.align.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.align.Facts;
import org.crosscheck.align.TwoPatches;
import org.crosscheck.claim.Role;
import org.junit.jupiter.api.Test;

class StoriesTest {

  @Test
  void lookAlikeEventsNamingTheSamePeopleAreToldApartByTheirWords() {
    Stories stories = Stories.of(TwoPatches.claims());
    assertThat(stories.alike(0, 1)).isTrue();
    assertThat(stories.alike(2, 3)).isTrue();
    assertThat(stories.alike(0, 2)).isFalse();
    assertThat(stories.alike(1, 3)).isFalse();
    assertThat(stories.story(0)).isEqualTo(stories.story(1)).isNotEqualTo(stories.story(2));
    assertThat(stories.similarity(0, 1)).isGreaterThan(stories.similarity(0, 2));
  }

  @Test
  void wordsOfTheirOwnDoNotKeepTwoSourcesOfOneStoryApart() {
    // the same release told with two shared sentences and four of each source's own
    String shared1 = "Microsoft released an emergency patch for Internet Explorer on Wednesday.";
    String shared2 = "Hackers exploited the flaw to steal passwords from millions of computers.";
    Stories stories = Stories.of(sources(List.of(
        List.of(shared1, shared2, "Security firms in Finland had urged users to switch browsers.",
            "Shares of the software giant closed slightly lower in Nasdaq trading.",
            "Analysts called the unusual step a sign of how serious the danger was.",
            "Corporate administrators rushed to test the fix before deploying it."),
        List.of(shared1, shared2, "Gamers reported crashes after installing the download.",
            "Chinese websites hosted most of the malicious code, researchers found.",
            "The company usually ships its fixes on the second Tuesday of each month.",
            "Rival Mozilla saw a surge in Firefox downloads during the week."))));
    assertThat(stories.alike(0, 1)).isTrue();
  }

  @Test
  void sourcesSharingNoNameAreNoStory() {
    Stories stories = Stories.of(List.of(
        Facts.of(0, "release").with(Role.AGENT, "Microsoft").sentence("Microsoft released a patch on Tuesday.").build(),
        Facts.of(1, "release").with(Role.AGENT, "Apple").sentence("Apple released a patch on Tuesday.").build()));
    assertThat(stories.alike(0, 1)).isFalse();
    assertThat(stories.story(0)).isNotEqualTo(stories.story(1));
  }

  @Test
  void storyWordsLeaveOutFunctionWordsAndSingleCharacters() {
    assertThat(Stories.words("The update, known as MS08-078, was released on Sept. 9 by Microsoft's team"))
        .containsExactly("update", "known", "ms08", "078", "released", "sept", "microsoft", "team");
  }

  /** Each list of sentences one source, each sentence a claim of Microsoft about Internet Explorer. */
  private static List<ClaimFacts> sources(List<List<String>> sentencesPerSource) {
    List<ClaimFacts> out = new ArrayList<>();
    for (int s = 0; s < sentencesPerSource.size(); s++) {
      for (String sentence : sentencesPerSource.get(s)) {
        out.add(Facts.of(s, "release").with(Role.AGENT, "Microsoft").with(Role.PATIENT, "Internet Explorer")
            .sentence(sentence).build());
      }
    }
    return out;
  }
}
