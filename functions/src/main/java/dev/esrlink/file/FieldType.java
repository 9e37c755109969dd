package dev.esrlink.file;

import dev.esrlink.core.Text;
import dev.esrlink.tpn.Tpn;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * The value types of record layouts. Each normalises a trimmed, non-empty input or throws {@link
 * InvalidValueException} with the rule it broke; each renders a normalised value for output. Dates
 * are held as ISO {@code YYYY-MM-DD} inside the hub.
 */
public enum FieldType {
  TEXT("text"),
  CODE("a code, compared case-insensitively and written upper case"),
  DIGITS("digits only"),
  NUMBER("a whole number"),
  INDICATOR("C (create or change) or D (delete)"),
  ACTION("U (upsert) or D (delete)"),
  TPN(Tpn.RULE),
  GMC("a GMC number is exactly 7 digits"),
  GDC("a GDC number is 1 to 6 digits"),
  REGISTRATION("a GMC registration number is exactly 7 digits, a GDC number 1 to 6 digits"),
  NI("an NI number is two letters, six digits and one of A-D, not starting BG GB NK KN TN NT ZZ"),
  VPD("a VPD is 1 to 3 digits (4 with a leading zero)"),
  WTE("WTE is a decimal from 0.1 to 1.0"),
  DATE("a date that exists"),
  TIMESTAMP("a timestamp");

  private static final BigDecimal WTE_MIN = new BigDecimal("0.1");
  private static final Set<String> NI_BAD_PREFIXES =
      Set.of("BG", "GB", "NK", "KN", "TN", "NT", "ZZ");

  private final String rule;

  FieldType(String rule) {
    this.rule = rule;
  }

  /** The rule in words, for rejections and docs. */
  public String rule() {
    return rule;
  }

  /** Normalises a trimmed, non-empty value read from a file of the given format. */
  public String normalise(String value, FileType.Format format) {
    return switch (this) {
      case TEXT -> value;
      case CODE -> value.toUpperCase(Locale.ROOT);
      case DIGITS -> require(digits(value), value);
      case NUMBER -> String.valueOf(Long.parseLong(check(value)));
      case INDICATOR -> oneOf(value, "C", "D");
      case ACTION -> oneOf(value, "U", "D");
      case TPN -> tpn(Tpn.normalise(value));
      case GMC -> require(value.length() == 7 && digits(value), value);
      case GDC -> require(value.length() <= 6 && digits(value), value);
      case NI -> ni(value);
      case VPD -> vpd(value);
      case WTE -> wte(value);
      case DATE -> date(value, format);
      case TIMESTAMP, REGISTRATION -> value;
    };
  }

  /** Normalises a registration number by the rule of its professional body. */
  public static String registration(String value, String body) {
    if ("GMC".equals(body)) {
      return GMC.normalise(value, FileType.Format.DAT);
    }
    return "GDC".equals(body) ? GDC.normalise(value, FileType.Format.DAT) : value;
  }

  /** YYYYMMDD (valid, four-digit year) as YYYY-MM-DD. */
  private static String iso(String basic) {
    char[] out = new char[10];
    basic.getChars(0, 4, out, 0);
    out[4] = '-';
    basic.getChars(4, 6, out, 5);
    out[7] = '-';
    basic.getChars(6, 8, out, 8);
    return new String(out);
  }

  /**
   * YYYYMMDD (DAT) or YYYY-MM-DD (CSV) to a date that exists, without a formatter. A year before
   * 1900 (year 0000 above all) exists for no placement, person or position of the hub.
   */
  private static LocalDate fastDate(String value, boolean dat) {
    boolean shape =
        dat
            ? value.length() == 8 && digits(value)
            : value.length() == 10
                && value.charAt(4) == '-'
                && value.charAt(7) == '-'
                && digits(value.substring(0, 4) + value.substring(5, 7) + value.substring(8));
    if (!shape || value.startsWith("0") || value.startsWith("1") && value.charAt(1) < '9') {
      throw new NumberFormatException("not a date");
    }
    int monthAt = dat ? 4 : 5;
    int dayAt = dat ? 6 : 8;
    return LocalDate.of(
        Integer.parseInt(value, 0, 4, 10),
        Integer.parseInt(value, monthAt, monthAt + 2, 10),
        Integer.parseInt(value, dayAt, dayAt + 2, 10));
  }

  /** Renders a normalised value for an outbound file of the given format. */
  public String render(String value, FileType.Format format) {
    if (value == null) {
      return null;
    }
    return switch (this) {
      case VPD -> String.format(Locale.ROOT, "%03d", Integer.parseInt(value));
      case WTE -> new BigDecimal(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
      case DATE -> format == FileType.Format.DAT ? value.replace("-", "") : value;
      case CODE, INDICATOR, ACTION -> value.toUpperCase(Locale.ROOT);
      default -> value;
    };
  }

  /** Whether DAT output writes this type unquoted (numbers and dates). */
  public boolean unquotedInDat() {
    return this == DIGITS
        || this == NUMBER
        || this == VPD
        || this == WTE
        || this == DATE
        || this == TIMESTAMP;
  }

  /** Only A-Z and 0-9: nothing to remove or upper-case. */
  private static boolean plainUpper(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  private static boolean digits(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return !value.isEmpty();
  }

  private String check(String value) {
    if (!digits(value) || value.length() > 18) {
      throw new InvalidValueException(rule);
    }
    return value;
  }

  private String require(boolean valid, String normalised) {
    if (!valid) {
      throw new InvalidValueException(rule);
    }
    return normalised;
  }

  private String oneOf(String value, String... allowed) {
    String upper = value.toUpperCase(Locale.ROOT);
    for (String candidate : allowed) {
      if (candidate.equals(upper)) {
        return upper;
      }
    }
    throw new InvalidValueException(rule);
  }

  private String tpn(String normalised) {
    return require(Tpn.isValid(normalised), normalised);
  }

  private String ni(String value) {
    String ni = plainUpper(value) ? value : Text.compactUpper(value);
    return require(niShape(ni) && !NI_BAD_PREFIXES.contains(ni.substring(0, 2)), ni);
  }

  /** Two letters, six digits, A to D. */
  private static boolean niShape(String ni) {
    if (ni.length() != 9) {
      return false;
    }
    for (int i = 0; i < 9; i++) {
      char c = ni.charAt(i);
      boolean ok =
          i < 2 ? c >= 'A' && c <= 'Z' : i < 8 ? c >= '0' && c <= '9' : c >= 'A' && c <= 'D';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Digits (maybe none), then optionally a point and at least one digit. */
  private static boolean decimal(String value) {
    int point = value.indexOf('.');
    String whole = point < 0 ? value : value.substring(0, point);
    return (whole.isEmpty() || digits(whole)) && (point < 0 || digits(value.substring(point + 1)));
  }

  private String vpd(String value) {
    boolean valid =
        digits(value) && (value.length() <= 3 || (value.length() == 4 && value.charAt(0) == '0'));
    return require(valid, valid ? String.valueOf(Integer.parseInt(value)) : value);
  }

  private String wte(String value) {
    if (!decimal(value) || value.isEmpty() || value.length() > 12) {
      throw new InvalidValueException(rule);
    }
    BigDecimal wte = new BigDecimal(value);
    boolean inRange = wte.compareTo(WTE_MIN) >= 0 && wte.compareTo(BigDecimal.ONE) <= 0;
    return require(inRange, wte.stripTrailingZeros().toPlainString());
  }

  private String date(String value, FileType.Format format) {
    boolean dat = format == FileType.Format.DAT;
    try {
      LocalDate date = fastDate(value, dat);
      return dat ? iso(value) : value.length() == 10 ? value : date.toString();
    } catch (DateTimeException | NumberFormatException e) {
      throw new InvalidValueException(
          format == FileType.Format.DAT
              ? "a date is YYYYMMDD and must exist"
              : "a date is YYYY-MM-DD and must exist");
    }
  }
}
