package com.shopagent.core.session;

import akka.actor.NoSerializationVerificationNeeded;
import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.Behavior;
import akka.actor.typed.PostStop;
import akka.actor.typed.SupervisorStrategy;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.cluster.sharding.typed.javadsl.ClusterSharding;
import akka.cluster.sharding.typed.javadsl.Entity;
import akka.cluster.sharding.typed.javadsl.EntityTypeKey;
import akka.persistence.typed.PersistenceId;
import akka.persistence.typed.RecoveryCompleted;
import akka.persistence.typed.javadsl.CommandHandler;
import akka.persistence.typed.javadsl.Effect;
import akka.persistence.typed.javadsl.EventHandler;
import akka.persistence.typed.javadsl.EventSourcedBehavior;
import akka.persistence.typed.javadsl.RetentionCriteria;
import akka.persistence.typed.javadsl.SignalHandler;
import com.shopagent.core.CborSerializable;
import com.shopagent.core.brain.BrainStep;
import com.shopagent.core.brain.Reply;
import com.shopagent.core.brain.TurnContext;
import com.shopagent.core.metrics.AgentMetrics;
import com.shopagent.core.model.Identity;
import com.shopagent.core.model.Outcome;
import com.shopagent.core.tooling.ToolCallActor;
import com.shopagent.core.tooling.ToolContext;
import com.shopagent.core.tooling.ToolOutcome;
import com.shopagent.core.tooling.ToolRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One chat session: a sharded, event-sourced entity. It runs one turn at a time (later messages
 * are stashed), lets the brain plan, runs each tool call in a supervised child, and journals the
 * redacted turn. Plain EventSourcedBehavior rather than the enforced-replies variant: replies go
 * out after asynchronous brain and tool work, never as the direct effect of a command.
 */
public final class SessionActor extends EventSourcedBehavior<SessionActor.Command, SessionEvent, SessionState> {

  public static final EntityTypeKey<Command> ENTITY_KEY = EntityTypeKey.create(Command.class, "Session");
  /** Tags the audit projection reads; one projection instance per tag. */
  public static final List<String> TAGS = List.of("session-0", "session-1", "session-2", "session-3");

  public sealed interface Command extends CborSerializable {}

  /**
   * Resume the session if the identity owns it; a session nobody owns yet is bound to it when
   * {@code create}, else refused as not_found.
   */
  public record Open(Identity identity, boolean create, ActorRef<OpenResult> replyTo) implements Command {}

  /** A customer message; answered with a {@link TurnResult} when the turn is done. */
  public record Say(Identity identity, String text, String clientMessageId, ActorRef<TurnResult> replyTo)
      implements Command {}

  private record BrainStepped(BrainStep step, Throwable failure) implements Command, NoSerializationVerificationNeeded {}

  private record ToolFinished(ToolOutcome outcome) implements Command, NoSerializationVerificationNeeded {}

  private record ToolStopped(String childName) implements Command, NoSerializationVerificationNeeded {}

  public sealed interface OpenResult extends CborSerializable {}

  public sealed interface TurnResult extends CborSerializable {}

  public record Opened(String sessionId, boolean resumed, List<Turn> history) implements OpenResult {
    public Opened {
      history = List.copyOf(history);
    }
  }

  public record Replied(String sessionId, String turnId, Reply reply) implements TurnResult {}

  /** {@code code} is machine-readable: not_your_session, not_found. */
  public record Refused(String code, String message) implements OpenResult, TurnResult {}

  public static void init(ActorSystem<?> system, SessionDeps deps) {
    ClusterSharding.get(system).init(Entity.of(ENTITY_KEY, ctx -> create(ctx.getEntityId(), deps)));
  }

  public static Behavior<Command> create(String sessionId, SessionDeps deps) {
    return Behaviors.setup(ctx -> new SessionActor(ctx, sessionId, deps));
  }

  public static String tagFor(String sessionId) {
    return TAGS.get(Math.floorMod(sessionId.hashCode(), TAGS.size()));
  }

  private final ActorContext<Command> ctx;
  private final String sessionId;
  private final SessionDeps deps;
  private final ActorRef<ToolOutcome> toolReplies;
  private TurnInProgress turn;
  private int childSeq;

  private SessionActor(ActorContext<Command> ctx, String sessionId, SessionDeps deps) {
    super(PersistenceId.of(ENTITY_KEY.name(), sessionId),
        SupervisorStrategy.restartWithBackoff(Duration.ofMillis(200), Duration.ofSeconds(5), 0.1));
    this.ctx = ctx;
    this.sessionId = sessionId;
    this.deps = deps;
    this.toolReplies = ctx.messageAdapter(ToolOutcome.class, ToolFinished::new);
  }

  @Override
  public SessionState emptyState() {
    return SessionState.EMPTY;
  }

  @Override
  public CommandHandler<Command, SessionEvent, SessionState> commandHandler() {
    return newCommandHandlerBuilder()
        .forAnyState()
        .onCommand(Open.class, this::onOpen)
        .onCommand(Say.class, this::onSay)
        .onCommand(BrainStepped.class, this::onBrainStepped)
        .onCommand(ToolFinished.class, (s, m) -> onToolFinished(s, m.outcome()))
        .onCommand(ToolStopped.class, this::onToolStopped)
        .build();
  }

  private Effect<SessionEvent, SessionState> onOpen(SessionState state, Open open) {
    String userHash = deps.hashing().userHash(open.identity().subject());
    if (state.ownerHash() == null && !open.create()) {
      return Effect().reply(open.replyTo(), new Refused("not_found", "No such session."));
    }
    if (state.ownerHash() == null) {
      return Effect().persist(new SessionEvent.Opened(sessionId, userHash, Instant.now()))
          .thenRun(s -> open.replyTo().tell(new Opened(sessionId, false, List.of())));
    }
    if (!state.isOwnedBy(userHash)) {
      return Effect().reply(open.replyTo(), notYours());
    }
    return Effect().reply(open.replyTo(), new Opened(sessionId, true, state.turns()));
  }

  private Effect<SessionEvent, SessionState> onSay(SessionState state, Say say) {
    String userHash = deps.hashing().userHash(say.identity().subject());
    if (state.ownerHash() != null && !state.isOwnedBy(userHash)) {
      return Effect().reply(say.replyTo(), notYours());
    }
    if (turn != null) {
      return Effect().stash(); // one turn at a time: this one waits until the current reply is out
    }
    turn = new TurnInProgress(UUID.randomUUID().toString(), say.identity(), userHash, say.clientMessageId(),
        deps.redactor().redact(say.text(), state.pii()), say.replyTo());
    if (state.ownerHash() == null) {
      return Effect().persist(new SessionEvent.Opened(sessionId, userHash, Instant.now()))
          .thenRun(this::askBrain);
    }
    askBrain(state);
    return Effect().none();
  }

  private Effect<SessionEvent, SessionState> onBrainStepped(SessionState state, BrainStepped m) {
    if (turn == null) {
      return Effect().none();
    }
    if (m.failure() != null) {
      ctx.getLog().warn("brain failed in session {}: {}", sessionId, m.failure().toString());
      return finishTurn(cannedReply("brain_failed"));
    }
    if (m.step() instanceof BrainStep.Respond r) {
      return finishTurn(r.reply());
    }
    List<ToolRequest> requests = ((BrainStep.UseTools) m.step()).requests();
    turn.round++;
    if (turn.round > deps.settings().maxRounds() + 1) {
      return finishTurn(cannedReply("too_many_tool_rounds"));
    }
    requests.forEach(this::startTool);
    if (turn.running.isEmpty()) {
      askBrain(state);
    }
    return Effect().none();
  }

  private void startTool(ToolRequest request) {
    Optional<String> refusal = deps.tools().refusal(request, turn.identity);
    if (refusal.isEmpty() && turn.round > deps.settings().maxRounds()) {
      refusal = Optional.of("tool round limit reached");
    } else if (refusal.isEmpty() && ++turn.toolCalls > deps.settings().maxToolCalls()) {
      refusal = Optional.of("tool call limit reached");
    } else if (refusal.isEmpty() && !turn.firstTimeSeen(request)) {
      refusal = Optional.of("repeated identical call");
    }
    if (refusal.isPresent()) {
      turn.outcomes.add(ToolOutcome.refused(request, refusal.get()));
      AgentMetrics.toolCall(request.tool(), "refused", 0);
      return;
    }
    String childName = "tool-" + (++childSeq) + "-" + request.tool();
    ToolContext toolContext = new ToolContext(sessionId, turn.turnId, turn.identity,
        turn.turnId + ":" + request.requestId());
    var child = ctx.spawn(ToolCallActor.create(deps.tools().find(request.tool()).orElseThrow(), request,
        toolContext, toolReplies), childName);
    ctx.watchWith(child, new ToolStopped(childName));
    turn.running.put(childName, request);
  }

  private Effect<SessionEvent, SessionState> onToolFinished(SessionState state, ToolOutcome outcome) {
    if (turn == null) {
      return Effect().none();
    }
    boolean ours = turn.running.values().removeIf(r -> r.requestId().equals(outcome.requestId())
        && r.tool().equals(outcome.tool()));
    if (ours) {
      turn.outcomes.add(outcome);
      if (turn.running.isEmpty()) {
        askBrain(state);
      }
    }
    return Effect().none();
  }

  /** A child that stopped without answering crashed: record it and carry on with the turn. */
  private Effect<SessionEvent, SessionState> onToolStopped(SessionState state, ToolStopped stopped) {
    if (turn == null) {
      return Effect().none();
    }
    ToolRequest lost = turn.running.remove(stopped.childName());
    if (lost != null) {
      turn.outcomes.add(new ToolOutcome(lost.requestId(), lost.tool(), lost.arguments(),
          ToolOutcome.Status.FAILED, null, 0, 0, "tool crashed"));
      AgentMetrics.toolCall(lost.tool(), "failed", 0);
      if (turn.running.isEmpty()) {
        askBrain(state);
      }
    }
    return Effect().none();
  }

  private void askBrain(SessionState state) {
    TurnContext context = new TurnContext(sessionId, turn.turnId, turn.identity, state.turns(),
        turn.redaction.text(), turn.outcomes, deps.tools().names(), turn.round);
    CompletableFuture<BrainStep> step;
    try {
      step = deps.brain().next(context).toCompletableFuture();
    } catch (RuntimeException e) {
      step = CompletableFuture.failedFuture(e);
    }
    ctx.pipeToSelf(step.orTimeout(deps.settings().brainTimeout().toMillis(), TimeUnit.MILLISECONDS),
        BrainStepped::new);
  }

  private Effect<SessionEvent, SessionState> finishTurn(Reply reply) {
    TurnInProgress done = turn;
    long latency = done.elapsedMs();
    var event = new SessionEvent.TurnRecorded(sessionId, done.turnId, done.userHash, done.clientMessageId,
        done.redaction.text(), done.redaction.newTokens(), done.outcomes, reply, done.startedAt, latency,
        Instant.now());
    return Effect().persist(event)
        .thenRun(s -> {
          turn = null;
          AgentMetrics.turnCompleted(reply.outcome().label(), latency);
          if (reply.escalated()) {
            AgentMetrics.escalation(reply.intent(), reply.riskTier(),
                reply.reasons().isEmpty() ? "unspecified" : reply.reasons().get(0));
          }
          done.replyTo.tell(new Replied(sessionId, done.turnId, reply));
        })
        .thenUnstashAll();
  }

  private Reply cannedReply(String reason) {
    return new Reply(deps.settings().cannedReply(), List.of(), Outcome.ERROR, true, null, "unknown", 0.0,
        List.of(reason));
  }

  private static Refused notYours() {
    return new Refused("not_your_session", "This session belongs to someone else. Start a new chat.");
  }

  @Override
  public EventHandler<SessionState, SessionEvent> eventHandler() {
    return newEventHandlerBuilder().forAnyState().onAnyEvent(SessionState::apply);
  }

  @Override
  public Set<String> tagsFor(SessionEvent event) {
    return Set.of(tagFor(sessionId));
  }

  @Override
  public RetentionCriteria retentionCriteria() {
    return RetentionCriteria.snapshotEvery(deps.settings().snapshotEvery(), 2);
  }

  @Override
  public SignalHandler<SessionState> signalHandler() {
    return newSignalHandlerBuilder()
        .onSignal(RecoveryCompleted.instance(), s -> AgentMetrics.sessionActive(true))
        .onSignal(PostStop.instance(), s -> AgentMetrics.sessionActive(false))
        .build();
  }
}
