package dev.esrlink.ingest;

import dev.esrlink.config.BucketsConfig;
import dev.esrlink.file.FileRejectedException;
import java.util.Locale;

/**
 * An ESR file ({@code DE_...}) put into the LETB inbound bucket, or a LETB file ({@code LETB_...})
 * into the ESR inbound bucket, is quarantined by the function that receives it, with a reason
 * naming both buckets, before anything is read or written elsewhere: that function's role can reach
 * only its own partner's outbound bucket, so applying the file (an RTC for an RMF, say) would fail
 * on an access it lacks.
 */
final class WrongBucket {

  /** The quarantine of a misplaced file: no partner answer (RTC) is written for it. */
  static final class Misplaced extends FileRejectedException {
    private static final long serialVersionUID = 1L;

    Misplaced(String reason) {
      super(reason);
    }
  }

  private WrongBucket() {}

  static void check(String bucket, String name, BucketsConfig buckets) {
    String upper = name.toUpperCase(Locale.ROOT);
    if (bucket.equals(buckets.letbInbound()) && upper.startsWith("DE_")) {
      throw new Misplaced(
          "an ESR file (DE_...) in the LETB inbound bucket; ESR puts its files into the ESR"
              + " inbound bucket, which ingestEsrFile reads");
    }
    if (bucket.equals(buckets.esrInbound()) && upper.startsWith("LETB_")) {
      throw new Misplaced(
          "a LETB file (LETB_...) in the ESR inbound bucket; the LETB puts its files into the"
              + " LETB inbound bucket, which ingestLetbFile reads");
    }
  }
}
