package dev.esrlink.file;

import dev.esrlink.core.Text;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * First pass over a DAT file: HDR first, TRL last with the right count, HDR agreeing with the name.
 */
final class DatInspector {
  private DatInspector() {}

  static Inspection inspect(FileName name, ByteScan bytes, InputStream in, ReadLimits limits) {
    Inspection draft = new Inspection(name, bytes, null, null, 0, 0, List.of(), PositionIds.NONE);
    try (CsvTokenizer tokens =
        new CsvTokenizer(in, draft.charset(), limits, bytes.mayExceed(limits))) {
      if (!tokens.hasNext()) {
        throw new FileRejectedException("incomplete file: no HDR record");
      }
      DatHeader header = header(tokens.next(), name);
      boolean full = name.type() == FileType.RMF;
      Set<String> present = new HashSet<>();
      Set<String> deleted = new HashSet<>();
      long data = 0;
      boolean trailer = false;
      while (tokens.hasNext()) {
        CsvTokenizer.RawRecord record = tokens.next();
        if (trailer) {
          throw new FileRejectedException(
              "incomplete file: line " + record.line() + " comes after the TRL");
        }
        if ("TRL".equals(type(record))) {
          trailer = true;
          checkCount(record, data);
        } else {
          data++;
          if (full) {
            collectPosition(record, present, deleted);
          }
        }
      }
      if (!trailer) {
        throw new FileRejectedException("incomplete file: no TRL record");
      }
      present.removeAll(deleted);
      PositionIds positions = full ? new PositionIds(present, deleted) : PositionIds.NONE;
      return new Inspection(name, bytes, header, null, 0, data, List.of(), positions);
    }
  }

  /**
   * A POS or POR record's positionId, as held or deleted (a record rejected later still counts).
   */
  private static void collectPosition(
      CsvTokenizer.RawRecord record, Set<String> present, Set<String> deleted) {
    String type = type(record);
    List<String> f = record.fields();
    if ((type.equals("POS") || type.equals("POR")) && f.size() > 3) {
      String id = Text.clean(f.get(1));
      String ind = Text.clean(f.get(3));
      if (id != null) {
        ("D".equalsIgnoreCase(ind) ? deleted : present).add(id);
      }
    }
  }

  static String type(CsvTokenizer.RawRecord record) {
    String type = Text.clean(record.fields().get(0));
    if (type == null) {
      return "";
    }
    for (int i = 0; i < type.length(); i++) {
      if (Character.isLowerCase(type.charAt(i))) {
        return type.toUpperCase(Locale.ROOT);
      }
    }
    return type;
  }

  private static DatHeader header(CsvTokenizer.RawRecord record, FileName name) {
    List<String> f = record.fields();
    if (!"HDR".equals(type(record))) {
      throw new FileRejectedException(
          "incomplete file: line " + record.line() + " is not a HDR record");
    }
    if (f.size() != 5) {
      throw new FileRejectedException("HDR must hold 5 fields: HDR,<TYPE>,<LO>,<SEQ>,<CREATED>");
    }
    String type = upper(f.get(1));
    String lo = upper(f.get(2));
    String seq = Text.clean(f.get(3));
    if (!name.type().name().equals(type) || !name.localOffice().equals(lo)) {
      throw new FileRejectedException("HDR type or Local Office differs from the file name");
    }
    if (seq == null || !seq.matches("[0-9]{1,12}") || Long.parseLong(seq) != name.sequence()) {
      throw new FileRejectedException("HDR sequence differs from the file name");
    }
    return new DatHeader(name.type(), lo, name.sequence(), created(f.get(4)));
  }

  private static LocalDateTime created(String raw) {
    String value = Text.clean(raw);
    try {
      return LocalDateTime.parse(value == null ? "" : value, DatHeader.CREATED);
    } catch (DateTimeParseException e) {
      throw new FileRejectedException("HDR CREATED is not a YYYYMMDDHHMMSS time that exists");
    }
  }

  /** The TRL's count is never shown: a broken TRL may hold anything (an NI number, a name). */
  private static void checkCount(CsvTokenizer.RawRecord record, long data) {
    String count = record.fields().size() > 1 ? Text.clean(record.fields().get(1)) : null;
    if (count == null || !count.matches("[0-9]{1,12}")) {
      throw new FileRejectedException(
          "incomplete file: TRL count is not a number of 1 to 12 digits");
    }
    if (Long.parseLong(count) != data) {
      throw new FileRejectedException(
          "incomplete file: TRL count differs from the " + data + " data records read");
    }
  }

  private static String upper(String raw) {
    String value = Text.clean(raw);
    return value == null ? "" : value.toUpperCase(Locale.ROOT);
  }
}
