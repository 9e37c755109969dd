package dev.esrlink.cli;

import dev.esrlink.log.LogEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A measurement taken around each event in a function JVM, by equipment outside the product: the
 * bench's heap watch (localstack/bench). {@link FunctionHost} loads it as a service of this
 * interface from the jar that {@code ESRLINK_HOST_WATCH} names, so the command line carries no
 * measuring code of its own, and a function JVM without the variable runs nothing extra.
 */
public interface InvocationWatch {

  /** The variable naming the jar that provides the watch; unset or blank: no watch. */
  String VARIABLE = "ESRLINK_HOST_WATCH";

  /** Whether to watch the events of this function (its Funqy export name). */
  boolean watches(String function);

  /** Before an event. */
  void before();

  /** After the event: the event line for the function's log. */
  LogEvent after();

  /** The watch of the jar that {@code jar} names, if it watches {@code function}. */
  static Optional<InvocationWatch> load(String function, String jar) {
    if (jar == null || jar.isBlank()) {
      return Optional.empty();
    }
    URL url;
    try {
      url = Path.of(jar).toUri().toURL();
    } catch (MalformedURLException e) {
      throw new UncheckedIOException(new IOException(VARIABLE + ": not a jar path: " + jar, e));
    }
    // stays open for the JVM's life: the watch's classes load from it while events run
    @SuppressWarnings("resource")
    URLClassLoader loader =
        new URLClassLoader(new URL[] {url}, InvocationWatch.class.getClassLoader());
    return ServiceLoader.load(InvocationWatch.class, loader).stream()
        .map(ServiceLoader.Provider::get)
        .filter(w -> w.watches(function))
        .findFirst();
  }
}
