package dev.esrlink.file;

import dev.esrlink.tpn.Tpn;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

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

  private static final Pattern DIGIT_ONLY = Pattern.compile("[0-9]+");
  private static final Pattern NI_SHAPE = Pattern.compile("[A-Z]{2}[0-9]{6}[A-D]");
  private static final Set<String> NI_BAD_PREFIXES =
      Set.of("BG", "GB", "NK", "KN", "TN", "NT", "ZZ");
  private static final Pattern DECIMAL = Pattern.compile("[0-9]*(\\.[0-9]+)?");
  private static final Pattern WHITE = Pattern.compile("[\\p{javaWhitespace}\\p{Z}\\uFEFF]+");
  static final DateTimeFormatter DAT_DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
  static final DateTimeFormatter CSV_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

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
      case DIGITS -> require(DIGIT_ONLY.matcher(value).matches(), value);
      case NUMBER -> String.valueOf(Long.parseLong(check(value)));
      case INDICATOR -> oneOf(value, "C", "D");
      case ACTION -> oneOf(value, "U", "D");
      case TPN -> require(Tpn.isValid(Tpn.normalise(value)), Tpn.normalise(value));
      case GMC -> require(value.length() == 7 && DIGIT_ONLY.matcher(value).matches(), value);
      case GDC -> require(value.length() <= 6 && DIGIT_ONLY.matcher(value).matches(), value);
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

  private String check(String value) {
    if (!DIGIT_ONLY.matcher(value).matches() || value.length() > 18) {
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

  private String ni(String value) {
    String ni = WHITE.matcher(value).replaceAll("").toUpperCase(Locale.ROOT);
    return require(
        NI_SHAPE.matcher(ni).matches() && !NI_BAD_PREFIXES.contains(ni.substring(0, 2)), ni);
  }

  private String vpd(String value) {
    boolean valid =
        DIGIT_ONLY.matcher(value).matches()
            && (value.length() <= 3 || (value.length() == 4 && value.charAt(0) == '0'));
    return require(valid, valid ? String.valueOf(Integer.parseInt(value)) : value);
  }

  private String wte(String value) {
    if (!DECIMAL.matcher(value).matches() || value.isEmpty() || value.length() > 12) {
      throw new InvalidValueException(rule);
    }
    BigDecimal wte = new BigDecimal(value);
    boolean inRange =
        wte.compareTo(new BigDecimal("0.1")) >= 0 && wte.compareTo(BigDecimal.ONE) <= 0;
    return require(inRange, wte.stripTrailingZeros().toPlainString());
  }

  private String date(String value, FileType.Format format) {
    DateTimeFormatter formatter = format == FileType.Format.DAT ? DAT_DATE : CSV_DATE;
    try {
      return LocalDate.parse(value, formatter).toString();
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(
          format == FileType.Format.DAT
              ? "a date is YYYYMMDD and must exist"
              : "a date is YYYY-MM-DD and must exist");
    }
  }
}
