package dev.esrlink.export;

import dev.esrlink.store.ExportRuns.Run;
import java.util.List;
import java.util.Map;

/**
 * An outbound file of what was not sent before (APP, DNC, LOADRESULTS, ESRUPDATES): the run claims
 * what is due, marking it with its sequence, then writes what it claimed (rule 9).
 *
 * @param <T> what is due, as {@link #due} finds it and {@link #claim} marks it
 */
public interface ClaimingExport<T> extends OutboundExport {

  /** What is due to be sent now; empty when nothing is. */
  List<T> due(ExportScope scope);

  /** Marks {@code due} as sent by the run (its sequence and file). */
  void claim(ExportScope scope, List<T> due, Run run);

  /** The rows of what the run claimed, in the file's order. */
  List<Map<String, String>> claimed(String lo, Run run);
}
