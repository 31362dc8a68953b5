package org.crosscheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumericQuantityResolverTest {

  private final QuantityResolver resolver = new NumericQuantityResolver();

  private Quantity q(String phrase) {
    return resolver.resolve(phrase).orElseThrow(() -> new AssertionError("no quantity in: " + phrase));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "12 people | 12 | person | false",
      "twelve people | 12 | person | false",
      "12 persons | 12 | person | false",
      "12 dead | 12 | person | false",
      "12 people killed | 12 | person | false",
      "killed 12 | 12 | '' | false",
      "12 Turkish soldiers | 12 | soldier | false",
      "12 other soldiers | 12 | soldier | false",
      "12 wounded soldiers | 12 | soldier | false",
      "20 casualties | 20 | casualty | false",
      "two co-workers | 2 | co-worker | false",
      "two bomb threats | 2 | threat | false",
      "7 Villages Damaged | 7 | village | false",
      "12 Syrian soldiers | 12 | soldier | false",
      "600 were killed | 600 | '' | false",
      "150 million over seven years | 150000000 | '' | false",
      "a 6.1 earthquake | 6.1 | magnitude | false",
      "two earthquakes | 2 | earthquake | false",
      "On 15 March, 12 people were killed | 12 | person | false",
      "March 15, 2023: 12 dead | 12 | person | false",
      "in 2011, 300 soldiers | 300 | soldier | false",
      "Dec. 12 protests drew 5,000 people | 5000 | person | false",
      "2011 | 2011 | '' | false",
      "three children | 3 | child | false",
      "twenty-five women | 25 | woman | false",
      "two dozen houses | 24 | house | false",
      "2,000 | 2000 | '' | false",
      "2, 000 people | 2000 | person | false",
      "1,500,000 | 1500000 | '' | false",
      "1.5 million | 1500000 | '' | false",
      "1.5 million people | 1500000 | person | false",
      "$5 million | 5000000 | usd | false",
      "5 million dollars | 5000000 | usd | false",
      "$5m | 5000000 | usd | false",
      "US$ 2.5 billion | 2500000000 | usd | false",
      "€300 | 300 | eur | false",
      "40% | 40 | percent | false",
      "40 percent | 40 | percent | false",
      "40 per cent | 40 | percent | false",
      "a 6.1-magnitude earthquake | 6.1 | magnitude | false",
      "magnitude 6.1 | 6.1 | magnitude | false",
      "a magnitude-7.0 quake | 7.0 | magnitude | false",
      "6.1 magnitude | 6.1 | magnitude | false",
      "6.1 on the Richter scale | 6.1 | magnitude | false",
      "12-year | 12 | year | false",
      "Syria's 12-year uprising-turned-civil war | 12 | year | false",
      "the 33-year-old actress | 33 | year | false",
      "300 km | 300 | km | false",
      "20 miles | 20 | mile | false",
      "5 kilograms | 5 | kg | false",
      "10 tonnes | 10 | ton | false",
      "90-day stay | 90 | day | false",
      "at least 40 people | 40 | person | true",
      "about 40 | 40 | '' | true",
      "nearly 40 | 40 | '' | true",
      "more than 40 | 40 | '' | true",
      "some 40 villages | 40 | village | true",
      "an estimated 40 | 40 | '' | true",
      "up to 40 | 40 | '' | true",
      "as many as 40 | 40 | '' | true",
      "40 or more | 40 | '' | true",
      "thousands | 1000 | '' | true",
      "thousands of people | 1000 | person | true",
      "dozens of soldiers | 12 | soldier | true",
      "hundreds | 100 | '' | true",
      "tens of thousands | 10000 | '' | true",
      "hundreds of thousands of refugees | 100000 | refugee | true",
      "between 40 and 50 people | 40 | person | true",
      "40-50 people | 40 | person | true",
  })
  void reads(String phrase, double value, String unit, boolean approximate) {
    Quantity quantity = q(phrase);
    assertThat(quantity.value()).as(phrase).isCloseTo(value, within(1e-6));
    assertThat(quantity.unit()).as(phrase).isEqualTo(unit);
    assertThat(quantity.approximate()).as(phrase).isEqualTo(approximate);
  }

  @Test
  void boundsFollowTheWording() {
    assertThat(q("12 people")).extracting(Quantity::low, Quantity::high).containsExactly(12.0, 12.0);
    assertThat(q("at least 40")).extracting(Quantity::low, Quantity::high)
        .containsExactly(40.0, Double.POSITIVE_INFINITY);
    assertThat(q("up to 40")).extracting(Quantity::low, Quantity::high).containsExactly(0.0, 40.0);
    assertThat(q("nearly 40").high()).isEqualTo(40.0);
    assertThat(q("1.5 million").low()).isCloseTo(1_450_000, within(1e-3));
    assertThat(q("1.5 million").high()).isCloseTo(1_550_000, within(1e-3));
    assertThat(q("2 million").low()).isCloseTo(1_900_000, within(1e-3));
    assertThat(q("dozens").high()).isEqualTo(144.0);
    assertThat(q("hundreds of thousands").high()).isEqualTo(1_000_000.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "no one", "several people", "many", "a few soldiers", "the 12th victim",
      "tens", "on Wednesday", "26 September", "on March 15, 2023", "in 2011"})
  void noQuantity(String phrase) {
    assertThat(resolver.resolve(phrase)).isEmpty();
  }

  @Test
  void aWonLostRecordIsWinsAndLossesNotARange() {
    assertThat(resolver.resolveAll("Cheeks compiled a 162-139 record in three-plus seasons", 55))
        .startsWith(Quantity.exact(162, "win"), Quantity.exact(139, "loss"));
    assertThat(resolver.resolveAll("Cheeks compiled a mark of 122-147 (.454)", 40))
        .startsWith(Quantity.exact(122, "win"), Quantity.exact(147, "loss"));
    // elsewhere two numbers joined by a hyphen are a range, and a score is no record
    assertThat(q("40-50 people")).extracting(Quantity::low, Quantity::high).containsExactly(40.0, 50.0);
    assertThat(resolver.resolveAll("they won 5-3", 12)).noneMatch(x -> x.unit().equals("win"));
  }

  @Test
  void compatibility() {
    assertThat(Quantities.compatible(q("12 people killed"), q("20 people killed")))
        .isEqualTo(QuantityComparison.DIFFERENT);
    assertThat(Quantities.compatible(q("12 people"), q("twelve persons"))).isEqualTo(QuantityComparison.SAME);
    assertThat(Quantities.compatible(q("12 dead"), q("12 people"))).isEqualTo(QuantityComparison.SAME);
    assertThat(Quantities.compatible(q("at least 40 people"), q("45 people"))).isEqualTo(QuantityComparison.SAME);
    assertThat(Quantities.compatible(q("at least 40 people"), q("30 people")))
        .isEqualTo(QuantityComparison.DIFFERENT);
    assertThat(Quantities.compatible(q("dozens of people"), q("30 people"))).isEqualTo(QuantityComparison.SAME);
    assertThat(Quantities.compatible(q("dozens of people"), q("2,000 people")))
        .isEqualTo(QuantityComparison.DIFFERENT);
    assertThat(Quantities.compatible(q("thousands of people"), q("2, 000 people")))
        .isEqualTo(QuantityComparison.SAME);
    assertThat(Quantities.compatible(q("about 40"), q("45"))).isEqualTo(QuantityComparison.SAME);
    assertThat(Quantities.compatible(q("about 40"), q("60"))).isEqualTo(QuantityComparison.DIFFERENT);
    assertThat(Quantities.compatible(q("1.5 million"), q("1,523,000"))).isEqualTo(QuantityComparison.SAME);
    assertThat(Quantities.compatible(q("1.5 million"), q("2 million"))).isEqualTo(QuantityComparison.DIFFERENT);
    assertThat(Quantities.compatible(q("$5 million"), q("5 million dollars"))).isEqualTo(QuantityComparison.SAME);
    assertThat(Quantities.compatible(q("a 6.1-magnitude earthquake"), q("magnitude 6.1")))
        .isEqualTo(QuantityComparison.SAME);
    assertThat(Quantities.compatible(q("a 6.1-magnitude earthquake"), q("a magnitude 5.8 quake")))
        .isEqualTo(QuantityComparison.DIFFERENT);
    assertThat(Quantities.compatible(q("12 people"), q("12 km"))).isEqualTo(QuantityComparison.INCOMPARABLE);
    assertThat(Quantities.compatible(q("12 people"), q("12"))).isEqualTo(QuantityComparison.INCOMPARABLE);
    assertThat(NumericQuantityResolver.compatible(q("40%"), q("40 percent"))).isEqualTo(QuantityComparison.SAME);
  }

  @Test
  void quantityValidatesItsBounds() {
    assertThat(new Quantity(40, "person", true)).extracting(Quantity::low, Quantity::high)
        .containsExactly(32.0, 48.0);
    assertThat(new Quantity(12, "person", false)).isEqualTo(Quantity.exact(12, "person"));
    assertThatThrownBy(() -> new Quantity(50, "person", true, 0, 40))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("50.0 person");
    assertThatThrownBy(() -> new Quantity(Double.NaN, "", false)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void neverThrowsOnRandomText() {
    Random random = new Random(12);
    String alphabet = "0123456789 ,.-$%€£+abcdefghijklmnopqrstuvwxyzAPT";
    String[] words = {"at", "least", "about", "12", "2", ",", "000", "1.5", "million", "$", "%",
        "dozens", "of", "thousands", "people", "-", "magnitude", "year", "to", "and", "between",
        "or", "more", "99999999999999999999", "twenty", "th", "m", "a", "dozen", "tens", "."};
    for (int n = 0; n < 20000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(8);
      for (int k = 0; k < len; k++) {
        if (random.nextBoolean()) {
          sb.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
        } else {
          for (int c = random.nextInt(6); c > 0; c--) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
          }
        }
      }
      String s = sb.toString();
      assertThatCode(() -> resolver.resolve(s)).as(s).doesNotThrowAnyException();
    }
  }

  @Test
  void absurdScalesAreNotQuantities() {
    assertThatCode(() -> resolver.resolve("999999999999999 trillion trillion trillion trillion trillion"))
        .doesNotThrowAnyException();
    assertThat(resolver.resolve("2 trillion trillion")).isEmpty();
  }


  @Test
  void everyAmountOfAPhraseIsReadInTheOrderWritten() {
    assertThat(resolver.resolveAll("Brand's 15.9 points and 10 rebounds", 35))
        .extracting(Quantity::value, Quantity::unit)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(15.9, "point"), org.assertj.core.groups.Tuple.tuple(10.0, "rebound"));
  }

  @Test
  void aNumberEndingTheArgumentTakesItsUnitFromTheWordsAfterIt() {
    // the argument "on five", then the rest of its sentence
    assertThat(resolver.resolveAll("on five TDCJ officers in Huntsville", "on five".length()))
        .extracting(Quantity::value, Quantity::unit)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(5.0, "officer"));
    assertThat(resolver.resolveAll("the crowd of 12 fans", "the crowd".length())).isEmpty();
  }

  @Test
  void qualifiersHoldForTheirOwnNumberOnly() {
    assertThat(resolver.resolveAll("at least 3 dead and 12 injured", 30))
        .extracting(Quantity::high).containsExactly(Double.POSITIVE_INFINITY, 12.0);
  }

  @Test
  void aDecadeIsNoAmount() {
    assertThat(resolver.resolve("the 1950s pin-up model")).isEmpty();
  }

  @Test
  void anAgeSetOffAfterANameIsThatPersonsAgeNotACount() {
    assertThat(q("Zurana Horton, 34")).isEqualTo(Quantity.exact(34, "age of horton"));
    assertThat(q("Andrew Lopez, 20, and Jonathan Carrasquillo, 24")).isEqualTo(Quantity.exact(20, "age of lopez"));
    // a count after a date or a place is no age
    assertThat(q("On 15 March, 12 people were killed")).isEqualTo(Quantity.exact(12, "person"));
    assertThat(q("In Aceh, 24 died")).isEqualTo(Quantity.exact(24, "person"));
    assertThat(q("Horton, 340")).isEqualTo(Quantity.exact(340, ""));
  }
}
