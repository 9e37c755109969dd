package dev.esrlink.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Adobe's S3Mock, run from its Spring Boot {@code exec} jar as a child JVM. */
final class S3MockProcess implements AutoCloseable {

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration POLL = Duration.ofMillis(100);

  private final Process process;
  private final PidFile pidFile;
  private final URI endpoint;

  private S3MockProcess(Process process, PidFile pidFile, URI endpoint) {
    this.process = process;
    this.pidFile = pidFile;
    this.endpoint = endpoint;
  }

  /**
   * Starts S3Mock on {@code port} with its objects under {@code storeRoot} ({@code retain}: kept
   * when it exits), logging to {@code workDir/s3mock.log}; returns once it answers HTTP.
   */
  static S3MockProcess start(Path jar, int port, Path storeRoot, boolean retain, Path workDir) {
    if (!Files.isRegularFile(jar)) {
      throw new EmulatorException(
          "S3Mock jar not found at " + jar + ": run ./mvnw package to build and copy it");
    }
    PidFile pidFile = new PidFile(workDir.resolve("s3mock.pid"));
    pidFile.stopStale();
    try {
      Files.createDirectories(storeRoot);
      Process process =
          new ProcessBuilder(command(jar, port, storeRoot, retain))
              .directory(workDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(workDir.resolve("s3mock.log").toFile())
              .start();
      pidFile.write(process.pid());
      S3MockProcess s3Mock =
          new S3MockProcess(process, pidFile, URI.create("http://127.0.0.1:" + port));
      s3Mock.awaitReady(workDir.resolve("s3mock.log"));
      return s3Mock;
    } catch (IOException e) {
      throw new EmulatorException("S3Mock did not start from " + jar, e);
    }
  }

  private static List<String> command(Path jar, int port, Path storeRoot, boolean retain) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k"));
    command.addAll(List.of("-jar", jar.toString()));
    command.add("--http.port=" + port);
    command.add("--server.port=" + FreePorts.free());
    command.add("--server.ssl.enabled=false");
    command.add("--com.adobe.testing.s3mock.vectors.httpPort=" + FreePorts.free());
    command.add("--com.adobe.testing.s3mock.vectors.httpsPort=" + FreePorts.free());
    command.add("--com.adobe.testing.s3mock.store.root=" + storeRoot);
    command.add("--com.adobe.testing.s3mock.store.retain-files-on-exit=" + retain);
    command.add("--spring.main.banner-mode=off");
    return command;
  }

  private void awaitReady(Path log) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new EmulatorException(
            "S3Mock exited with status " + process.exitValue() + " during start; see " + log);
      }
      if (answers(http)) {
        return;
      }
      sleep(POLL);
    }
    close();
    throw new EmulatorException("S3Mock did not answer within " + READY_TIMEOUT + "; see " + log);
  }

  private boolean answers(HttpClient http) {
    try {
      HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/")).GET().build();
      http.send(request, HttpResponse.BodyHandlers.discarding());
      return true;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EmulatorException("interrupted while waiting for S3Mock", e);
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EmulatorException("interrupted while waiting for S3Mock", e);
    }
  }

  URI endpoint() {
    return endpoint;
  }

  long pid() {
    return process.pid();
  }

  @Override
  public void close() {
    PidFile.stop(process.toHandle());
    pidFile.delete();
  }
}
