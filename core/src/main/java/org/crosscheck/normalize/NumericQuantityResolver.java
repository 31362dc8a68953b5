package org.crosscheck.normalize;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crosscheck.normalize.internal.QuantityParser;

/**
 * Reads the numbers of a phrase with their qualifiers and units, by rules. Final, stateless
 * and thread-safe.
 *
 * <p>Worked examples (value, unit, approximate, bounds):
 *
 * <table>
 *   <caption>examples</caption>
 *   <tr><th>phrase</th><th>quantity</th></tr>
 *   <tr><td>"12 people", "twelve people", "12 persons"</td><td>12 person, exact [12, 12]</td></tr>
 *   <tr><td>"12 dead", "12 killed"</td><td>12 person: casualty words count people</td></tr>
 *   <tr><td>"12 Turkish soldiers", "12 other soldiers", "12 wounded soldiers"</td><td>12 soldier</td></tr>
 *   <tr><td>"1.5 million"</td><td>1,500,000, exact, bounds [1,450,000, 1,550,000] (rounded to its last digit)</td></tr>
 *   <tr><td>"2,000", "2, 000" (a tokenisation artefact in ECB+)</td><td>2000</td></tr>
 *   <tr><td>"$5 million", "5 million dollars", "$5m", "US$ 5 million"</td><td>5,000,000 usd</td></tr>
 *   <tr><td>"40%", "40 percent", "40 per cent"</td><td>40 percent</td></tr>
 *   <tr><td>"at least 40", "more than 40", "over 40", "40 or more", "40+"</td><td>40, approximate, [40, +inf]</td></tr>
 *   <tr><td>"about 40", "around 40", "some 40", "an estimated 40"</td><td>40, approximate, [32, 48]</td></tr>
 *   <tr><td>"nearly 40", "almost 40"</td><td>40, approximate, [32, 40]</td></tr>
 *   <tr><td>"up to 40", "as many as 40", "fewer than 40"</td><td>40, approximate, [0, 40]</td></tr>
 *   <tr><td>"between 40 and 50", "40 to 50", "40-50"</td><td>40, approximate, [40, 50]</td></tr>
 *   <tr><td>"dozens", "hundreds", "thousands", "millions"</td><td>12 [12, 144], 100 [100, 1000], 1000 [1000, 10^6], 10^6 [10^6, 10^9], approximate</td></tr>
 *   <tr><td>"tens of thousands", "hundreds of thousands"</td><td>10^4 [10^4, 10^5], 10^5 [10^5, 10^6], approximate</td></tr>
 *   <tr><td>"a 6.1-magnitude earthquake", "magnitude 6.1", "6.1 on the Richter scale"</td><td>6.1 magnitude</td></tr>
 *   <tr><td>"a 12-year war", "12 years"</td><td>12 year</td></tr>
 *   <tr><td>"300 km", "20 miles", "5 kg", "10 tonnes"</td><td>300 km, 20 mile, 5 kg, 10 ton</td></tr>
 *   <tr><td>"On 15 March, 12 people were killed", "in 2011, 300 soldiers"</td><td>12 person, 300 soldier: days and years of dates are skipped</td></tr>
 *   <tr><td>"Zurana Horton, 34," (a whole number up to 125 set off after a name)</td><td>34 "age of horton": her age, comparable only with her age</td></tr>
 *   <tr><td>"the 12th victim", "no one", "26 September", "in 2011"</td><td>empty</td></tr>
 * </table>
 *
 * <p>Limits: the counted noun is the first word after the number that is not a modifier, made
 * singular by simple rules ("casualties" to "casualty", "people" to "person"); adjectives not on
 * the modifier list become the unit ("12 civilian deaths" gives "civilian"). A bare "pounds" is
 * weight, "£" is gbp. A bare number is read as written ("2011" is 2011 without unit), but a
 * day next to a month name and a year after a preposition or a full date are skipped. Vague words
 * ("several", "a few", "many") give empty.
 */
public final class NumericQuantityResolver implements QuantityResolver {

  @Override
  public Optional<Quantity> resolve(String phrase) {
    Objects.requireNonNull(phrase, "phrase");
    return QuantityParser.parse(phrase);
  }

  @Override
  public List<Quantity> resolveAll(String text, int length) {
    Objects.requireNonNull(text, "text");
    return QuantityParser.parseAll(text, length);
  }

  /**
   * Same as {@link Quantities#compatible}.
   *
   * @param a one quantity
   * @param b the other quantity
   * @return SAME, DIFFERENT or INCOMPARABLE
   */
  public static QuantityComparison compatible(Quantity a, Quantity b) {
    return Quantities.compatible(a, b);
  }
}
