package dev.esrlink.file;

import java.util.Set;

/**
 * The position ids a full RMF holds ({@code present}) and those it deletes, collected by the first
 * pass from the POS and POR records' positionId and change indicator, for rule 7.
 */
public record PositionIds(Set<String> present, Set<String> deleted) {
  public static final PositionIds NONE = new PositionIds(Set.of(), Set.of());
}
