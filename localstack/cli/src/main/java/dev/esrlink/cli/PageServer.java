package dev.esrlink.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/** Serves the status pages of a folder on a local port (127.0.0.1 only), read-only. */
final class PageServer implements AutoCloseable {

  private final HttpServer server;
  private final Path folder;

  private PageServer(HttpServer server, Path folder) {
    this.server = server;
    this.folder = folder;
  }

  static PageServer start(Path folder, int port) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
      PageServer pages = new PageServer(server, folder.toAbsolutePath().normalize());
      server.createContext("/", pages::handle);
      server.start();
      return pages;
    } catch (IOException e) {
      throw new HubFailure(
          "cannot serve the status pages on port " + port + ": " + e.getMessage(), e);
    }
  }

  URI address() {
    return URI.create(
        "http://127.0.0.1:" + server.getAddress().getPort() + "/" + StatusPages.INDEX);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      Path file =
          folder.resolve(path.equals("/") ? StatusPages.INDEX : path.substring(1)).normalize();
      if (!"GET".equals(exchange.getRequestMethod())
          || !file.startsWith(folder)
          || !Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      String name = file.getFileName().toString();
      exchange
          .getResponseHeaders()
          .set(
              "Content-Type",
              name.endsWith(".html") ? "text/html; charset=utf-8" : "application/json");
      byte[] body = Files.readAllBytes(file);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
