package dev.esrlink.cli.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic random choices for one entity: the same seed, Local Office, kind and index always
 * give the same draws, so files can be written by streaming, entity by entity, with nothing held.
 */
final class Draw {

  private final SplittableRandom random;

  private Draw(long seed) {
    this.random = new SplittableRandom(seed);
  }

  static Draw of(long seed, String localOffice, String kind, long index) {
    long mixed = seed * 0x9E3779B97F4A7C15L;
    mixed = 31 * mixed + localOffice.hashCode();
    mixed = 31 * mixed + kind.hashCode();
    mixed = 31 * mixed + index;
    return new Draw(mixed ^ (mixed >>> 29));
  }

  int between(int fromInclusive, int toInclusive) {
    return random.nextInt(fromInclusive, toInclusive + 1);
  }

  <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  String digits(int count) {
    StringBuilder digits = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      digits.append((char) ('0' + random.nextInt(10)));
    }
    return digits.toString();
  }
}
