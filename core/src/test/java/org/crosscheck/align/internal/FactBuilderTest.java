package org.crosscheck.align.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.crosscheck.ArticleClaims;
import org.crosscheck.Span;
import org.crosscheck.claim.Argument;
import org.crosscheck.claim.Claim;
import org.crosscheck.claim.ClaimKind;
import org.crosscheck.claim.Modality;
import org.crosscheck.claim.Phrase;
import org.crosscheck.claim.Polarity;
import org.crosscheck.claim.Role;
import org.crosscheck.ingest.Article;
import org.crosscheck.normalize.CalendarTimeResolver;
import org.crosscheck.normalize.Entity;
import org.crosscheck.normalize.LexicalEntityResolver;
import org.crosscheck.normalize.NumericQuantityResolver;
import org.junit.jupiter.api.Test;

class FactBuilderTest {
  private final FactBuilder builder = new FactBuilder(LexicalEntityResolver.standard(), new CalendarTimeResolver(),
      new NumericQuantityResolver(), Concepts.standard());

  private List<String> speakerKeys(String speaker) {
    Span span = Span.of(0, 1);
    Argument who = new Argument(Role.SPEAKER, Argument.Slot.OTHER, new Phrase(speaker, span), "say");
    Claim claim = new Claim("a#1", "a", ClaimKind.EVENT, "we are aware", new Phrase("are aware", span), "aware",
        List.of(who), Polarity.POSITIVE, Modality.ASSERTED, span, "x");
    ArticleClaims article = new ArticleClaims(Article.of("a", "test", "x"), List.of(claim));
    return builder.facts(0, article, Optional.empty()).get(0).actors(Role.SPEAKER).stream().map(Entity::key).toList();
  }

  @Test
  void aSpeakerIsTheNameTheirWordsEndIn() {
    // the resolver alone reads these by a word of the title or affiliation
    assertThat(speakerKeys("Chargers general manager AJ Butler")).containsExactly("name:butler");
    assertThat(speakerKeys("Undersheriff James Gage")).containsExactly("name:gage");
    assertThat(speakerKeys("Bensu Elianita")).containsExactly("name:elianita");
    assertThat(speakerKeys("Zadan and Meron")).containsExactly("name:zadan", "name:meron");
    assertThat(speakerKeys("a Bukit Sama village resident")).doesNotContain("name:resident");
  }
  /** The facts of a claim of "set" with one argument. */
  private ClaimFacts factsOfSet(Argument argument) {
    Span span = Span.of(0, 1);
    Claim claim = new Claim("a#1", "a", ClaimKind.EVENT, "x", new Phrase("set", span), "set",
        List.of(argument), Polarity.POSITIVE, Modality.ASSERTED, span, "x");
    ArticleClaims article = new ArticleClaims(Article.of("a", "test", "x"), List.of(claim));
    return builder.facts(0, article, Optional.empty()).get(0);
  }

  private String timeText(Argument argument) {
    return factsOfSet(argument).timeText();
  }

  @Test
  void aBareDateReadAsAnObjectIsADatelineNotTheClaimsTime() {
    Span span = Span.of(0, 1);
    // "Published at 12:45, Wednesday, 12 June 2013 A provisional trial date has been set"
    assertThat(timeText(new Argument(Role.PATIENT, Argument.Slot.OBJECT, new Phrase("12 June 2013", span), "")))
        .isEmpty();
    // "ended a truck on Pacific Coast Highway on June 11": the date the parse put into the object
    assertThat(timeText(new Argument(Role.PATIENT, Argument.Slot.OBJECT,
        new Phrase("a truck on Pacific Coast Highway on June 11", span), ""))).isEqualTo("on june 11");
  }

  private java.util.Map<Role, List<org.crosscheck.normalize.Quantity>> amounts(String time) {
    return factsOfSet(new Argument(Role.TIME, Argument.Slot.OTHER, new Phrase(time, Span.of(0, 1)), "in")).quantities();
  }

  @Test
  void aCountTheParseHungOnATimeIsTheClaimsAmountNotATime() {
    // "he also set the NFL rookie record for most passing yards in a season with 4, 051 yards"
    var yards = amounts("a season with 4,051 yards");
    assertThat(yards.keySet()).containsExactly(Role.QUANTITY);
    assertThat(yards.get(Role.QUANTITY)).singleElement()
        .satisfies(q -> assertThat(q.value()).isEqualTo(4051.0))
        .satisfies(q -> assertThat(q.unit()).isEqualTo("yard"));
    // times measured in time units, and dates, stay times
    assertThat(amounts("just over three seasons")).isEmpty();
    assertThat(amounts("the past two weeks")).isEmpty();
    assertThat(amounts("2011")).isEmpty();
  }
}
