package dev.esrlink.tpn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esrlink.topology.Topology;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TPN normal form, validity and near-miss key (spec section 2 and 4.2). */
class TpnTest {

  @ParameterizedTest(name = "[{0}] valid={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EOE/RGT00/030/STR/001|true",
        "WES/J82150/800/GPST/003|true",
        "EOE/A/B|true",
        "EOE/A|false",
        "EOE//A|false",
        "EOE/A/|false",
        "XYZ/A/B|false",
        "EOE/A_1/B|false",
        "EOE/RGT00/030/STR/000123456789|true",
        "EOE/RGT00/030/STR/0001234567890|false"
      })
  void validity(String tpn, boolean valid) {
    assertThat(Tpn.isValid(tpn)).isEqualTo(valid);
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      value = {
        " eoe/rgt00/030/ str/001 |EOE/RGT00/030/STR/001",
        "\u00A0EOE/RGT00/030\u00A0/STR/001\u202F|EOE/RGT00/030/STR/001",
        "EOE/RGT00\u2003/030\u3000/STR/001|EOE/RGT00/030/STR/001"
      })
  void normalise(String raw, String normal) {
    assertThat(Tpn.normalise(raw)).isEqualTo(normal);
    assertThat(Tpn.parse(raw)).contains(new Tpn(normal));
  }

  @ParameterizedTest(name = "[{0}] ~ [{1}]")
  @CsvSource(
      delimiter = '|',
      value = {
        "EOE/RGT00/030/STR/001|EOE-RGT00-30-STR-1",
        "EOE/RGT00/030/STR/001|EOE/RGT00//30/STR/01"
      })
  void nearMiss(String a, String b) {
    assertThat(Tpn.nearMissKey(a)).isEqualTo(Tpn.nearMissKey(b));
  }

  @Property(tries = 300)
  void normaliseRemovesEveryWhiteSpaceAndCase(
      @ForAll("tpns") String tpn, @ForAll("spacings") List<String> spaces) {
    StringBuilder messy = new StringBuilder();
    for (int i = 0; i < tpn.length(); i++) {
      messy.append(spaces.get(i % spaces.size()));
      char c = tpn.charAt(i);
      messy.append(i % 2 == 0 ? Character.toLowerCase(c) : c);
    }
    messy.append(spaces.get(0));
    assertThat(Tpn.normalise(messy.toString())).isEqualTo(tpn);
    assertThat(Tpn.isValid(Tpn.normalise(messy.toString()))).isTrue();
  }

  @Property(tries = 300)
  void nearMissKeyIgnoresSeparatorsAndLeadingZeros(@ForAll("tpns") String tpn) {
    String variant = tpn.replace('/', '-').replaceAll("(^|-)0+(?=[0-9A-Z])", "$1");
    assertThat(Tpn.nearMissKey(variant)).isEqualTo(Tpn.nearMissKey(tpn));
  }

  @Provide
  Arbitrary<String> tpns() {
    Arbitrary<String> segment =
        Arbitraries.strings().withChars("ABCDEFGHJKRSTXZ0123456789-").ofMinLength(1).ofMaxLength(6);
    return Arbitraries.of(Topology.LOCAL_OFFICES)
        .flatMap(
            lo ->
                segment
                    .list()
                    .ofMinSize(2)
                    .ofMaxSize(4)
                    .map(segments -> lo + "/" + String.join("/", segments))
                    .filter(t -> t.length() <= 30));
  }

  @Provide
  Arbitrary<List<String>> spacings() {
    return Arbitraries.of("", "", " ", "\t", "\u00A0", "\u2007", "\u202F", "\u2003", "\u3000")
        .list()
        .ofMinSize(1)
        .ofMaxSize(8);
  }
}
