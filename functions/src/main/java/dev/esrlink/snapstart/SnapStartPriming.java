package dev.esrlink.snapstart;

import dev.esrlink.log.LogEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Primes the function during Lambda's init phase when it runs with SnapStart (Lambda sets {@code
 * AWS_LAMBDA_INITIALIZATION_TYPE=snap-start}), so the snapshot holds loaded and exercised classes.
 * {@code esrlink.priming=true|false} forces it on or off (local JVMs leave it off: there is no
 * snapshot to keep the work in, and it would only lengthen their start).
 */
@ApplicationScoped
public class SnapStartPriming {
  private static final Logger LOG = Logger.getLogger(SnapStartPriming.class);

  private final boolean enabled;

  SnapStartPriming(@ConfigProperty(name = "esrlink.priming") Optional<Boolean> priming) {
    this.enabled =
        priming.orElseGet(
            () -> "snap-start".equals(System.getenv("AWS_LAMBDA_INITIALIZATION_TYPE")));
  }

  boolean enabled() {
    return enabled;
  }

  void onStart(@Observes StartupEvent event) {
    if (enabled) {
      Priming.Report report = Priming.prime();
      LogEvent.of("snapstart.primed")
          .with("json", report.jsonDocuments())
          .with("layouts", report.layouts())
          .with("fileNames", report.fileNames())
          .with("stoppedRequests", report.stoppedRequests())
          .info(LOG);
    }
  }
}
