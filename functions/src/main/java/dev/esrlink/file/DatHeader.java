package dev.esrlink.file;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/** The HDR record of a DAT file: {@code HDR,<TYPE>,<LO>,<SEQ>,<CREATED>}. */
public record DatHeader(FileType type, String localOffice, long sequence, LocalDateTime created) {

  public static final DateTimeFormatter CREATED =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

  /** The HDR line as written by the hub. */
  public String render() {
    return "HDR,"
        + type
        + ","
        + localOffice
        + ","
        + String.format("%08d", sequence)
        + ","
        + created.format(CREATED);
  }
}
