package dev.esrlink.file;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * What the first pass learned of a file that can be trusted as a whole.
 *
 * @param header the HDR of a DAT file, null for CSV
 * @param columns for CSV: layout field name to column index; null for DAT
 * @param columnCount for CSV: fields on the column line
 * @param dataRecords records between HDR and TRL (DAT) or after the column line (CSV)
 * @param warnings what does not stop the file (unknown columns)
 * @param positions for an RMF, the position ids it holds and deletes; else {@link PositionIds#NONE}
 */
public record Inspection(
    FileName name,
    ByteScan bytes,
    DatHeader header,
    Map<String, Integer> columns,
    int columnCount,
    long dataRecords,
    List<String> warnings,
    PositionIds positions) {

  public Charset charset() {
    return bytes.utf8() ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
  }

  /** The encoding as the file report names it. */
  public String encodingName() {
    return bytes.utf8() ? "UTF-8" : "WINDOWS-1252";
  }
}
