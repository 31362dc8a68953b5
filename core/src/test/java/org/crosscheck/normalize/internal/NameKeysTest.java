package org.crosscheck.normalize.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeysTest {

  @Test
  void foldingDropsCaseAndDiacritics() {
    assertThat(NameKeys.fold("Türkiye")).isEqualTo("turkiye");
    assertThat(NameKeys.fold("Côte d’Ivoire")).isEqualTo("cote d'ivoire");
    assertThat(NameKeys.fold("Çavuşoğlu")).isEqualTo("cavusoglu");
    assertThat(NameKeys.fold("İstanbul")).isEqualTo("istanbul");
  }

  @Test
  void surnamesAbsorbTransliterationVariants() {
    assertThat(NameKeys.surname("al-Jaafari")).isEqualTo(NameKeys.surname("Jafari")).isEqualTo("jafari");
    assertThat(NameKeys.surname("al-Assad")).isEqualTo(NameKeys.surname("Assad"));
    assertThat(NameKeys.surname("Gaddafi")).isEqualTo(NameKeys.surname("Qaddafi"));
    assertThat(NameKeys.surname("Khadafy")).isEqualTo(NameKeys.surname("Khadafi"));
    // vowels are not merged: Mekdad and Miqdad stay apart (a known limit, precision first)
    assertThat(NameKeys.surname("Mekdad")).isEqualTo("mekdad");
    assertThat(NameKeys.surname("Miqdad")).isEqualTo("migdad");
    assertThat(NameKeys.surname("ash-Sharaa")).isEqualTo(NameKeys.surname("Sharaa"));
    assertThat(NameKeys.surname("Assad")).isNotEqualTo(NameKeys.surname("Asad-Ali"));
    assertThat(NameKeys.surname("...")).isEmpty();
  }

  @Test
  void keysAreLowerCaseAsciiWithSingleSpaces() {
    assertThat(NameKeys.key("United  States")).isEqualTo("united states");
    assertThat(NameKeys.key("Ярослав")).isEqualTo("_______");
  }
}
