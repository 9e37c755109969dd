package dev.esrlink.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.esrlink.config.BucketsConfig;
import dev.esrlink.config.HubClock;
import dev.esrlink.core.EsrLinkException;
import dev.esrlink.explain.Explainer;
import dev.esrlink.explain.Explanation;
import dev.esrlink.explain.OfficeView;
import dev.esrlink.explain.OfficeViews;
import dev.esrlink.explain.PlacementStatus;
import dev.esrlink.explain.Stages;
import dev.esrlink.file.FileName;
import dev.esrlink.ingest.FileReport;
import dev.esrlink.ingest.ReportReader;
import dev.esrlink.log.LogEvent;
import dev.esrlink.store.ObjectStore;
import dev.esrlink.topology.Topology;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Writes the status pages to the operations bucket under {@code status/}: per Local Office its HTML
 * page and the same figures as JSON, then the index of every office that has a page. Reads the
 * store; writes nothing but these objects.
 */
@ApplicationScoped
public class StatusService {
  private static final Logger LOG = Logger.getLogger(StatusService.class);
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final OfficeViews views;
  private final Stages stages;
  private final Explainer explainer;
  private final FiguresBuilder figures;
  private final ReportReader reports;
  private final ObjectStore objects;
  private final BucketsConfig buckets;
  private final HubClock clock;

  @Inject
  public StatusService(
      OfficeViews views,
      Stages stages,
      Explainer explainer,
      FiguresBuilder figures,
      ReportReader reports,
      ObjectStore objects,
      BucketsConfig buckets,
      HubClock clock) {
    this.views = views;
    this.stages = stages;
    this.explainer = explainer;
    this.figures = figures;
    this.reports = reports;
    this.objects = objects;
    this.buckets = buckets;
    this.clock = clock;
  }

  /** Writes the pages of the offices named (every office when none) and the index; the keys. */
  public List<String> write(List<String> offices) {
    List<String> selected = offices.isEmpty() ? Topology.LOCAL_OFFICES : offices;
    String generatedAt =
        clock.londonNow().truncatedTo(ChronoUnit.SECONDS).toOffsetDateTime().toString();
    List<String> names = reports.names();
    List<String> written = new ArrayList<>();
    for (String lo : selected) {
      written.addAll(office(lo, names, generatedAt));
    }
    written.addAll(index(generatedAt));
    LogEvent.of("status.written")
        .with("offices", selected.size())
        .with("objects", written.size())
        .info(LOG);
    return written;
  }

  /** The figures of one office as its page shows them (nothing is written). */
  public OfficeFigures figures(String lo) {
    return build(lo, reports.names(), clock.londonNow().toOffsetDateTime().toString()).figures();
  }

  private record Built(
      OfficeFigures figures, Map<String, Explanation> chains, Map<String, FileReport> reports) {}

  private Built build(String lo, List<String> names, String generatedAt) {
    OfficeView view = views.load(lo);
    LocalDate today = view.today();
    Map<String, FileReport> received = new LinkedHashMap<>();
    for (String name : names) {
      if (FileName.localOfficeOf(name).filter(lo::equals).isPresent()
          && FiguresBuilder.recent(name, today)) {
        reports.read(name).ifPresent(r -> received.put(name, r));
      }
    }
    List<FiguresBuilder.Received> list = new ArrayList<>();
    received.forEach((n, r) -> list.add(new FiguresBuilder.Received(n, r)));
    List<OfficeFigures.SharePoint> history =
        previous(lo).map(OfficeFigures::matchedShareHistory).orElse(List.of());
    Map<String, PlacementStatus> statuses = stages.of(view);
    OfficeFigures f = figures.build(view, statuses, list, history, generatedAt);
    Set<String> listed =
        f.placements().stream()
            .map(OfficeFigures.PlacementRow::placementId)
            .collect(Collectors.toSet());
    Map<String, PlacementStatus> shown = new LinkedHashMap<>(statuses);
    shown.keySet().retainAll(listed);
    return new Built(f, explainer.all(view, shown), received);
  }

  private List<String> office(String lo, List<String> names, String generatedAt) {
    Built built = build(lo, names, generatedAt);
    String html = StatusPages.office(built.figures(), built.chains(), built.reports());
    return List.of(
        put(StatusPages.officeFile(lo), html, "text/html; charset=utf-8"),
        put(lo + ".json", json(built.figures()), "application/json"));
  }

  private List<String> index(String generatedAt) {
    List<Headline> headlines = new ArrayList<>();
    String today = clock.today().toString();
    for (String lo : Topology.LOCAL_OFFICES) {
      previous(lo).ifPresent(f -> headlines.add(Headline.of(f)));
    }
    return List.of(
        put(
            "index.html",
            StatusPages.index(headlines, today, generatedAt),
            "text/html; charset=utf-8"),
        put("index.json", json(headlines), "application/json"));
  }

  private Optional<OfficeFigures> previous(String lo) {
    return objects
        .readText(buckets.operations(), Topology.STATUS_PREFIX + lo + ".json")
        .map(
            text -> {
              try {
                return JSON.readValue(text, OfficeFigures.class);
              } catch (JsonProcessingException e) {
                LogEvent.of("status.unreadable").with("lo", lo).warn(LOG);
                return null;
              }
            });
  }

  private String put(String name, String text, String type) {
    String key = Topology.STATUS_PREFIX + name;
    objects.putText(buckets.operations(), key, text, type);
    return key;
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new EsrLinkException("status figures cannot be written as JSON", e);
    }
  }
}
