package dev.esrlink.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * ESR's answers to the hub's APP and DNC files, as ESR sends them (interface-files.md 3.1): an APC
 * with one record per APP record ({@code APC,applicantRef,positionId,positionNumber,status,
 * message}), a DCC with one per NOT record ({@code DCC,notificationRef,tpn,status,message}). Most
 * are {@code SUCCESS}; one in {@link #FAIL_EVERY} is {@code FAILED}, with a reason that names no
 * person.
 */
final class Confirmations {

  /**
   * About one confirmation in this many fails (3.3 %): ESR rejects a few records of a load. Which
   * ones follows from the reference alone ({@link #fails}), so a small file fails as often.
   */
  static final int FAIL_EVERY = 30;

  private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  private Confirmations() {}

  /** An APC or DCC file: its name, bytes, records and how many of them are {@code FAILED}. */
  record File(String name, byte[] bytes, int records, int failed) {}

  /**
   * The confirmation of an outbound APP or DNC file ({@code name}, {@code bytes}): of its records,
   * every {@code every}-th (1: all of them), in a file of sequence {@code sequence}, created {@code
   * hoursAfter} hours after the answered file. Null when the file is of another type.
   */
  static File of(String name, byte[] bytes, int every, int sequence, int hoursAfter) {
    String[] parts = name.split("_");
    if (parts.length != 5 || !parts[0].equals("DE")) {
      return null;
    }
    String answer =
        switch (parts[2]) {
          case "APP" -> "APC";
          case "DNC" -> "DCC";
          default -> null;
        };
    if (answer == null) {
      return null;
    }
    List<List<String>> records = records(new String(bytes, StandardCharsets.UTF_8));
    List<String> hdr = records.get(0);
    String seq = String.format("%08d", sequence);
    String created = LocalDateTime.parse(hdr.get(4), CREATED).plusHours(hoursAfter).format(CREATED);
    StringBuilder out = new StringBuilder();
    out.append("HDR,")
        .append(answer)
        .append(',')
        .append(parts[1])
        .append(',')
        .append(seq)
        .append(',')
        .append(created)
        .append("\r\n");
    int written = 0;
    int failed = 0;
    int index = 0;
    for (List<String> record : records.subList(1, records.size())) {
      String type = record.get(0);
      if (!type.equals("APP") && !type.equals("NOT")) {
        continue;
      }
      if (index++ % every != 0) {
        continue;
      }
      boolean fails = fails(record.get(1));
      List<String> fields = new ArrayList<>();
      fields.add(answer);
      if (answer.equals("APC")) {
        fields.add(record.get(1)); // applicantRef
        fields.add(record.get(3)); // positionId
        fields.add(record.get(4)); // positionNumber
        fields.add(fails ? "FAILED" : "SUCCESS");
        fields.add(fails ? "Position is not open to applicants" : "");
      } else {
        fields.add(record.get(1)); // notificationRef
        fields.add(record.get(3)); // tpn
        fields.add(fails ? "FAILED" : "SUCCESS");
        fields.add(fails ? "Position not found for the notification" : "");
      }
      out.append(String.join(",", fields.stream().map(Confirmations::field).toList()))
          .append("\r\n");
      written++;
      failed += fails ? 1 : 0;
    }
    out.append("TRL,").append(written).append("\r\n");
    String outName = String.join("_", "DE", parts[1], answer, parts[3], seq + ".DAT");
    return new File(outName, out.toString().getBytes(StandardCharsets.UTF_8), written, failed);
  }

  /**
   * Whether ESR fails the record of this reference: its CRC-32, one value in FAIL_EVERY (not
   * String.hashCode, whose remainder by 30 is nearly the sum of the characters).
   */
  static boolean fails(String reference) {
    CRC32 crc = new CRC32();
    crc.update(reference.getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % FAIL_EVERY == 0;
  }

  /** A field as the CSV dialect writes it: quoted only when it holds a comma, quote, CR or LF. */
  static String field(String value) {
    if (value.indexOf(',') < 0
        && value.indexOf('"') < 0
        && value.indexOf('\r') < 0
        && value.indexOf('\n') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  /**
   * The records of a DAT file in the interface's CSV dialect (interface-files.md 2): fields
   * separated by commas, optionally quoted, a quote inside quotes written twice, backslash an
   * ordinary character, line breaks inside quotes kept; blank lines skipped.
   */
  static List<List<String>> records(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        any = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        any = true;
      } else if (c == '\r' || c == '\n') {
        if (any || field.length() > 0) {
          fields.add(field.toString());
          records.add(fields);
          fields = new ArrayList<>();
          field.setLength(0);
          any = false;
        }
      } else {
        field.append(c);
        any = true;
      }
    }
    if (any || field.length() > 0) {
      fields.add(field.toString());
      records.add(fields);
    }
    return records;
  }
}
