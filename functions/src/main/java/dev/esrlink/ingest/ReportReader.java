package dev.esrlink.ingest;

import dev.esrlink.config.BucketsConfig;
import dev.esrlink.store.ObjectStore;
import dev.esrlink.topology.Topology;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Reads the file reports back (for explain and the status pages): the one place that knows where a
 * report is kept, the operations bucket under {@code reports/<name>.json}.
 */
@ApplicationScoped
public class ReportReader {
  private static final String SUFFIX = ".json";

  private final ObjectStore objects;
  private final BucketsConfig buckets;

  @Inject
  public ReportReader(ObjectStore objects, BucketsConfig buckets) {
    this.objects = objects;
    this.buckets = buckets;
  }

  /** The report of an inbound file name, if the hub has received a file of that name. */
  public Optional<FileReport> read(String name) {
    return objects.readText(buckets.operations(), key(name)).map(Json::read);
  }

  /** The names of every inbound file with a report, in name order. */
  public List<String> names() {
    return objects.keys(buckets.operations(), Topology.REPORTS_PREFIX).stream()
        .filter(k -> k.endsWith(SUFFIX))
        .map(k -> k.substring(Topology.REPORTS_PREFIX.length(), k.length() - SUFFIX.length()))
        .toList();
  }

  /** The names with a report that start with {@code prefix}: one listing of that prefix. */
  public List<String> namesStartingWith(String prefix) {
    return objects.keys(buckets.operations(), Topology.REPORTS_PREFIX + prefix).stream()
        .filter(k -> k.endsWith(SUFFIX))
        .map(k -> k.substring(Topology.REPORTS_PREFIX.length(), k.length() - SUFFIX.length()))
        .toList();
  }

  /** Where the report of a name is kept, relative to the operations bucket. */
  public static String key(String name) {
    return Topology.REPORTS_PREFIX + name + SUFFIX;
  }
}
