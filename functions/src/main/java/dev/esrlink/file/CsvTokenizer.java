package dev.esrlink.file;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.esrlink.core.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Lines to fields with the line where each record starts, in the dialect of spec section 2: comma
 * separated, double quotes with doubled quotes inside, backslash an ordinary character, quoted
 * fields may span lines. Blank lines are skipped. Named leniency: characters after a closing quote
 * are kept (a stray quote does not stop the file).
 */
public final class CsvTokenizer implements Iterator<CsvTokenizer.RawRecord>, AutoCloseable {

  /** A record as read: the line it starts on and its raw fields. */
  public record RawRecord(long line, List<String> fields) {}

  private final CsvReader<CsvRecord> reader;
  private final Iterator<CsvRecord> records;
  private RawRecord next;

  public CsvTokenizer(InputStream in, Charset charset, ReadLimits limits) {
    this(in, charset, limits, true);
  }

  /**
   * {@code guardLines}: check every character for the line-length limit and NUL; a caller that
   * knows from {@link ByteScan} that no line can exceed the limit and no NUL is held passes false.
   */
  public CsvTokenizer(InputStream in, Charset charset, ReadLimits limits, boolean guardLines) {
    Reader decoded =
        new InputStreamReader(
            skipUtf8Bom(in),
            charset
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    this.reader =
        CsvReader.builder()
            .skipEmptyLines(true)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .allowExtraCharsAfterClosingQuote(true)
            .detectBomHeader(false)
            .maxBufferSize(Math.max(limits.maxLineLength() * 4, 16 * 1024 * 1024))
            .ofCsvRecord(
                guardLines ? new LineGuardReader(decoded, limits.maxLineLength()) : decoded);
    this.records = reader.iterator();
  }

  /**
   * Skips a leading UTF-8 byte-order mark whatever the charset: a file that is otherwise
   * Windows-1252 may still start with one (spec section 2: a leading BOM is skipped).
   */
  private static InputStream skipUtf8Bom(InputStream in) {
    PushbackInputStream pushback = new PushbackInputStream(in, 3);
    try {
      byte[] head = pushback.readNBytes(3);
      boolean bom =
          head.length == 3
              && head[0] == (byte) 0xEF
              && head[1] == (byte) 0xBB
              && head[2] == (byte) 0xBF;
      if (!bom) {
        pushback.unread(head);
      }
    } catch (IOException e) {
      throw new FileRejectedException("file cannot be read: " + e.getClass().getSimpleName());
    }
    return pushback;
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      CsvRecord record = advance();
      if (record == null) {
        return false;
      }
      if (!blank(record)) {
        next = new RawRecord(record.getStartingLineNumber(), record.getFields());
      }
    }
    return true;
  }

  @Override
  public RawRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    RawRecord result = next;
    next = null;
    return result;
  }

  private CsvRecord advance() {
    try {
      return records.hasNext() ? records.next() : null;
    } catch (CsvParseException e) {
      throw new FileRejectedException("file cannot be read as CSV: " + rootMessage(e));
    } catch (UncheckedIOException e) {
      throw new FileRejectedException("file cannot be read: " + rootMessage(e));
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      if (t.getCause() instanceof FileRejectedException rejected) {
        throw rejected;
      }
      t = t.getCause();
    }
    return t.getClass().getSimpleName();
  }

  private static boolean blank(CsvRecord record) {
    return record.getFieldCount() == 1 && Text.clean(record.getField(0)) == null;
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
