package com.shopagent.http.routes;

import akka.http.javadsl.model.ContentTypes;
import akka.http.javadsl.model.HttpEntities;
import akka.http.javadsl.server.Route;
import kamon.prometheus.PrometheusReporter;

/** {@code GET /metrics} (Prometheus text format) and {@code GET /health}. */
public final class OpsRoutes extends RouteSupport {

  public Route routes() {
    return concat(
        path("metrics", () -> get(() -> complete(HttpEntities.create(
            ContentTypes.TEXT_PLAIN_UTF8,
            PrometheusReporter.latestScrapeData().getOrElse(() -> "# no metrics reported yet\n"))))),
        path("health", () -> get(() -> complete(HttpEntities.create(ContentTypes.APPLICATION_JSON, "{\"status\":\"ok\"}")))));
  }
}
