package dev.esrlink.file;

import static org.assertj.core.api.Assertions.assertThat;

import dev.esrlink.core.Text;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written white space removal does what the regular expression it replaced did. */
class TextProperties {
  private static final Pattern WHITE = Pattern.compile("[\\p{javaWhitespace}\\p{Z}\\uFEFF]+");

  @Property(tries = 1000)
  void compactUpperRemovesWhatTheRegexRemoved(@ForAll("text") String raw) {
    assertThat(Text.compactUpper(raw))
        .isEqualTo(WHITE.matcher(raw).replaceAll("").toUpperCase(Locale.ROOT));
  }

  @Provide
  Arbitrary<String> text() {
    Arbitrary<Character> spaces =
        Arbitraries.of(
            ' ', '\t', '\n', '\r', '\u000B', '\u000C', '\u001C', '\u001F', '\u00A0', '\u1680',
            '\u2007', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000', '\uFEFF', '\u200B');
    Arbitrary<Character> letters =
        Arbitraries.chars().with('a', 'z', 'A', 'Z', '0', '9', '/', '-', 'é', 'ß', 'ı', 'İ');
    Arbitrary<Character> any = Arbitraries.chars();
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, spaces),
            net.jqwik.api.Tuple.of(6, letters),
            net.jqwik.api.Tuple.of(1, any))
        .list()
        .ofMaxSize(20)
        .map(
            chars -> {
              StringBuilder s = new StringBuilder();
              chars.forEach(s::append);
              return s.toString();
            });
  }
}
