package dev.esrlink.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.esrlink.core.EsrLinkException;

/** JSON of file reports. */
final class Json {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  static String write(FileReport report) {
    try {
      return MAPPER.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new EsrLinkException("file report cannot be written as JSON", e);
    }
  }

  static FileReport read(String json) {
    try {
      return MAPPER.readValue(json, FileReport.class);
    } catch (JsonProcessingException e) {
      throw new EsrLinkException("stored file report cannot be read", e);
    }
  }
}
