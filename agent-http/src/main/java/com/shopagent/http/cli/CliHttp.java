package com.shopagent.http.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopagent.http.Json;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/** Sends a CLI request and turns every failure into one plain line on stderr. */
final class CliHttp {
  private CliHttp() {}

  /** The JSON body of a 200 answer, or empty after telling the user what went wrong. */
  static Optional<JsonNode> send(HttpRequest request) throws InterruptedException {
    HttpResponse<String> resp;
    try {
      resp = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    } catch (ConnectException e) {
      System.err.println("Cannot reach the agent at " + request.uri().getHost() + ":" + request.uri().getPort()
          + ". Is it running (bin/agent serve)?");
      return Optional.empty();
    } catch (IOException e) {
      System.err.println("Request failed: " + e.getMessage());
      return Optional.empty();
    }
    JsonNode body;
    try {
      body = Json.MAPPER.readTree(resp.body());
    } catch (IOException e) {
      body = null; // not every error page is JSON (e.g. the server's own 413)
    }
    if (resp.statusCode() != 200 || body == null) {
      String detail = body != null && body.has("code")
          ? body.path("code").asText() + ": " + body.path("message").asText()
          : resp.body().strip();
      System.err.println("Error " + resp.statusCode() + " (" + detail + ")");
      return Optional.empty();
    }
    return Optional.of(body);
  }
}
