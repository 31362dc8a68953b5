package org.crosscheck.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.analysis.MentionType;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private final Gazetteer gazetteer = Gazetteer.load();

  @Test
  void typesPlacesPeopleAndOrganisationsFromWordNet() {
    assertThat(gazetteer.type("Turkey")).contains(MentionType.PLACE);
    assertThat(gazetteer.type("Damascus")).contains(MentionType.PLACE);
    assertThat(gazetteer.type("Europe")).contains(MentionType.PLACE);
    assertThat(gazetteer.type("Middle East")).contains(MentionType.PLACE);
    assertThat(gazetteer.type("Vladimir Putin")).contains(MentionType.PERSON);
    assertThat(gazetteer.type("NATO")).contains(MentionType.ORGANIZATION);
    assertThat(gazetteer.type("United Nations")).contains(MentionType.ORGANIZATION);
    assertThat(gazetteer.type("Hamas")).contains(MentionType.ORGANIZATION);
    assertThat(gazetteer.type("White House")).contains(MentionType.ORGANIZATION);
    assertThat(gazetteer.type("Kremlin")).contains(MentionType.PLACE);
    // postal codes of US states are not names
    assertThat(gazetteer.type("IN")).isEmpty();
    assertThat(gazetteer.type("US")).contains(MentionType.PLACE);
    // descriptions with lower-case words are not names
    assertThat(gazetteer.type("Turkish capital")).isEmpty();
    assertThat(gazetteer.type("turkey")).isEmpty();
    assertThat(gazetteer.nameCount()).isGreaterThan(10_000);
  }

  @Test
  void placeAdjectivesPointToTheirPlaces() {
    assertThat(gazetteer.placeOfAdjective("Turkish")).contains("Turkey");
    assertThat(gazetteer.placeOfAdjective("Syrian")).contains("Syria");
    assertThat(gazetteer.placeOfAdjective("Russian")).contains("Russia");
    assertThat(gazetteer.placeOfAdjective("green")).isEmpty();
    assertThat(gazetteer.adjectiveCount()).isGreaterThan(300);
  }

  @Test
  void givenNamesComeFromSeveralPeople() {
    assertThat(gazetteer.isFirstName("John")).isTrue();
    assertThat(gazetteer.isFirstName("Turkey")).isFalse();
    assertThat(gazetteer.isFirstName("Santa")).isFalse();
  }

  @Test
  void generatorOnlyKeepsCapitalisedNames() {
    assertThat(GazetteerGenerator.isName("Bank of England")).isTrue();
    assertThat(GazetteerGenerator.isName("Bashar al-Assad")).isTrue();
    assertThat(GazetteerGenerator.isName("Russian capital")).isFalse();
    assertThat(GazetteerGenerator.isName("x")).isFalse();
  }
}
