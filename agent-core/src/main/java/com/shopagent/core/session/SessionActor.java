package com.shopagent.core.session;

import akka.actor.NoSerializationVerificationNeeded;
import akka.actor.typed.ActorRef;
import akka.actor.typed.ActorSystem;
import akka.actor.typed.Behavior;
import akka.actor.typed.PostStop;
import akka.actor.typed.PreRestart;
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
import com.shopagent.core.brain.Usage;
import com.shopagent.core.metrics.AgentMetrics;
import com.shopagent.core.metrics.PipelineMetrics;
import com.shopagent.core.model.Identity;
import com.shopagent.core.model.Outcome;
import com.shopagent.core.tooling.ToolCallActor;
import com.shopagent.core.tooling.ToolContext;
import com.shopagent.core.tooling.ToolOutcome;
import com.shopagent.core.tooling.ToolOutput;
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

  private record Guarded(com.shopagent.core.policy.GuardVerdict verdict, Throwable failure)
      implements Command, NoSerializationVerificationNeeded {}

  private record ToolFinished(ToolOutcome outcome) implements Command, NoSerializationVerificationNeeded {}

  private record ToolStopped(String childName) implements Command, NoSerializationVerificationNeeded {}

  public sealed interface OpenResult extends CborSerializable {}

  public sealed interface TurnResult extends CborSerializable {}

  public record Opened(String sessionId, boolean resumed, List<Turn> history) implements OpenResult {
    public Opened {
      history = List.copyOf(history);
    }
  }

  /** {@code usage} and {@code costUsd}: what the model spent on this turn (none for the offline brain). */
  public record Replied(String sessionId, String turnId, Reply reply, Usage usage, double costUsd) implements TurnResult {}

  /**
   * {@code code} is machine-readable: not_your_session, not_found, rate_limited,
   * bad_client_message_id, interrupted (send again).
   */
  public record Refused(String code, String message, long retryAfterSeconds) implements OpenResult, TurnResult {
    public Refused(String code, String message) {
      this(code, message, 0);
    }
  }

  public static void init(ActorSystem<?> system, SessionDeps deps) {
    ClusterSharding.get(system).init(Entity.of(ENTITY_KEY, ctx -> create(ctx.getEntityId(), deps, ctx.getShard())));
  }

  public static Behavior<Command> create(String sessionId, SessionDeps deps) {
    return create(sessionId, deps, null);
  }

  /** @param shard where to ask for passivation; null outside sharding (the actor then just stops) */
  public static Behavior<Command> create(String sessionId, SessionDeps deps, ActorRef<ClusterSharding.ShardCommand> shard) {
    return Behaviors.setup(ctx -> new SessionActor(ctx, sessionId, deps, shard));
  }

  public static String tagFor(String sessionId) {
    return TAGS.get(Math.floorMod(sessionId.hashCode(), TAGS.size()));
  }

  private final ActorContext<Command> ctx;
  private final String sessionId;
  private final SessionDeps deps;
  private final ActorRef<ToolOutcome> toolReplies;
  private TurnInProgress turn;
  /** PII token -> raw value, for tools that must see the real value. Memory only, never journaled. */
  private final java.util.Map<String, String> vault = new java.util.HashMap<>();
  private int childSeq;
  private final io.github.bucket4j.Bucket bucket;
  private final ActorRef<ClusterSharding.ShardCommand> shard;
  private final java.util.concurrent.Executor guardExecutor;

  private SessionActor(ActorContext<Command> ctx, String sessionId, SessionDeps deps,
      ActorRef<ClusterSharding.ShardCommand> shard) {
    super(PersistenceId.of(ENTITY_KEY.name(), sessionId),
        SupervisorStrategy.restartWithBackoff(Duration.ofMillis(200), Duration.ofSeconds(5), 0.1));
    this.ctx = ctx;
    this.sessionId = sessionId;
    this.deps = deps;
    this.shard = shard;
    this.toolReplies = ctx.messageAdapter(ToolOutcome.class, ToolFinished::new);
    this.bucket = deps.settings().perSession().newBucket();
    this.guardExecutor = ctx.getSystem().dispatchers().lookup(akka.actor.typed.DispatcherSelector.blocking());
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
        .onCommand(Guarded.class, this::onGuarded)
        .onCommand(BrainStepped.class, this::onBrainStepped)
        .onCommand(ToolFinished.class, (s, m) -> onToolFinished(s, m.outcome()))
        .onCommand(ToolStopped.class, this::onToolStopped)
        .build();
  }

  private Effect<SessionEvent, SessionState> onOpen(SessionState state, Open open) {
    String userHash = deps.hashing().userHash(open.identity().subject());
    if (state.ownerHash() == null && !open.create()) {
      // a guessed id must not leave an entity in memory: passivated at once (sharding buffers meanwhile)
      var notFound = new Refused("not_found", "No such session.");
      return turn != null ? Effect().reply(open.replyTo(), notFound) : shard == null
          ? Effect().stop().thenReply(open.replyTo(), s -> notFound)
          : Effect().none().thenRun(s -> shard.tell(new ClusterSharding.Passivate<>(ctx.getSelf())))
              .thenReply(open.replyTo(), s -> notFound);
    }
    if (state.ownerHash() == null) {
      return Effect().persist(new SessionEvent.Opened(sessionId, userHash, Instant.now(), open.identity().arm()))
          .thenRun(s -> {
            conversationStarted();
            AgentMetrics.experiment("chats", open.identity().arm());
            open.replyTo().tell(new Opened(sessionId, false, List.of()));
          });
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
    if (!ClientMessageIds.wellFormed(say.clientMessageId())) {
      return Effect().reply(say.replyTo(), new Refused(ClientMessageIds.CODE, ClientMessageIds.MESSAGE));
    }
    // compared and journaled in the form the journal keeps (digit runs as keyed pseudonyms)
    String clientId = ClientMessageIds.forJournal(say.clientMessageId(), deps.redactor(), deps.hashing());
    var earlier = state.answered(clientId);
    if (earlier.isPresent()) {
      AgentMetrics.repeatedMessage();
      Answered a = earlier.get();
      return Effect().reply(say.replyTo(), new Replied(sessionId, a.turnId(), a.reply(), a.usage(), a.costUsd()));
    }
    if (turn != null && !clientId.isBlank() && clientId.equals(turn.clientMessageId)) {
      return Effect().stash(); // the same message while it is being answered: the reply above, once it is out
    }
    var wait = com.shopagent.core.policy.RateLimit.take(bucket);
    if (wait.isPresent()) {
      AgentMetrics.rateLimited("session");
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      return Effect().reply(say.replyTo(), new Refused("rate_limited",
          "Too many messages in this chat. Please wait " + seconds + " s and try again.", seconds));
    }
    if (turn != null) {
      return Effect().stash(); // one turn at a time: this one waits until the current reply is out
    }
    turn = new TurnInProgress(turnId(clientId), say.identity(), userHash, clientId,
        deps.redactor().redact(say.text(), state.pii()), say.replyTo());
    vault.putAll(turn.redaction.rawValues());
    // the learned guard layer embeds the message: CPU work that must not hold the actor's thread
    String text = turn.redaction.text();
    ctx.pipeToSelf(CompletableFuture.supplyAsync(() -> deps.guards().check(text), guardExecutor), Guarded::new);
    return Effect().none();
  }

  private Effect<SessionEvent, SessionState> onGuarded(SessionState state, Guarded m) {
    if (turn == null) {
      return Effect().none();
    }
    var opened = state.ownerHash() == null
        ? new SessionEvent.Opened(sessionId, turn.userHash, Instant.now(), turn.identity.arm()) : null;
    // a guard that crashed fails closed: the message is refused, not passed through unchecked
    turn.guard = m.failure() == null ? m.verdict()
        : com.shopagent.core.policy.GuardVerdict.of(List.of("guard_failed"), "error", null);
    if (turn.guard.blocked()) {
      return finishTurn(deps.guards().refusal(turn.guard), opened); // an attack never reaches the brain or a tool
    }
    if (deps.settings().spendCap().reached(state.spent(), state.spentUsd())) {
      return followUp(state, "spend_cap_reached"); // the model budget is gone: a person takes over
    }
    if (opened != null) {
      return Effect().persist(opened).thenRun(s -> {
        conversationStarted();
        AgentMetrics.experiment("chats", opened.arm());
        askBrain(s);
      });
    }
    askBrain(state);
    return Effect().none();
  }

  private Effect<SessionEvent, SessionState> onBrainStepped(SessionState state, BrainStepped m) {
    if (turn == null) {
      return Effect().none();
    }
    if (m.failure() != null) {
      try (var fields = com.shopagent.core.LogFields.turn(sessionId, turn.turnId)) {
        ctx.getLog().warn("brain failed in session {}: {}", sessionId, m.failure().getClass().getSimpleName());
      }
      return followUp(state, "brain_failed");
    }
    turn.usage = turn.usage.plus(m.step().usage());
    if (m.step() instanceof BrainStep.Respond r) {
      return finishTurn(deps.guards().screen(r.reply(), turn.redaction.text(), turn.outcomes));
    }
    List<ToolRequest> requests = ((BrainStep.UseTools) m.step()).requests();
    turn.round++;
    if (turn.round > deps.settings().maxRounds() + 1) {
      return followUp(state, "too_many_tool_rounds");
    }
    requests.forEach(this::startTool);
    return turn.running.isEmpty() ? afterTools(state) : Effect().none();
  }

  /**
   * The brain could not finish the turn: nothing is lost. A ticket asks a person to follow up and
   * the customer gets the canned reply with its reference.
   */
  private Effect<SessionEvent, SessionState> followUp(SessionState state, String reason) {
    turn.followUpReason = reason;
    if (!deps.tools().names().contains("create_ticket")) {
      return finishTurn(cannedReply(reason, null));
    }
    startTool(new ToolRequest("follow-up", "create_ticket", java.util.Map.of(
        "subject", "Follow up: the assistant could not answer",
        "body", "The assistant failed (" + reason + ") while answering this message (redacted):\n\n"
            + turn.redaction.text() + "\n\nSession: " + sessionId,
        "category", "human")));
    return turn.running.isEmpty() ? afterTools(state) : Effect().none();
  }

  private Effect<SessionEvent, SessionState> afterTools(SessionState state) {
    if (turn.followUpReason == null) {
      askBrain(state);
      return Effect().none();
    }
    var ticket = turn.outcomes.stream().filter(o -> o.output() instanceof ToolOutput.TicketCreated)
        .map(o -> ((ToolOutput.TicketCreated) o.output()).ticket()).reduce((a, b) -> b).orElse(null);
    return finishTurn(cannedReply(turn.followUpReason, ticket));
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
    var tool = deps.tools().find(request.tool()).orElseThrow();
    var child = ctx.spawn(ToolCallActor.create(tool, request, withPii(request, tool.piiArguments(), tool.piiTokensOnly()),
        toolContext, toolReplies), childName);
    ctx.watchWith(child, new ToolStopped(childName));
    turn.running.put(childName, request);
  }

  /** With {@code tokensOnly}, a value that is not a token of this session's vault becomes empty. */
  private ToolRequest withPii(ToolRequest request, Set<String> piiArguments, boolean tokensOnly) {
    if (piiArguments.isEmpty()) {
      return request;
    }
    var args = new java.util.HashMap<>(request.arguments());
    piiArguments.forEach(name -> args.computeIfPresent(name, (k, v) -> vault.getOrDefault(v.trim(), tokensOnly ? "" : v)));
    return new ToolRequest(request.requestId(), request.tool(), args);
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
        return afterTools(state);
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
        return afterTools(state);
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
    return finishTurn(reply, null);
  }

  /** @param opened the session's first event, when this turn also opens the session */
  private Effect<SessionEvent, SessionState> finishTurn(Reply reply, SessionEvent.Opened opened) {
    TurnInProgress done = turn;
    long latency = done.elapsedMs();
    var event = new SessionEvent.TurnRecorded(sessionId, done.turnId, done.userHash, done.clientMessageId,
        done.redaction.text(), done.redaction.newTokens(), done.outcomes, reply, done.startedAt, latency,
        Instant.now(), done.usage, deps.settings().spendCap().costUsd(done.usage), done.identity.arm(), done.guard);
    List<SessionEvent> events = opened == null ? List.of(event) : List.of(opened, event);
    return Effect().persist(events)
        .thenRun(s -> {
          turn = null;
          PipelineMetrics.auditJournaled(tagFor(sessionId));
          if (opened != null) {
            conversationStarted();
          }
          AgentMetrics.turnCompleted(reply.outcome().label(), latency);
          AgentMetrics.llmSpend(event.costUsd());
          if (s.turnCount() == 1) {
            AgentMetrics.firstResponse(latency);
          }
          if (reply.escalated()) {
            AgentMetrics.escalation(reply.intent(), reply.riskTier(),
                reply.reasons().isEmpty() ? "unspecified" : reply.reasons().get(0));
          }
          if (reply.ticket() != null) {
            AgentMetrics.experiment("tickets", done.identity.arm());
          }
          done.replyTo.tell(new Replied(sessionId, done.turnId, reply, event.usage(), event.costUsd()));
        })
        .thenUnstashAll();
  }

  private void conversationStarted() {
    PipelineMetrics.auditJournaled(tagFor(sessionId));
    AgentMetrics.conversationStarted();
  }

  private Reply cannedReply(String reason, com.shopagent.core.model.TicketRef ticket) {
    if (reason.equals("spend_cap_reached")) {
      String handOff = "This conversation has reached the assistant's limit, so a person from our team will take over"
          + (ticket == null ? ". Please contact us to continue." : " on ticket " + ticket.id() + ".");
      return new Reply(handOff, List.of(), ticket == null ? Outcome.ESCALATED : Outcome.TICKET, true, ticket, "human",
          0.0, List.of(reason));
    }
    String text = ticket == null ? deps.settings().cannedReply() + " Please try again in a moment."
        : deps.settings().cannedReply() + " " + (ticket.queued() ? "Your request is queued as " : "Our team will follow up on ticket ")
            + ticket.id() + ".";
    return new Reply(text, List.of(), Outcome.ERROR, true, ticket, "unknown", 0.0, List.of(reason));
  }

  /**
   * Derived from the client's message id when there is one: a turn cut off by a node crash and
   * run again on another node keeps its id, so its tool calls keep their idempotency keys
   * (the ticket it may already have opened is found, not opened twice).
   */
  private String turnId(String clientMessageId) {
    return clientMessageId == null || clientMessageId.isBlank() ? UUID.randomUUID().toString()
        : UUID.nameUUIDFromBytes((sessionId + "\n" + clientMessageId).getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .toString();
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
        .onSignal(PostStop.instance(), s -> {
          AgentMetrics.sessionActive(false);
          abandonTurn();
        })
        .onSignal(PreRestart.instance(), s -> abandonTurn())
        .build();
  }

  /**
   * Stopped (passivation, rebalancing, shutdown) or restarted with a turn in flight: its tool
   * children stop with it and nothing of the turn was journaled, so the customer is told at once to
   * send the message again instead of waiting for a reply that will never come.
   */
  private void abandonTurn() {
    if (turn != null) {
      AgentMetrics.turnCompleted("interrupted", turn.elapsedMs());
      turn.replyTo.tell(new Refused("interrupted",
          "The assistant was interrupted while answering. Please send your message again.", 1));
      turn = null;
    }
  }
}
