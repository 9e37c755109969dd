package dev.esrlink.arrivals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The expectation of every office, and of one office over it (empty: no check). */
class ArrivalsConfigTest {

  static ArrivalsConfig config(String all, List<String> byOffice) {
    return new ArrivalsConfig() {
      @Override
      public String expect() {
        return all;
      }

      @Override
      public Optional<List<String>> expectByOffice() {
        return Optional.ofNullable(byOffice);
      }
    };
  }

  @Test
  void anOfficesOwnExpectationReplacesTheCommonOne() {
    ArrivalsConfig config = config("RMC", List.of("eoe=rmc+RMF", "PEN="));
    assertThat(config.expected("NTH")).containsExactly("RMC");
    assertThat(config.expected("EOE")).containsExactly("RMC", "RMF");
    assertThat(config.expected("PEN")).isEmpty();
    assertThat(config("", null).expected("NTH")).isEmpty();
  }
}
