package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.crosscheck.cli.CommandRun.Run;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing an article references is ever fetched: a page full of references to a local HTTP
 * server, read and checked (the JSON report and the HTML page that shows article text) leaves the
 * server without a request, and the HTML report does not carry the references along.
 */
class NoNetworkTest {
  @TempDir
  Path dir;

  private HttpServer server;
  private final List<String> requests = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requests.add(exchange.getRequestURI().toString());
      byte[] body = "body { color: red }".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private String page(String base) {
    return "<!doctype html><html><head><base href='" + base + "/base/'>"
        + "<meta http-equiv='refresh' content='0; url=" + base + "/refresh'>"
        + "<link rel='stylesheet' href='" + base + "/style.css'>"
        + "<link rel='preload' as='font' href='" + base + "/font.woff2'>"
        + "<link rel='icon' href='" + base + "/favicon.ico'>"
        + "<script src='" + base + "/app.js'></script>"
        + "<style>@import url('" + base + "/import.css'); @import '" + base + "/import2.css';"
        + " body { background: url(" + base + "/background.png) }"
        + " @font-face { font-family: x; src: url(" + base + "/face.woff) }</style>"
        + "<title>Flood barrier holds</title></head><body>"
        + "<article style='background-image: url(" + base + "/inline.png)'>"
        + "<h1>Flood barrier holds</h1>"
        + "<img src='" + base + "/photo.jpg' srcset='" + base + "/photo-2x.jpg 2x'>"
        + "<picture><source srcset='" + base + "/photo.webp'><img src='" + base + "/fallback.jpg'></picture>"
        + "<p>The new flood barrier on the river held overnight, the city's engineers said on Tuesday.</p>"
        + "<iframe src='" + base + "/frame.html'></iframe>"
        + "<video poster='" + base + "/poster.jpg' src='" + base + "/video.mp4'><track src='" + base + "/subs.vtt'></video>"
        + "<audio src='" + base + "/audio.mp3'></audio>"
        + "<object data='" + base + "/object.swf'></object><embed src='" + base + "/embed.swf'>"
        + "<svg><image href='" + base + "/svg.png'/></svg>"
        + "<form action='" + base + "/form'><input type='image' src='" + base + "/button.png'></form>"
        + "<p>About 1,200 homes stayed dry, officials said. <a href='" + base + "/more'>More</a></p>"
        + "</article></body></html>";
  }

  @Test
  void referencesInArticlesAreNeverFetched() throws IOException, InterruptedException {
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    Path html = Files.writeString(dir.resolve("page.html"), page(base));
    Path jsonl = Files.writeString(dir.resolve("feed.jsonl"), "{\"id\":\"feed\",\"url\":\"" + base
        + "/article\",\"text\":\"The barrier held overnight, engineers said.\"}\n");
    Path unnamed = Files.writeString(dir.resolve("page"), page(base)); // sniffed as HTML
    List<String> inputs = List.of(html.toString(), jsonl.toString(), unnamed.toString());

    Run json = CommandRun.run("", concat(List.of("check", "--format", "json"), inputs));
    assertThat(json.exitCode()).as(json.err()).isZero();
    assertThat(json.out()).contains("The new flood barrier on the river held overnight").contains("\"sources\"");
    Path report = dir.resolve("report.html"); // the page that shows article text side by side
    Run page = CommandRun.run("", concat(List.of("check", "--format", "html", "-o", report.toString()), inputs));
    assertThat(page.exitCode()).as(page.err()).isZero();
    assertThat(Files.readString(report)).doesNotContain(base);
    Thread.sleep(200); // a stray asynchronous fetch would have arrived by now

    assertThat(requests).as("requests to the page's server").isEmpty();
    try (InputStream in = URI.create(base + "/probe").toURL().openStream()) { // the server does count
      in.readAllBytes();
    }
    assertThat(requests).containsExactly("/probe");
  }

  private static String[] concat(List<String> first, List<String> second) {
    return java.util.stream.Stream.concat(first.stream(), second.stream()).toArray(String[]::new);
  }
}
