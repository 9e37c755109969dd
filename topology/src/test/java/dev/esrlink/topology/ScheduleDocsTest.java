package dev.esrlink.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The default times of the daily jobs are written in one place of the docs, the {@code
 * esrlink.schedule.<JOB>} row of docs/deploy.md; a changed default fails here until that row says
 * the same.
 */
class ScheduleDocsTest {
  private static final Path DEPLOY = Path.of("..", "docs", "deploy.md");
  private static final Pattern JOB_TIME = Pattern.compile("([A-Z]+) `(\\d{2}:\\d{2})`");

  @Test
  void deployDocsListTheTopologysDefaultTimes() throws IOException {
    String row =
        Files.readAllLines(DEPLOY).stream()
            .filter(line -> line.startsWith("| `esrlink.schedule.<JOB>` |"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no esrlink.schedule.<JOB> row in " + DEPLOY));
    String defaults = row.split("\\|")[2];
    Map<String, LocalTime> documented = new LinkedHashMap<>();
    Matcher m = JOB_TIME.matcher(defaults);
    while (m.find()) {
      documented.put(m.group(1), LocalTime.parse(m.group(2)));
    }
    assertThat(documented).containsExactlyEntriesOf(Topology.DAILY_JOBS);
  }
}
