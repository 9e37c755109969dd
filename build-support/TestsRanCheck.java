import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Fails the build when a test class of a module did not run: every class under src/test/java that
 * declares a test (JUnit Jupiter, jqwik or Quarkus annotations) must have a Surefire or Failsafe
 * report written by this build. A class named outside the include patterns, or one whose test
 * engine is missing from the classpath, leaves no report and is named here.
 *
 * <p>Run by the parent pom in the verify phase as a single-file program: {@code java
 * TestsRanCheck.java <module dir> <build start> key=value...}. The check is skipped when the run
 * selects or skips tests ({@code -Dtest}, {@code -Dit.test}, {@code -DskipTests}, {@code
 * -DskipITs}, {@code -Dmaven.test.skip}), as a partial run leaves classes out on purpose.
 */
public final class TestsRanCheck {
  private static final Pattern TEST_ANNOTATION =
      Pattern.compile(
          "@(Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate|Property|Example"
              + "|QuarkusTest|QuarkusIntegrationTest)\\b");
  private static final Pattern ABSTRACT_CLASS = Pattern.compile("\\babstract\\s+class\\b");

  /** Report files are stamped to the second on some file systems. */
  private static final long CLOCK_SLACK_MS = 2_000;

  private TestsRanCheck() {}

  public static void main(String[] args) throws IOException {
    Path module = Path.of(args[0]);
    Instant buildStart = Instant.parse(args[1]);
    for (int i = 2; i < args.length; i++) {
      String[] option = args[i].split("=", 2);
      if (selectsOrSkips(option[0], option.length > 1 ? option[1] : "")) {
        System.out.println("[tests-ran] skipped: the run sets " + option[0]);
        return;
      }
    }
    Path sources = module.resolve("src/test/java");
    if (!Files.isDirectory(sources)) {
      return;
    }
    List<String> testClasses = testClasses(sources);
    List<String> notRun = new ArrayList<>();
    for (String testClass : testClasses) {
      if (!reported(module.resolve("target"), testClass, buildStart)) {
        notRun.add(testClass);
      }
    }
    if (!notRun.isEmpty()) {
      System.err.println(
          "[tests-ran] test classes of "
              + module.getFileName()
              + " that no test plugin ran in this build (name them *Test or *Properties for"
              + " Surefire, *IT for Failsafe, or check that their test engine is on the"
              + " classpath):");
      notRun.forEach(name -> System.err.println("[tests-ran]   " + name));
      System.exit(1);
    }
    System.out.println(
        "[tests-ran] all " + testClasses.size() + " test classes of " + module.getFileName() + " ran");
  }

  /** Whether an option left in Maven's syntax (unset) or set to false means a full run. */
  private static boolean selectsOrSkips(String name, String value) {
    if (value.isBlank() || value.startsWith("${") || value.equals("false")) {
      return false;
    }
    return switch (name) {
      case "test", "it.test", "skipTests", "skipITs", "maven.test.skip" -> true;
      default -> throw new IllegalArgumentException("unknown option " + name);
    };
  }

  private static List<String> testClasses(Path sources) throws IOException {
    try (Stream<Path> files = Files.walk(sources)) {
      return files
          .filter(file -> file.toString().endsWith(".java"))
          .filter(TestsRanCheck::declaresTests)
          .map(file -> className(sources.relativize(file)))
          .sorted()
          .toList();
    }
  }

  private static boolean declaresTests(Path file) {
    try {
      String text = Files.readString(file);
      return TEST_ANNOTATION.matcher(text).find() && !ABSTRACT_CLASS.matcher(text).find();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String className(Path relative) {
    String path = relative.toString().replace(relative.getFileSystem().getSeparator(), ".");
    return path.substring(0, path.length() - ".java".length());
  }

  private static boolean reported(Path target, String testClass, Instant buildStart) {
    for (String reports : List.of("surefire-reports", "failsafe-reports")) {
      Path report = target.resolve(reports).resolve("TEST-" + testClass + ".xml");
      try {
        if (Files.isRegularFile(report)
            && Files.getLastModifiedTime(report).toMillis()
                >= buildStart.toEpochMilli() - CLOCK_SLACK_MS) {
          return true;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }
}
