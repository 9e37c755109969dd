package dev.esrlink.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A day's RMC derived from an office's RMF: a few per cent of its records, each changed (a live
 * position's workplace organisation code, its last field, from {@code ..01} to {@code ..02}),
 * created two hours after the RMF, so every record of it is a true change newer than what is
 * stored.
 */
final class DailyChanges {

  /** The share of the RMF's records that the day's RMC changes. */
  static final double SHARE = 0.03;

  /**
   * Days of the notice window (today + 2 days to today + 13 weeks, both included: rule 2's
   * defaults): a placement enters it on one day of these, so a day's APP and DNC hold about one
   * record in this many of a first load's.
   */
  static final int WINDOW_DAYS = 13 * 7 - 2 + 1;

  private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  private DailyChanges() {}

  /** The RMC written into {@code dir}, and how many records it holds. */
  record Rmc(Path path, long records) {}

  static Rmc of(Path rmf, Path dir) throws IOException {
    List<String> lines = Files.readAllLines(rmf, StandardCharsets.UTF_8);
    String[] hdr = lines.get(0).split(",", -1);
    List<String> live = new ArrayList<>();
    long records = lines.size() - 2;
    for (String line : lines.subList(1, lines.size() - 1)) {
      String[] fields = line.split(",", -1);
      if (fields[0].equals("POS") && fields[3].equals("C") && line.endsWith("01")) {
        live.add(line);
      }
    }
    long wanted = Math.max(1, Math.round(records * SHARE));
    int step = (int) Math.max(1, live.size() / wanted);
    Files.createDirectories(dir);
    String name = rmf.getFileName().toString().replace("_RMF_", "_RMC_");
    Path out = dir.resolve(name);
    long written = 0;
    try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      hdr[1] = "RMC";
      hdr[3] = "00000001";
      hdr[4] = LocalDateTime.parse(hdr[4], CREATED).plusHours(2).format(CREATED);
      writer.write(String.join(",", hdr) + "\r\n");
      for (int i = 0; i < live.size() && written < wanted; i += step) {
        String line = live.get(i);
        writer.write(line.substring(0, line.length() - 2) + "02\r\n");
        written++;
      }
      writer.write("TRL," + written + "\r\n");
    }
    return new Rmc(out, written);
  }
}
