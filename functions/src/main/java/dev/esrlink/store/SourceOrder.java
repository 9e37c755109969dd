package dev.esrlink.store;

import dev.esrlink.file.FileName;
import dev.esrlink.file.Inspection;
import java.time.format.DateTimeFormatter;

/**
 * The order of the file that wrote an item (rule 8): HDR CREATED then SEQ for DAT files, the name's
 * date then SEQ for LETB files (which carry no HDR). Compared as text.
 */
public final class SourceOrder {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

  private SourceOrder() {}

  public static String of(Inspection inspection) {
    FileName name = inspection.name();
    String created =
        inspection.header() != null
            ? inspection.header().created().format(STAMP)
            : name.date().atStartOfDay().format(STAMP);
    return created + "#" + String.format("%012d", name.sequence());
  }
}
