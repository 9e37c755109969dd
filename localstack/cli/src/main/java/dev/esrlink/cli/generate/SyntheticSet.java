package dev.esrlink.cli.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A synthetic inbound set: per Local Office one RMF from ESR and POSTS, TRAINEES, PLACEMENTS from
 * the LETB, written file by file, record by record (nothing held, so national scale streams).
 */
public final class SyntheticSet {

  /** One file written, in upload order. */
  public record GeneratedFile(Path path, String localOffice, long records) {}

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  private final long seed;
  private final ZonedDateTime now;

  public SyntheticSet(long seed, Instant clock) {
    this.seed = seed;
    this.now = clock.atZone(LONDON);
  }

  /**
   * Writes the files of each office into {@code out}, {@code trainees} shared between them; {@code
   * progress} hears the records written so far.
   */
  public List<GeneratedFile> write(
      Path out, List<String> offices, int trainees, Consumer<Long> progress) {
    createFolder(out);
    long[] written = {0};
    Runnable tick = () -> progress.accept(++written[0]);
    List<GeneratedFile> files = new ArrayList<>();
    for (int i = 0; i < offices.size(); i++) {
      int posts = trainees / offices.size() + (i < trainees % offices.size() ? 1 : 0);
      files.addAll(writeOffice(out, offices.get(i), Math.max(1, posts), tick));
    }
    return files;
  }

  private List<GeneratedFile> writeOffice(Path out, String lo, int posts, Runnable tick) {
    LocalOfficeWorld world = new LocalOfficeWorld(seed, lo, posts, now.toLocalDate());
    String date = now.toLocalDate().format(DateTimeFormatter.BASIC_ISO_DATE);
    Path rmf = out.resolve("DE_" + lo + "_RMF_" + date + "_00000001.DAT");
    Path postsFile = out.resolve(letbName(lo, "POSTS", date));
    Path trainees = out.resolve(letbName(lo, "TRAINEES", date));
    Path placements = out.resolve(letbName(lo, "PLACEMENTS", date));
    LetbFiles letb = new LetbFiles(world);
    return List.of(
        new GeneratedFile(
            rmf, lo, new RmfFile(world).write(rmf, "00000001", now.format(CREATED), tick)),
        new GeneratedFile(postsFile, lo, letb.writePosts(postsFile, tick)),
        new GeneratedFile(trainees, lo, letb.writeTrainees(trainees, tick)),
        new GeneratedFile(placements, lo, letb.writePlacements(placements, tick)));
  }

  private static String letbName(String lo, String type, String date) {
    return "LETB_" + lo + "_" + type + "_" + date + "_000001.csv";
  }

  private static void createFolder(Path out) {
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + out, e);
    }
  }
}
