package dev.esrlink.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import dev.esrlink.cli.InvocationWatch;
import dev.esrlink.log.LogEvent;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The benchmark's heap hook in a function JVM ({@code ESRLINK_HOST_HEAP=true} for every function,
 * or the names of the functions to watch, comma-separated): before an event a full GC and a reset
 * of the heap pools' peaks; during it, a full GC every half second and the largest heap occupancy
 * left after a full GC (the live set: a young collection leaves the old generation's garbage in
 * place, so only full collections count); after it the event {@code host.heap} in the function's
 * log, fields {@code baselineBytes}, {@code peakAfterGcBytes}, {@code peakPoolsBytes}, {@code gcs},
 * {@code fullGcMs}, {@code youngGcMs} (the pauses of the full and young collections during the
 * event: what the hook costs the event).
 */
public final class HeapWatch implements InvocationWatch {

  /** The functions to watch: {@code true} for every one, or their names, comma-separated. */
  static final String VARIABLE = "ESRLINK_HOST_HEAP";

  /** The jar holding this watch, for {@link InvocationWatch#VARIABLE}. */
  static String jar() {
    try {
      return Path.of(HeapWatch.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the bench jar", e);
    }
  }

  @Override
  public boolean watches(String function) {
    return enabledFor(function, System.getenv(VARIABLE));
  }

  /**
   * Whether the hook runs in this function's JVM. Its full collections cost time in proportion to
   * the live set, so the bench watches only the function it measures the heap of: an export job
   * holding a large office's state (hundreds of MB) spent most of its time in them.
   */
  static boolean enabledFor(String function, String setting) {
    if (setting == null || setting.isBlank()) {
      return false;
    }
    for (String name : setting.split(",")) {
      if (name.trim().equals("true") || name.trim().equals(function)) {
        return true;
      }
    }
    return false;
  }

  private final List<MemoryPoolMXBean> pools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .toList();
  private final Set<String> poolNames =
      pools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
  private final AtomicLong peakAfterGc = new AtomicLong();
  private final AtomicLong gcs = new AtomicLong();
  private final AtomicLong fullMs = new AtomicLong();
  private final AtomicLong youngMs = new AtomicLong();
  private volatile boolean watching;
  private long baseline;

  /** Listens to the collections of this JVM; a service of {@link InvocationWatch}. */
  public HeapWatch() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc)
          .addNotificationListener(
              (notification, handback) -> {
                if (watching
                    && GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                        notification.getType())) {
                  GarbageCollectionNotificationInfo info =
                      GarbageCollectionNotificationInfo.from(
                          (CompositeData) notification.getUserData());
                  if (!info.getGcAction().contains("major")) {
                    youngMs.addAndGet(info.getGcInfo().getDuration());
                    return;
                  }
                  fullMs.addAndGet(info.getGcInfo().getDuration());
                  long used = heapUsed(info.getGcInfo().getMemoryUsageAfterGc());
                  peakAfterGc.accumulateAndGet(used, Math::max);
                  gcs.incrementAndGet();
                }
              },
              null,
              null);
    }
  }

  @Override
  public void before() {
    watching = false;
    System.gc();
    baseline = pools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    peakAfterGc.set(baseline);
    gcs.set(0);
    fullMs.set(0);
    youngMs.set(0);
    watching = true;
    Thread sampler = new Thread(this::sample, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  private void sample() {
    while (watching) {
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (watching) {
        System.gc();
      }
    }
  }

  @Override
  public LogEvent after() {
    long peakPools = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    try {
      Thread.sleep(100); // GC notifications arrive on a service thread
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    watching = false;
    return LogEvent.of("host.heap")
        .with("baselineBytes", baseline)
        .with("peakAfterGcBytes", peakAfterGc.get())
        .with("peakPoolsBytes", peakPools)
        .with("gcs", gcs.get())
        .with("fullGcMs", fullMs.get())
        .with("youngGcMs", youngMs.get());
  }

  private long heapUsed(Map<String, MemoryUsage> usage) {
    return usage.entrySet().stream()
        .filter(e -> poolNames.contains(e.getKey()))
        .mapToLong(e -> e.getValue().getUsed())
        .sum();
  }
}
