package dev.esrlink.function;

import java.util.List;

/** What an export job wrote: the object keys (empty when there was nothing to send). */
public class ExportResult {
  public String job;
  public String lo;
  public List<String> files;

  public static ExportResult of(JobEvent event, List<String> files) {
    ExportResult result = new ExportResult();
    result.job = event.job;
    result.lo = event.lo;
    result.files = files;
    return result;
  }
}
