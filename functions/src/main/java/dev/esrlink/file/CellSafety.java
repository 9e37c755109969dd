package dev.esrlink.file;

import java.util.regex.Pattern;

/** LETB CSV cells never start a spreadsheet formula (spec section 4.2). */
public final class CellSafety {
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  private CellSafety() {}

  /** A cell starting with = + - @ tab or CR that is not a number gets a leading apostrophe. */
  public static String protect(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell;
    }
    char first = cell.charAt(0);
    boolean risky =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    return risky && !NUMBER.matcher(cell).matches() ? "'" + cell : cell;
  }
}
