package dev.esrlink.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which function JVMs run the benchmark's heap hook. */
class HeapWatchTest {

  @Test
  void trueWatchesEveryFunctionAndANameOnlyThatFunction() {
    assertThat(HeapWatch.enabledFor("exportToEsr", "true")).isTrue();
    assertThat(HeapWatch.enabledFor("ingestEsrFile", "ingestEsrFile")).isTrue();
    assertThat(HeapWatch.enabledFor("ingestLetbFile", "ingestEsrFile, ingestLetbFile")).isTrue();
    assertThat(HeapWatch.enabledFor("exportToEsr", "ingestEsrFile")).isFalse();
  }

  @Test
  void unsetBlankOrFalseWatchesNothing() {
    assertThat(HeapWatch.enabledFor("ingestEsrFile", null)).isFalse();
    assertThat(HeapWatch.enabledFor("ingestEsrFile", " ")).isFalse();
    assertThat(HeapWatch.enabledFor("ingestEsrFile", "false")).isFalse();
  }
}
