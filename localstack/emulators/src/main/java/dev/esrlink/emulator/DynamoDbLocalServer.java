package dev.esrlink.emulator;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

/** AWS's DynamoDB Local, running inside this JVM. */
final class DynamoDbLocalServer implements AutoCloseable {

  private static final String[] GRAMMAR_CLASSES = {
    "com.amazon.dynamodb.grammar.DynamoDbGrammarLexer",
    "com.amazon.dynamodb.grammar.DynamoDbGrammarParser"
  };

  private final DynamoDBProxyServer server;
  private final URI endpoint;

  private DynamoDbLocalServer(DynamoDBProxyServer server, int port) {
    this.server = server;
    this.endpoint = URI.create("http://127.0.0.1:" + port);
  }

  /** Starts on {@code port}; data in memory, or in {@code dataDir} when it is not null. */
  static DynamoDbLocalServer start(int port, Path dataDir) {
    List<String> args = new ArrayList<>(List.of("-port", String.valueOf(port), "-sharedDb"));
    args.add("-disableTelemetry");
    try {
      if (dataDir == null) {
        args.add("-inMemory");
      } else {
        Files.createDirectories(dataDir);
        args.addAll(List.of("-dbPath", dataDir.toString()));
      }
      DynamoDBProxyServer server = quietly(args.toArray(String[]::new));
      server.start();
      return new DynamoDbLocalServer(server, port);
    } catch (Exception e) {
      throw new EmulatorException("DynamoDB Local did not start on port " + port, e);
    }
  }

  /**
   * ServerRunner prints its configuration to standard output, and its expression grammar (built
   * with an older ANTLR than the runtime it ships) warns on standard error when first loaded: keep
   * both off the user's screen.
   */
  private static synchronized DynamoDBProxyServer quietly(String[] args) throws Exception {
    PrintStream out = System.out;
    PrintStream err = System.err;
    PrintStream nowhere =
        new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    System.setOut(nowhere);
    System.setErr(nowhere);
    try {
      for (String grammar : GRAMMAR_CLASSES) {
        Class.forName(grammar, true, DynamoDbLocalServer.class.getClassLoader());
      }
      return ServerRunner.createServerFromCommandLineArgs(args);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  URI endpoint() {
    return endpoint;
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new EmulatorException("DynamoDB Local did not stop", e);
    }
  }
}
