package com.shopagent.http.eval.batch;

import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.Behaviors;
import akka.persistence.jdbc.query.javadsl.JdbcReadJournal;
import akka.persistence.query.Offset;
import akka.persistence.query.PersistenceQuery;
import com.fasterxml.jackson.databind.JsonNode;
import com.shopagent.core.audit.AuditMapper;
import com.shopagent.core.session.SessionActor;
import com.shopagent.core.session.SessionEvent;
import com.shopagent.http.AgentSettings;
import com.shopagent.http.Json;
import com.shopagent.http.auth.Secrets;
import com.shopagent.http.eval.BadInput;
import com.shopagent.http.persistence.JournalConfig;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Reads the session journal itself (decrypting with this installation's key ring) and maps it
 * with the same {@link AuditMapper} the projection uses: the trail as Kafka would carry it, also
 * after the topic's retention has dropped it. A local actor system: it joins no cluster.
 */
final class JournalAuditSource implements AuditSource {
  private final Config config;
  private final AgentSettings settings;

  JournalAuditSource(Config config, AgentSettings settings) {
    this.config = config;
    this.settings = settings;
  }

  @Override
  public String describe() {
    return "session journal at " + settings.journalJdbcUrl().replaceAll("(?i)password=[^;&]*", "password=***");
  }

  @Override
  public void read(Instant since, Consumer<JsonNode> sink, BiConsumer<Long, Long> progress) throws Exception {
    Secrets secrets = Secrets.load(settings.dataDir(), config);
    Config system = ConfigFactory.parseMap(Map.of(
            "akka.actor.provider", "local",
            "akka.loglevel", "WARNING",
            "shop-agent.encryption.keys", secrets.encryptionKeys()))
        .withFallback(JournalConfig.forSettings(settings)).withFallback(config).resolve();
    ActorSystem<Void> actors = ActorSystem.create(Behaviors.empty(), "agent-eval-journal", system);
    try {
      JdbcReadJournal journal = PersistenceQuery.get(actors).getReadJournalFor(JdbcReadJournal.class,
          JdbcReadJournal.Identifier());
      long done = 0;
      for (String tag : SessionActor.TAGS) {
        try {
          // one tag at a time, event by event: the journal is never held in memory whole
          journal.currentEventsByTag(tag, Offset.noOffset()).runForeach(e -> {
            if (e.event() instanceof SessionEvent s) {
              AuditMapper.toAudit(s).stream().filter(r -> !Instant.parse((String) r.get("at")).isBefore(since))
                  .forEach(r -> sink.accept(Json.MAPPER.valueToTree(r)));
            }
          }, actors).toCompletableFuture().get(30, TimeUnit.MINUTES);
        } catch (java.util.concurrent.ExecutionException e) {
          throw new BadInput("cannot read the session journal (" + rootMessage(e) + "). With the embedded H2 "
              + "database only one process may open it: stop the agent, or read --from kafka.");
        }
        progress.accept(++done, (long) SessionActor.TAGS.size());
      }
    } finally {
      actors.terminate();
      actors.getWhenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + ": " + String.valueOf(t.getMessage()).lines().findFirst().orElse("");
  }
}
