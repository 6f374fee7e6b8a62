package com.shopagent.http.routes;

import akka.http.javadsl.model.ContentTypes;
import akka.http.javadsl.model.HttpEntities;
import akka.http.javadsl.server.Route;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopagent.http.Json;
import com.shopagent.http.health.Readiness;
import kamon.prometheus.PrometheusReporter;

/**
 * {@code GET /metrics} (Prometheus text format), {@code GET /health} and {@code GET /alive} (the
 * process answers), {@code GET /ready} (200, or 503 naming the failing checks).
 */
public final class OpsRoutes extends RouteSupport {
  private final Readiness readiness;

  public OpsRoutes(Readiness readiness) {
    this.readiness = readiness;
  }

  public Route routes() {
    return concat(
        path("metrics", () -> get(() -> complete(HttpEntities.create(
            ContentTypes.TEXT_PLAIN_UTF8,
            PrometheusReporter.latestScrapeData().getOrElse(() -> "# no metrics reported yet\n"))))),
        path("health", () -> get(() -> complete(HttpEntities.create(ContentTypes.APPLICATION_JSON, "{\"status\":\"ok\"}")))),
        path("alive", () -> get(() -> complete(HttpEntities.create(ContentTypes.APPLICATION_JSON, "{\"status\":\"alive\"}")))),
        path("ready", () -> get(() -> completeWithFuture(readiness.run().thenApply(this::report)))));
  }

  private akka.http.javadsl.model.HttpResponse report(Readiness.Report r) {
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("status", !r.ready() ? "not_ready" : r.failing().isEmpty() ? "ready" : "degraded");
    ObjectNode checks = body.putObject("checks");
    r.passing().forEach(name -> checks.put(name, "ok"));
    r.failing().forEach(checks::put);
    body.putArray("failing").addAll(r.failing().keySet().stream().map(body::textNode).toList());
    return json(r.ready() ? 200 : 503, body);
  }
}
