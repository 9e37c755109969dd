package dev.esrlink.function;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.esrlink.explain.Explanation;
import java.util.List;

/** What the status function did: the pages it wrote, or the explanation asked for. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class StatusAnswer {
  public String job;
  public String lo;
  public List<String> pages;
  public Explanation explanation;
}
