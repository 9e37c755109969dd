package dev.esrlink.ingest;

import dev.esrlink.core.EsrLinkException;
import dev.esrlink.file.DatHeader;
import dev.esrlink.file.OutboundWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The RTC receipt of one RMF/RMC, written row by row to a temporary file as records are read (one
 * row per data record, in line order), then uploaded whole.
 */
final class RtcRows implements AutoCloseable {
  private final String sourceFile;
  private final Path path;
  private final OutputStream stream;
  private final OutboundWriter writer;

  RtcRows(String sourceFile, DatHeader header) {
    this.sourceFile = sourceFile;
    try {
      this.path = Files.createTempFile("rtc-", ".DAT");
      this.stream = Files.newOutputStream(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.writer = OutboundWriter.dat(stream, header, "RTC");
  }

  void add(long line, String recordType, String key, boolean accepted, String message) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("sourceFile", sourceFile);
    row.put("lineNumber", Long.toString(line));
    row.put("recordType", recordType);
    row.put("key", key);
    row.put("status", accepted ? "ACCEPTED" : "REJECTED");
    row.put("message", message);
    writer.write(row);
  }

  /** Closes the file with its TRL and returns its path; the caller uploads and deletes it. */
  Path finish() {
    writer.close();
    return path;
  }

  @Override
  public void close() {
    try {
      stream.close();
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new EsrLinkException("temporary RTC file cannot be removed", e);
    }
  }
}
