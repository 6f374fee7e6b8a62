package com.shopagent.http.ops;

import akka.actor.Cancellable;
import akka.actor.typed.ActorSystem;
import akka.cluster.ClusterEvent;
import akka.cluster.Member;
import akka.cluster.typed.Cluster;
import com.shopagent.core.metrics.PipelineMetrics;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Samples this node's view of the cluster into gauges: members by status and unreachable
 * members. Reading the cluster state is cheap and non-blocking, so it runs on the scheduler.
 */
public final class ClusterSampler {
  private static final List<String> STATUSES = List.of("joining", "weaklyup", "up", "leaving", "exiting", "down");

  private ClusterSampler() {}

  public static Cancellable schedule(ActorSystem<?> system, Duration every) {
    return system.scheduler().scheduleWithFixedDelay(Duration.ZERO, every, () -> sample(system),
        system.executionContext());
  }

  static void sample(ActorSystem<?> system) {
    ClusterEvent.CurrentClusterState state = Cluster.get(system).state();
    Map<String, Long> byStatus = StreamSupport.stream(state.getMembers().spliterator(), false)
        .collect(Collectors.groupingBy(ClusterSampler::status, Collectors.counting()));
    STATUSES.forEach(s -> PipelineMetrics.clusterMembers(s, byStatus.getOrDefault(s, 0L)));
    PipelineMetrics.clusterUnreachable(state.getUnreachable().size());
  }

  private static String status(Member m) {
    return m.status().toString().toLowerCase(Locale.ROOT);
  }
}
