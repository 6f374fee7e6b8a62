package com.shopagent.http.health;

import akka.actor.typed.ActorSystem;
import akka.actor.typed.javadsl.Adapter;
import akka.cluster.MemberStatus;
import akka.cluster.sharding.ClusterShardingHealthCheck;
import akka.cluster.typed.Cluster;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/** The probes behind GET /ready: this node's membership, its session region, the database, Kafka. */
public final class NodeChecks implements AutoCloseable {
  private final ActorSystem<?> system;
  // a dead database can hold a connection attempt for many seconds: probe on own threads, one at a time
  private final java.util.concurrent.ExecutorService probes = Executors.newFixedThreadPool(2, r -> {
    Thread t = new Thread(r, "ready-probe");
    t.setDaemon(true);
    return t;
  });
  private final AtomicReference<CompletableFuture<Void>> dbProbe = new AtomicReference<>();
  private final AtomicReference<CompletableFuture<Void>> kafkaProbe = new AtomicReference<>();
  private final Admin kafka;

  public NodeChecks(ActorSystem<?> system, String kafkaBootstrap) {
    this.system = system;
    this.kafka = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap,
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2500, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2500));
  }

  public CompletionStage<?> memberUp() {
    MemberStatus status = Cluster.get(system).selfMember().status();
    return status == MemberStatus.up() || status == MemberStatus.weaklyUp()
        ? CompletableFuture.completedFuture(null)
        : CompletableFuture.failedFuture(new IllegalStateException("member status " + status));
  }

  public CompletionStage<?> shardingRegistered() {
    var check = new ClusterShardingHealthCheck(Adapter.toClassic(system));
    return scala.jdk.javaapi.FutureConverters.asJava(check.apply()).thenApply(ok -> {
      if (!Boolean.TRUE.equals(ok)) {
        throw new IllegalStateException("the session shard region is not registered with the coordinator");
      }
      return ok;
    });
  }

  public CompletionStage<?> databaseReachable(DataSource ds) {
    return once(dbProbe, () -> {
      try (var c = ds.getConnection()) {
        if (!c.isValid(2)) {
          throw new IllegalStateException("the database did not answer");
        }
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException("the database is unreachable (" + e.getSQLState() + ")");
      }
    });
  }

  public CompletionStage<?> kafkaReachable() {
    return once(kafkaProbe, () -> {
      try {
        kafka.describeCluster(new DescribeClusterOptions().timeoutMs(2500)).nodes()
            .get(3, java.util.concurrent.TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new IllegalStateException("Kafka is unreachable: audit events wait in the journal until it is back");
      }
    });
  }

  /** At most one probe of a kind in flight: callers during a slow probe share its result. */
  private CompletableFuture<Void> once(AtomicReference<CompletableFuture<Void>> slot, Runnable probe) {
    CompletableFuture<Void> running = slot.get();
    if (running != null && !running.isDone()) {
      return running;
    }
    CompletableFuture<Void> fresh = CompletableFuture.runAsync(probe, probes);
    slot.set(fresh);
    return fresh;
  }

  @Override
  public void close() {
    kafka.close(java.time.Duration.ofSeconds(2));
    probes.shutdownNow();
  }
}
