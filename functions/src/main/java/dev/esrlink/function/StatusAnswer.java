package dev.esrlink.function;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.esrlink.explain.Explanation;
import java.util.List;

/**
 * What the status function did: the pages it wrote, the inbound types missing today (ARRIVALS), or
 * the explanation asked for.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class StatusAnswer {
  public String job;
  public String lo;
  public List<String> pages;

  /** ARRIVALS: the expected inbound types with no file named for today. */
  public List<String> missing;

  public Explanation explanation;
}
