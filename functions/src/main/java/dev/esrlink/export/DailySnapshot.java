package dev.esrlink.export;

import java.util.List;
import java.util.Map;

/**
 * An outbound file of the state as of today (DNF, RECONCILIATION): one file a day at most,
 * rewritten under the same sequence when run again the same day.
 */
public interface DailySnapshot extends OutboundExport {

  /** Today's rows, in the file's order; empty when there is nothing to send. */
  List<Map<String, String>> rows(ExportScope scope);

  /** Stores what readers of the file need before it is written (nothing, unless overridden). */
  default void beforeWrite(List<Map<String, String>> rows) {}
}
