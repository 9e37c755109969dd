package dev.esrlink.file;

import dev.esrlink.core.LocalOffice;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An interface file name: {@code DE_<LO>_<TYPE>_<YYYYMMDD>_<SEQ8>.DAT} or {@code
 * LETB_<LO>_<TYPE>_<YYYYMMDD>_<SEQ6>.csv}.
 */
public record FileName(String localOffice, FileType type, LocalDate date, long sequence) {

  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]+");
  private static final Pattern DAT =
      Pattern.compile(
          "DE_([A-Za-z]{3})_([A-Za-z]+)_(\\d{8})_(\\d{8})\\.DAT", Pattern.CASE_INSENSITIVE);
  private static final Pattern CSV =
      Pattern.compile(
          "LETB_([A-Za-z]{3})_([A-Za-z]+)_(\\d{8})_(\\d{6})\\.csv", Pattern.CASE_INSENSITIVE);
  static final DateTimeFormatter BASIC_DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

  /** Parses a base name, or says in one sentence why it is not an interface file name. */
  public static FileName parse(String name) {
    if (name == null || name.isEmpty() || !SAFE.matcher(name).matches()) {
      throw new FileRejectedException("file name has characters outside A-Z a-z 0-9 . _ -");
    }
    Matcher dat = DAT.matcher(name);
    Matcher csv = CSV.matcher(name);
    Matcher m = dat.matches() ? dat : csv.matches() ? csv : null;
    if (m == null) {
      throw new FileRejectedException(
          "file name is not DE_<LO>_<TYPE>_<YYYYMMDD>_<SEQ8>.DAT or LETB_<LO>_<TYPE>_<YYYYMMDD>_<SEQ6>.csv");
    }
    FileType.Format format = m == dat ? FileType.Format.DAT : FileType.Format.CSV;
    String lo = m.group(1).toUpperCase(Locale.ROOT);
    if (!LocalOffice.isKnown(lo)) {
      throw new FileRejectedException("unknown Local Office " + lo + " in file name");
    }
    FileType type = typeOf(m.group(2), format);
    return new FileName(lo, type, dateOf(m.group(3)), Long.parseLong(m.group(4)));
  }

  /** The Local Office of a name that may otherwise be wrong, when it names a known one. */
  public static Optional<String> localOfficeOf(String name) {
    Matcher m =
        Pattern.compile("^(?:DE|LETB)_([A-Za-z]{3})_", Pattern.CASE_INSENSITIVE)
            .matcher(name == null ? "" : name);
    return m.find() && LocalOffice.isKnown(m.group(1))
        ? Optional.of(m.group(1).toUpperCase(Locale.ROOT))
        : Optional.empty();
  }

  private static FileType typeOf(String text, FileType.Format format) {
    for (FileType type : FileType.values()) {
      if (type.name().equalsIgnoreCase(text) && type.format() == format) {
        return type;
      }
    }
    throw new FileRejectedException("unknown " + format + " file type " + text + " in file name");
  }

  private static LocalDate dateOf(String text) {
    try {
      return LocalDate.parse(text, BASIC_DATE);
    } catch (DateTimeParseException e) {
      throw new FileRejectedException("file name date " + text + " does not exist");
    }
  }

  /** Builds an outbound name: DAT sequences are 8 digits, CSV sequences 6. */
  public String render() {
    if (type.format() == FileType.Format.DAT) {
      return String.format(
          Locale.ROOT,
          "DE_%s_%s_%s_%08d.DAT",
          localOffice,
          type,
          date.format(BASIC_DATE),
          sequence);
    }
    return String.format(
        Locale.ROOT,
        "LETB_%s_%s_%s_%06d.csv",
        localOffice,
        type,
        date.format(BASIC_DATE),
        sequence);
  }
}
