package dev.esrlink.file;

import java.io.InputStream;
import java.util.function.Supplier;

/**
 * Reads an inbound object in two streaming passes: {@link #inspect} decides whether the file can be
 * trusted as a whole; {@link #records} then yields each data record or its rejection. The object is
 * opened anew for each pass and never held whole in memory.
 */
public final class InboundFile {
  private InboundFile() {}

  /**
   * Throws {@link FileRejectedException} with the quarantine reason when the file cannot be
   * trusted.
   */
  public static Inspection inspect(
      String name, ByteScan bytes, Supplier<InputStream> opener, ReadLimits limits) {
    if (bytes.size() == 0) {
      throw new FileRejectedException("file is empty (0 bytes)");
    }
    if (bytes.holdsNul()) {
      throw new FileRejectedException("file holds NUL bytes: unreadable");
    }
    FileName fileName = FileName.parse(name);
    if (!fileName.type().inbound()) {
      throw new FileRejectedException(
          fileName.type() + " is an outbound file type, not read by the hub");
    }
    quoting(bytes, limits);
    return fileName.type().format() == FileType.Format.DAT
        ? DatInspector.inspect(fileName, bytes, opener.get(), limits)
        : CsvInspector.inspect(fileName, bytes, opener.get(), limits);
  }

  /**
   * A lone CR line end (the spec's are CRLF and LF) makes the line numbering of the file unsure. A
   * quoted field that never closes, or that spans more lines than the limit, swallows the records
   * after it: the file cannot be trusted, and the reason names the line where the quote opens.
   */
  private static void quoting(ByteScan bytes, ReadLimits limits) {
    if (bytes.loneCrLine() > 0) {
      throw new FileRejectedException(
          "line " + bytes.loneCrLine() + " ends with a lone CR: line ends are CRLF or LF");
    }
    if (bytes.unclosedQuoteLine() > 0) {
      throw new FileRejectedException(
          "a quoted field opened on line "
              + bytes.unclosedQuoteLine()
              + " is not closed by the end of the file");
    }
    if (bytes.widestQuote() > limits.maxQuotedLines()) {
      throw new FileRejectedException(
          "a quoted field opened on line "
              + bytes.widestQuoteLine()
              + " spans more than "
              + limits.maxQuotedLines()
              + " lines");
    }
  }

  /** The data records of an inspected file, in line order. Close it when done. */
  public static RecordStream records(
      Inspection inspection, Supplier<InputStream> opener, ReadLimits limits) {
    return new RecordStream(
        inspection,
        new CsvTokenizer(
            opener.get(), inspection.charset(), limits, inspection.bytes().mayExceed(limits)),
        limits);
  }
}
