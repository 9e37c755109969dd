package dev.esrlink.cli;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.jboss.logging.Logger;

/**
 * Runs in the function's own JVM (classpath: the packaged function jar, then the CLI jar) and does
 * what AWS's Java managed runtime does: creates the handler named in the deployment ({@code
 * io.quarkus.funqy.lambda.FunqyStreamHandler}, which boots Quarkus and dispatches on {@code
 * QUARKUS_FUNQY_EXPORT}) and calls {@code handleRequest} once per event.
 *
 * <p>Protocol: one event JSON per line on standard input; one line per event on standard output,
 * {@code OK <result JSON>} or {@code ERROR <exception and message>}. Anything else the function
 * prints goes to standard error, so it cannot break the protocol.
 */
public final class FunctionHost {

  /** The handler class of {@code dev.esrlink.topology.LambdaFunction#HANDLER}. */
  static final String HANDLER_CLASS = "io.quarkus.funqy.lambda.FunqyStreamHandler";

  static final String OK = "OK ";
  static final String ERROR = "ERROR ";

  private FunctionHost() {}

  public static void main(String[] args) throws IOException {
    PrintStream results =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    System.setOut(System.err);
    String function = System.getenv().getOrDefault("QUARKUS_FUNQY_EXPORT", "function");
    RequestStreamHandler handler;
    try {
      handler = createHandler();
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      results.println(ERROR + oneLine("handler did not start: " + e));
      e.printStackTrace();
      return;
    }
    results.println(OK + "{\"ready\":true}");
    // taken once the handler's class has set up Quarkus's log manager: the host's lines then have
    // the function's log format (JSON, like the function's own events)
    Logger log = Logger.getLogger(FunctionHost.class);
    BufferedReader events =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    InvocationWatch watch =
        InvocationWatch.load(function, System.getenv(InvocationWatch.VARIABLE)).orElse(null);
    for (String event = events.readLine(); event != null; event = events.readLine()) {
      if (watch != null) {
        watch.before();
      }
      InvocationUsage usage = InvocationUsage.start();
      String result = invoke(handler, function, event);
      usage.event(function).info(log);
      if (watch != null) {
        watch.after().info(log);
      }
      results.println(result);
    }
  }

  private static RequestStreamHandler createHandler() throws ReflectiveOperationException {
    return (RequestStreamHandler) Class.forName(HANDLER_CLASS).getConstructor().newInstance();
  }

  private static String invoke(RequestStreamHandler handler, String function, String event) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      handler.handleRequest(
          new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)),
          out,
          new LocalContext(function));
      return OK + oneLine(out.toString(StandardCharsets.UTF_8));
    } catch (Exception | LinkageError e) {
      e.printStackTrace();
      return ERROR + oneLine(e.toString());
    }
  }

  /** JSON holds line breaks only as white space; messages are folded to one line. */
  static String oneLine(String text) {
    return text.replace("\r", " ").replace("\n", " ").trim();
  }
}
