package dev.esrlink.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The status pages as a person sees them: a small known world processed through the launcher (the
 * packaged functions on the emulators), the pages written by {@code status}, then opened in
 * headless Chromium through chromium-driver (Debian's {@code chromium} and {@code
 * chromium-driver}). Checks the figures and follows the links; keeps a screenshot under {@code
 * target/}.
 */
@EnabledIfSystemProperty(named = "esrlink.e2e.functions", matches = "true")
class StatusPagesBrowserIT {

  static final String CLOCK = "2025-03-03T09:00:00Z";
  static final String A = "EOE/RGT00/030/STR/001";
  static final String B = "EOE/RGT00/030/STR/009";
  static final String NEAR_B = "EOE/RGT00/30/STR/9";
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir Path dir;

  @Test
  void thePagesShowTheKnownFiguresAndLinkToEachExplanation() throws Exception {
    assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
        .as("headless Chromium is needed: apt-get install -y chromium chromium-driver")
        .isTrue();
    List<String> files = world();
    List<String> process =
        new java.util.ArrayList<>(
            List.of(
                "process", "--state", "s", "--clock", CLOCK, "--mode", "EOE=FULL", "--out", "out"));
    process.addAll(files);
    Cli.Result processed = Cli.run(dir, process.toArray(String[]::new));
    assertThat(processed.exit()).as(processed.out() + processed.err()).isZero();
    assertThat(dir.resolve("out/status/index.html")).exists();

    Cli.Result status =
        Cli.run(
            dir,
            "status",
            "--state",
            "s",
            "--clock",
            CLOCK,
            "--mode",
            "EOE=FULL",
            "--out",
            "pages");
    assertThat(status.exit()).as(status.out() + status.err()).isZero();
    assertThat(status.out()).contains(dir.resolve("pages/index.html").toString());

    Cli.Result explain =
        Cli.run(dir, "explain", "--state", "s", "--clock", CLOCK, "--placement", "EP1", "--json");
    assertThat(explain.exit()).as(explain.out() + explain.err()).isZero();
    JsonNode answer = new ObjectMapper().readTree(explain.out());
    assertThat(answer.path("stage").asText()).isEqualTo("SENT");
    Cli.Result text = Cli.run(dir, "explain", "--state", "s", "--clock", CLOCK, "--tpn", B);
    assertThat(text.out())
        .contains("tpn " + B + " (EOE)", "Post found and live?  yes", "nearMiss: " + NEAR_B);

    String pagesHtml = Files.readString(dir.resolve("pages/EOE.html"), StandardCharsets.UTF_8);
    assertThat(pagesHtml)
        .doesNotContain(
            "Qwertyname", "7300001", "1991-01-01", "<script", "<link", "src=", "url(", "@import");

    WebDriver browser = browser();
    try {
      browser.get(dir.resolve("pages/index.html").toUri().toString());
      WebElement eoe = browser.findElement(By.cssSelector("tr[data-lo='EOE']"));
      assertThat(figure(eoe, "files")).isEqualTo("4");
      assertThat(figure(eoe, "rejected")).isEqualTo("1");
      assertThat(figure(eoe, "matched-share")).isEqualTo("50%");
      assertThat(figure(eoe, "placements")).isEqualTo("3");
      assertThat(figure(eoe, "sent")).isEqualTo("1");
      assertThat(browser.findElements(By.cssSelector("tr[data-lo]"))).hasSize(13);

      eoe.findElement(By.linkText("EOE")).click();
      assertThat(browser.getCurrentUrl()).endsWith("/EOE.html");
      assertThat(browser.getTitle()).isEqualTo("ESR Link status EOE");
      assertThat(figure(browser, "tile-files")).isEqualTo("4");
      assertThat(figure(browser, "tile-rejected")).isEqualTo("1");
      assertThat(figure(browser, "stage-SENT")).isEqualTo("1");
      assertThat(figure(browser, "stage-WAITING_FOR_MATCH")).isEqualTo("1");
      assertThat(figure(browser, "stage-BEFORE_WINDOW")).isEqualTo("1");
      assertThat(figure(browser, "stage-DUE")).isEqualTo("0");
      assertThat(figure(browser, "rule-count")).isEqualTo("1");
      assertThat(figure(browser, "unmatched-posts")).isEqualTo("1");
      assertThat(figure(browser, "positions-without-post")).isEqualTo("1");
      assertThat(figure(browser, "reconciliation-MATCHED")).isEqualTo("2");
      assertThat(browser.findElements(By.tagName("svg"))).hasSize(3);
      screenshot(browser, "status-page.png");

      browser.findElement(By.linkText("EP1")).click();
      assertThat(browser.getCurrentUrl()).endsWith("#explain-EP1");
      WebElement chain = browser.findElement(By.id("explain-EP1"));
      assertThat(chain.findElement(By.cssSelector("[data-figure='explain-stage']")).getText())
          .isEqualTo("sent");
      assertThat(chain.findElement(By.cssSelector("tr[data-step='app']")).getText())
          .contains("DE_EOE_APP_20250303_00000001.DAT");

      browser.findElement(By.linkText("LETB_EOE_PLACEMENTS_20250303_000001.csv")).click();
      WebElement report =
          browser.findElement(By.id("report-LETB_EOE_PLACEMENTS_20250303_000001.46.csv"));
      assertThat(report.getText()).contains("rejected 1", "startDate");
      screenshot(browser, "status-explain.png");
    } finally {
      browser.quit();
    }
  }

  private List<String> world() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    write(
        in.resolve("DE_EOE_RMF_20250303_00000001.DAT"),
        "HDR,RMF,EOE,00000001,20250303070000",
        por(500001, A, "LEAD", "RGT"),
        por(500002, A, "HOST", "RGQ"),
        por(500003, NEAR_B, "LEAD", "RGT"),
        "TRL,3");
    write(
        in.resolve("LETB_EOE_POSTS_20250303_000001.csv"),
        "tpn,status",
        A + ",CURRENT",
        B + ",CURRENT");
    write(
        in.resolve("LETB_EOE_TRAINEES_20250303_000001.csv"),
        "traineeId,gmcNumber,lastName,firstName,dateOfBirth",
        "E1,7300001,Qwertyname,Asdfname,1991-01-01",
        "E2,7300002,Qwertyname,Bsdfname,1991-01-01",
        "E3,7300003,Qwertyname,Csdfname,1991-01-01");
    write(
        in.resolve("LETB_EOE_PLACEMENTS_20250303_000001.csv"),
        "placementId,traineeId,tpn,startDate,endDate,placementType,status",
        "EP1,E1," + A + ",2025-03-20,2026-03-19,IN_POST,APPROVED",
        "EP2,E2," + B + ",2025-03-20,2026-03-19,IN_POST,APPROVED",
        "EP3,E3," + A + ",2025-09-01,2026-08-31,IN_POST,APPROVED",
        "EP4,E3," + A + ",2025-13-01,2026-08-31,IN_POST,APPROVED");
    try (var list = Files.list(in)) {
      return list.map(p -> "in/" + p.getFileName()).sorted().toList();
    }
  }

  private static WebDriver browser() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,2000",
        "--user-data-dir=" + freshProfile());
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return driver;
  }

  private static String freshProfile() {
    try {
      return Files.createTempDirectory("esrlink-chromium-").toString();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String figure(org.openqa.selenium.SearchContext scope, String name) {
    return scope.findElement(By.cssSelector("[data-figure='" + name + "']")).getText();
  }

  private static void screenshot(WebDriver browser, String name) throws IOException {
    Path shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath();
    Path target = Files.createDirectories(Path.of("target")).resolve(name);
    Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
  }

  private static String por(int positionId, String tpn, String role, String employer) {
    return "POR,"
        + positionId
        + ",,\"C\",\"E"
        + positionId
        + "\",\"Registrar\",\""
        + tpn
        + "\",\"EOE\",\""
        + role
        + "\",\""
        + employer
        + "\",12,\"O\",\"L\"";
  }

  private static void write(Path file, String... lines) throws IOException {
    Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
  }
}
