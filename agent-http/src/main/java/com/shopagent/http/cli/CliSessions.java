package com.shopagent.http.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopagent.http.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** The CLI's session tokens, kept in a file only the user can read, so --session can resume. */
final class CliSessions {
  private final Path file;
  private final ObjectNode tokens;

  private CliSessions(Path file, ObjectNode tokens) {
    this.file = file;
    this.tokens = tokens;
  }

  static CliSessions load() throws IOException {
    String dir = System.getenv().getOrDefault("AGENT_CLI_HOME", System.getProperty("user.home") + "/.shop-agent");
    Path file = Path.of(dir, "cli-sessions.json");
    ObjectNode tokens = Files.exists(file) ? (ObjectNode) Json.MAPPER.readTree(file.toFile()) : Json.MAPPER.createObjectNode();
    return new CliSessions(file, tokens);
  }

  String tokenFor(String sessionId) {
    return tokens.path(sessionId).textValue();
  }

  /** The token of the chat that opened this ticket, if this machine opened it. */
  String tokenForTicket(String ticketId) {
    String session = tokens.path("tickets").path(ticketId).textValue();
    return session == null ? null : tokenFor(session);
  }

  void rememberTicket(String ticketId, String sessionId) {
    (tokens.has("tickets") ? (ObjectNode) tokens.get("tickets") : tokens.putObject("tickets")).put(ticketId, sessionId);
  }

  void remember(String sessionId, String token) throws IOException {
    tokens.put(sessionId, token);
    Files.createDirectories(file.getParent());
    if (!Files.exists(file)) {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
    Files.writeString(file, tokens.toPrettyString());
  }
}
