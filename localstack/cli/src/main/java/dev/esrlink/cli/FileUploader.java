package dev.esrlink.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.esrlink.topology.Bucket;
import dev.esrlink.topology.LambdaFunction;
import dev.esrlink.topology.Topology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * Puts inbound files into the bucket their names select and delivers the S3 event to the function
 * the topology wires to that bucket, one file at a time, in the order given.
 */
final class FileUploader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Stack stack;
  private final Instant clock;
  private final Console console;
  private long lastEventNanos;

  FileUploader(Stack stack, Instant clock, Console console) {
    this.stack = stack;
    this.clock = clock;
    this.console = console;
  }

  /** The inbound bucket for a file name: {@code LETB_*} the LETB's, anything else ESR's. */
  static Bucket bucketFor(String fileName) {
    return fileName.startsWith("LETB_") ? Bucket.LETB_INBOUND : Bucket.ESR_INBOUND;
  }

  /** The functions the given files will fire, to start them early. */
  static List<LambdaFunction> functionsFor(List<Path> files) {
    return files.stream()
        .map(f -> f.getFileName().toString())
        .flatMap(name -> Topology.functionFor(bucketFor(name), name).stream())
        .distinct()
        .toList();
  }

  /** Checks that every file exists and is readable, before anything is uploaded. */
  static void checkReadable(List<Path> files) {
    if (files.isEmpty()) {
      throw new UsageError("no FILE given: name the inbound files to upload");
    }
    for (Path file : files) {
      if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
        throw new UsageError(file + " is not a readable file: check the path");
      }
    }
  }

  /** Uploads one file, delivers its event and returns the function's report. */
  FileOutcome upload(Path file) {
    String name = file.getFileName().toString();
    Bucket bucket = bucketFor(name);
    String bucketName = bucket.localName();
    PutObjectResponse put;
    long size;
    try {
      size = Files.size(file);
      put = stack.s3().putObject(r -> r.bucket(bucketName).key(name), RequestBody.fromFile(file));
    } catch (IOException | RuntimeException e) {
      throw new HubFailure("cannot upload " + file + ": " + e.getMessage(), e);
    }
    Optional<LambdaFunction> function = Topology.functionFor(bucket, name);
    if (function.isEmpty()) {
      return FileOutcome.unrouted(name, bucketName);
    }
    String event = S3Events.objectCreated(bucketName, name, size, put.eTag(), clock);
    long start = System.nanoTime();
    String result = stack.functions().invoke(function.get(), event);
    lastEventNanos = System.nanoTime() - start;
    return FileOutcome.of(name, parse(result, name), sha256(file));
  }

  /** The SHA-256 the hub keys the object by, to tell a conflict from the applied object. */
  private static String sha256(Path file) {
    try (java.io.InputStream in = Files.newInputStream(file)) {
      java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
      byte[] chunk = new byte[64 * 1024];
      int n;
      while ((n = in.read(chunk)) > 0) {
        digest.update(chunk, 0, n);
      }
      return java.util.HexFormat.of().formatHex(digest.digest());
    } catch (IOException | java.security.NoSuchAlgorithmException e) {
      return null;
    }
  }

  /**
   * How long the last upload's event took, from delivery to the function's answer (with the start
   * of the function's JVM when it was the first).
   */
  long lastEventNanos() {
    return lastEventNanos;
  }

  /** Uploads every file in order; prints one line each. Returns true when all were handled. */
  boolean uploadAll(List<Path> files) {
    boolean allHandled = true;
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      console.progress("uploading " + (i + 1) + "/" + files.size() + " " + file.getFileName());
      try {
        console.line(upload(file).summary());
      } catch (HubFailure e) {
        console.error(file.getFileName() + ": " + e.getMessage());
        allHandled = false;
      }
    }
    return allHandled;
  }

  private static JsonNode parse(String result, String name) {
    try {
      return JSON.readTree(result.isBlank() ? "null" : result);
    } catch (IOException e) {
      throw new HubFailure("the function's answer for " + name + " is not JSON: " + result, e);
    }
  }
}
