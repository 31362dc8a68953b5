package org.crosscheck.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.crosscheck.ingest.Article;
import org.junit.jupiter.api.Test;

/**
 * Pages written for these tests (not taken from the seeds), with other sites' menus, cookie
 * prompts, comment forms, related-article lists and footers, and prose that mentions
 * "subscribe", "share", "follow" or "newsletter" and must stay.
 */
class InventedPagesTest {

  private final HeuristicBoilerplateCleaner cleaner = new HeuristicBoilerplateCleaner();

  private static Article page(String name) throws IOException {
    try (InputStream in = InventedPagesTest.class.getResourceAsStream("/clean/pages/" + name)) {
      assertThat(in).as(name).isNotNull();
      return Article.of(name, name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private List<String> kept(Article article) {
    return cleaner.clean(article).body().stream().map(s -> s.coveredText(article.text())).toList();
  }

  @Test
  void localNewsSiteLosesMenusCookiePromptRelatedListAndFooter() throws IOException {
    List<String> kept = kept(page("city-council.txt"));
    assertThat(kept).containsExactly(
        "Council Approves New Water Treatment Plant After Two-Year Delay",
        "The Northfield city council voted 7 to 2 on Monday evening to approve a new water"
            + " treatment plant, ending a dispute that had stalled the project for two years.",
        "The plant will cost an estimated 48 million euros and is expected to open in 2027,"
            + " according to the city's planning department.",
        "Residents who subscribe to the municipal water alert service will receive a text message"
            + " whenever the supply is interrupted during construction, the utility said.",
        "Two councillors had argued that the original site, near the river meadows, would flood in"
            + " wet winters. An independent survey published in March found that the risk was low.",
        "\"We have listened to every objection, and this plan answers them,\" said deputy mayor"
            + " Tomas Berg.");
  }

  @Test
  void blogLosesShareButtonsCommentFormAndRelatedLabel() throws IOException {
    List<String> kept = kept(page("science-blog.txt"));
    assertThat(kept).containsExactly(
        "Telescope Spots Water Vapour Around Distant Planet",
        "Astronomers using a ground-based telescope in Chile have detected water vapour in the"
            + " atmosphere of a planet orbiting a star 120 light years away.",
        "The team measured how starlight dimmed as the planet passed in front of its star, and found"
            + " the signature of water at several wavelengths.",
        "The researchers plan to observe the planet again next year with a space telescope, which"
            + " can measure the atmosphere's temperature more precisely.",
        "Readers can follow the observations on the observatory's public website, where the team"
            + " posts raw data every week, the lead author said.");
  }

  @Test
  void inArticlePromptsGoButProseMentioningNewslettersAndSharingStays() throws IOException {
    Article article = page("harbour-post.txt");
    List<String> kept = kept(article);
    assertThat(kept).containsExactly(
        "Fishing Quotas Cut by a Fifth as Cod Stocks Fall",
        "The fisheries ministry on Thursday cut the national cod quota by 20 percent for next year,"
            + " citing a third consecutive fall in spawning stocks.",
        "The ministry's weekly newsletter, first published in 2019, listed the new quotas alongside"
            + " catch figures for the past decade.",
        "Fishing associations said the cut would cost the industry about 30 million kroner, and"
            + " several boat owners told reporters they would share vessels to reduce costs.",
        "Scientists at the marine institute said the stock could recover within five years if the"
            + " lower quota is kept.");
    assertThat(cleaner.clean(article).removed())
        .anySatisfy(r -> assertThat(r.span().coveredText(article.text()))
            .startsWith("The Harbour Post is an independent newsroom"));
  }

  @Test
  void wireStoryLosesBylineReadingTimeAdSlotCreditsAndReadNextList() throws IOException {
    List<String> kept = kept(page("rate-decision.txt"));
    assertThat(kept).containsExactly(
        "Central Bank Holds Rates Steady, Signals Cuts Later This Year",
        "FRANKFURT, March 7 (Wire) - The central bank kept its main interest rate at 4 percent on"
            + " Thursday, as expected, but said it could start cutting in the summer.",
        "\"We are not there yet,\" the bank's president told a news conference.",
        "Inflation fell to 2.6 percent in February.",
        "Economists polled last week had unanimously expected no change.",
        "The bank's decision was taken unanimously, she added.");
  }

  @Test
  void breakingNewsPageLosesBreadcrumbsCaptionReaderPromptsAndConsentBanner() throws IOException {
    List<String> kept = kept(page("quake-live.txt"));
    assertThat(kept).containsExactly(
        "Strong Earthquake Shakes Northern Region, Buildings Damaged",
        "A magnitude 6.4 earthquake struck the northern region early on Tuesday, damaging dozens of"
            + " buildings and cutting power to thousands of homes, officials said.",
        "At least 12 people were injured, the regional health office said. There were no immediate"
            + " reports of deaths.",
        "The quake was centred 10 km below the surface near the town of Arlen, according to the"
            + " national seismology institute.",
        "Aftershocks are likely in the coming days, the institute warned, and residents were told to"
            + " stay out of damaged buildings.");
  }

  @Test
  void longSentenceWithCueWordInTheMiddleIsKept() {
    String text = "Mayor Resigns\n\n"
        + "The mayor resigned on Friday after an audit found that 4,000 residents who had paid to"
        + " subscribe to the city's parking scheme were charged twice, officials said.\n\n"
        + "Subscribe to our newsletter\n";
    Article article = Article.of("m", "m", text);
    assertThat(kept(article)).containsExactly("Mayor Resigns",
        "The mayor resigned on Friday after an audit found that 4,000 residents who had paid to"
            + " subscribe to the city's parking scheme were charged twice, officials said.");
  }

  @Test
  void linkListsAndPipeMenusGo() {
    String text = "World » Europe » Politics\n"
        + "Ministers Agree on Rail Link Funding\n"
        + "Transport ministers from three countries agreed on Tuesday to share the cost of a new"
        + " rail link, a spokesman said.\n"
        + "More at https://example.org/rail | Print | Email\n"
        + "Contact the desk: desk@example.org\n";
    Article article = Article.of("r", "r", text);
    assertThat(kept(article)).containsExactly("Ministers Agree on Rail Link Funding",
        "Transport ministers from three countries agreed on Tuesday to share the cost of a new"
            + " rail link, a spokesman said.");
  }

  @Test
  void htmlArticleFromTheReaderKeepsItsParagraphs() throws Exception {
    java.nio.file.Path page = java.nio.file.Path.of(
        InventedPagesTest.class.getResource("/ingest/bridge.html").toURI());
    Article article = org.crosscheck.ingest.ArticleReader.withDefaults()
        .read(List.of(page)).articles().get(0);
    List<String> kept = kept(article);
    assertThat(kept).startsWith("Old Bridge Reopens After Repairs");
    assertThat(kept).contains(
        "The old stone bridge over the Mill river reopened to traffic on Saturday after eight"
            + " months of repairs, the county roads department said.",
        "The work cost 2.4 million dollars, about a third more than planned.",
        "New steel supports under the central arch.",
        "\"It is stronger now than when it was built,\" the county engineer said.");
  }

  @Test
  void proseUsingCueWordsStays() {
    String text = "Poll Shows Shift\n\n"
        + "Labour remains the most popular party among young voters, the poll found.\n"
        + "Voters want to read more about the candidates' plans, the pollster said.\n"
        + "Related charges were filed against two other men, prosecutors said.\n"
        + "The email, seen by reporters, was sent on Friday.\n";
    Article article = Article.of("p", "p", text);
    assertThat(kept(article)).hasSize(5);
  }

  @Test
  void emptyAndBlankTextsGiveNoBlocks() {
    CleanedArticle cleaned = cleaner.clean(Article.of("e", "e", " \n\n \t\n"));
    assertThat(cleaned.body()).isEmpty();
    assertThat(cleaned.removed()).isEmpty();
  }

  @Test
  void windowsLineEndingsKeepExactSpans() {
    String text = "Storm Hits Coast\r\n\r\nThe storm reached the coast at dawn, the weather"
        + " service said.\r\nAll rights reserved.\r\n";
    Article article = Article.of("w", "w", text);
    CleanedArticle cleaned = cleaner.clean(article);
    assertThat(kept(article)).containsExactly("Storm Hits Coast",
        "The storm reached the coast at dawn, the weather service said.");
    assertThat(cleaned.body().get(1).begin()).isEqualTo(text.indexOf("The storm"));
    assertThat(cleaned.removed()).singleElement()
        .satisfies(r -> assertThat(r.span().coveredText(text)).isEqualTo("All rights reserved."));
  }
}
