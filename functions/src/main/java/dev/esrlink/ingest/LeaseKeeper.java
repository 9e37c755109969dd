package dev.esrlink.ingest;

import dev.esrlink.config.HubClock;
import dev.esrlink.log.LogEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Keeps a file's processing lease while the file is worked on: a heartbeat looks at the hub's clock
 * every second and, once a third of the lease has passed, renews it for a whole lease from now. A
 * file that takes longer than one lease is therefore never taken over by a duplicate delivery or a
 * re-drive while its invocation lives; when the invocation dies, the heartbeat dies with it and the
 * lease runs out as before.
 */
@ApplicationScoped
public class LeaseKeeper {
  private static final Logger LOG = Logger.getLogger(LeaseKeeper.class);
  private static final long RENEW_AFTER_SECONDS = Receipts.LEASE_SECONDS / 3;

  private final Receipts receipts;
  private final HubClock clock;
  private final ScheduledExecutorService heartbeat =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "lease-heartbeat");
            thread.setDaemon(true);
            return thread;
          });

  @Inject
  public LeaseKeeper(Receipts receipts, HubClock clock) {
    this.receipts = receipts;
    this.clock = clock;
  }

  /** Starts renewing the lease of the object with this SHA-256 under {@code name}. */
  public Held keep(String bucket, String name, String sha256) {
    return new Held(bucket, name, sha256);
  }

  @PreDestroy
  void stop() {
    heartbeat.shutdownNow();
  }

  /** The heartbeat of one file; closing it stops the renewals. */
  public final class Held implements AutoCloseable {
    private final String bucket;
    private final String name;
    private final String sha256;
    private final ScheduledFuture<?> beat;
    private volatile long renewedAt;

    private Held(String bucket, String name, String sha256) {
      this.bucket = bucket;
      this.name = name;
      this.sha256 = sha256;
      this.renewedAt = clock.now().getEpochSecond();
      this.beat = heartbeat.scheduleWithFixedDelay(this::renewIfDue, 1, 1, TimeUnit.SECONDS);
    }

    private void renewIfDue() {
      long now = clock.now().getEpochSecond();
      if (now - renewedAt < RENEW_AFTER_SECONDS) {
        return;
      }
      try {
        if (receipts.renew(bucket, name, sha256, clock.now())) {
          renewedAt = now;
        } else {
          beat.cancel(false);
        }
      } catch (RuntimeException e) {
        // the next beat tries again; the lease still has two thirds of its time
        LogEvent.of("lease.renewal_failed")
            .with("file", name)
            .with("error", e.getClass().getSimpleName())
            .warn(LOG);
      }
    }

    @Override
    public void close() {
      beat.cancel(false);
    }
  }
}
