package dev.esrlink.function;

import dev.esrlink.arrivals.ArrivalCheck;
import dev.esrlink.core.EsrLinkException;
import dev.esrlink.core.LocalOffice;
import dev.esrlink.explain.Explainer;
import dev.esrlink.explain.Explanation;
import dev.esrlink.status.StatusService;
import io.quarkus.funqy.Funq;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The status function: writes the status pages, or explains one subject. Reads the store only. */
public class StatusFunctions {
  @Inject StatusService pages;
  @Inject Explainer explainer;
  @Inject ArrivalCheck arrivals;

  @Funq("status")
  public StatusAnswer status(StatusRequest request) {
    StatusRequest r = request == null ? new StatusRequest() : request;
    long subjects = Stream.of(r.placement, r.trainee, r.tpn, r.file).filter(s -> s != null).count();
    if (subjects > 1) {
      throw new EsrLinkException("explain one of placement, trainee, tpn or file at a time");
    }
    StatusAnswer answer = new StatusAnswer();
    if (subjects == 1) {
      answer.explanation = explain(r);
      return answer;
    }
    if (r.job != null && !"STATUS".equalsIgnoreCase(r.job) && !"ARRIVALS".equalsIgnoreCase(r.job)) {
      throw new EsrLinkException(
          "the status function runs the STATUS and ARRIVALS jobs, not " + r.job);
    }
    if (r.lo != null && !LocalOffice.isKnown(r.lo)) {
      throw new EsrLinkException("the event names no known Local Office: " + r.lo);
    }
    answer.lo = r.lo == null ? null : r.lo.toUpperCase(Locale.ROOT);
    if ("ARRIVALS".equalsIgnoreCase(r.job)) {
      if (answer.lo == null) {
        throw new EsrLinkException("the ARRIVALS job names one Local Office (lo)");
      }
      answer.job = "ARRIVALS";
      answer.missing = arrivals.missing(answer.lo);
      return answer;
    }
    answer.job = "STATUS";
    answer.pages = pages.write(answer.lo == null ? List.of() : List.of(answer.lo));
    return answer;
  }

  private Explanation explain(StatusRequest r) {
    if (r.placement != null) {
      return explainer.placement(r.placement);
    }
    if (r.trainee != null) {
      return explainer.trainee(r.trainee);
    }
    if (r.tpn != null) {
      return explainer.tpn(r.tpn);
    }
    return explainer.file(r.file);
  }
}
