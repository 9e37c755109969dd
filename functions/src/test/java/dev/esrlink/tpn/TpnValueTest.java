package dev.esrlink.tpn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The TPN as a value: equal after normalisation, ordered as its text, invalid input refused. */
class TpnValueTest {

  @Test
  void rawSpellingsThatNormaliseAlikeAreEqual() {
    Tpn messy = Tpn.of(" eoe/rgt00/030/\u00A0str/001 ");
    Tpn clean = Tpn.of("EOE/RGT00/030/STR/001");
    assertThat(messy).isEqualTo(clean).hasSameHashCodeAs(clean);
    assertThat(messy.value()).isEqualTo("EOE/RGT00/030/STR/001");
    assertThat(messy).hasToString("EOE/RGT00/030/STR/001");
    assertThat(messy.localOffice()).contains("EOE");
    assertThat(Tpn.of(null)).isNull();
  }

  @Test
  void valuesOrderAsTheirText() {
    List<String> texts = List.of("WES/A/B", "EOE/A/C", "EOE-X/1/2", "EOE/A/B", "LDN/Z/9");
    List<String> byValue =
        new TreeSet<>(texts.stream().map(Tpn::of).toList()).stream().map(Tpn::value).toList();
    assertThat(byValue).isEqualTo(new TreeSet<>(texts).stream().toList());
  }

  @Test
  void validatingFactoryRefusesInvalidInputNamingTheRule() {
    assertThat(Tpn.valid(" eoe/a/b ")).isEqualTo(new Tpn("EOE/A/B"));
    assertThatThrownBy(() -> Tpn.valid("EOE/A"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Tpn.RULE);
    assertThatThrownBy(() -> Tpn.valid(null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Tpn.parse("XYZ/A/B")).isEmpty();
    assertThat(Tpn.of("XYZ/A/B").isValid()).isFalse();
  }

  @Test
  void constructorTakesOnlyNormalisedText() {
    assertThatThrownBy(() -> new Tpn("eoe/a/b")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Tpn(null)).isInstanceOf(NullPointerException.class);
  }
}
