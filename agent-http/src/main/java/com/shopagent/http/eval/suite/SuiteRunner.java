package com.shopagent.http.eval.suite;

import com.shopagent.core.brain.Reply;
import com.shopagent.core.model.Citation;
import com.shopagent.core.model.Identity;
import com.shopagent.core.session.SessionActor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * Runs cases against an {@link EvalAgent}, a few at a time (chaos cases mostly wait on timeouts),
 * each in its own session, and judges them.
 */
public final class SuiteRunner {
  private static final Set<String> CUSTOMER_SCOPES =
      Set.of(Identity.READ_KB, Identity.ORDERS_READ_OWN, Identity.TICKETS_CREATE);
  private final EvalAgent agent;
  private final CaseCheck check;
  private final int parallel;

  public SuiteRunner(EvalAgent agent, java.nio.file.Path ordersJson, int parallel) throws java.io.IOException {
    this.agent = agent;
    this.check = new CaseCheck(DemoOrders.load(ordersJson));
    this.parallel = parallel;
  }

  /** {@code progress} gets (done, total) after every case. */
  public List<CaseResult> run(List<Suite> suites, BiConsumer<Integer, Integer> progress) throws Exception {
    int total = suites.stream().mapToInt(s -> s.cases().size()).sum();
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    try {
      List<Future<CaseResult>> futures = new ArrayList<>();
      for (Suite s : suites) {
        for (Suite.Case c : s.cases()) {
          futures.add(pool.submit(() -> {
            CaseResult r = runCase(s.suite(), c);
            progress.accept(done.incrementAndGet(), total);
            return r;
          }));
        }
      }
      List<CaseResult> results = new ArrayList<>();
      for (Future<CaseResult> f : futures) {
        results.add(f.get());
      }
      return List.copyOf(results);
    } finally {
      pool.shutdownNow();
    }
  }

  CaseResult runCase(String suite, Suite.Case c) {
    String sessionId = UUID.randomUUID().toString();
    Identity who = c.guest() ? Identity.guest(UUID.randomUUID().toString())
        : new Identity("user:" + c.user(), CUSTOMER_SCOPES);
    agent.chaos(sessionId, c.chaos());
    List<CaseResult.TurnRecord> turns = new ArrayList<>();
    try {
      for (String text : c.turns()) {
        long started = System.nanoTime();
        SessionActor.TurnResult r;
        try {
          r = agent.say(who, sessionId, text, turns.isEmpty());
        } catch (Exception e) {
          turns.add(failed(text, "no reply: " + e, started));
          break;
        }
        turns.add(record(text, r, started));
      }
      List<CaseResult.Call> calls = agent.calls(sessionId);
      return new CaseResult(suite, c, turns, calls, check.failures(c, turns, calls));
    } finally {
      agent.forget(sessionId);
    }
  }

  private static CaseResult.TurnRecord record(String said, SessionActor.TurnResult result, long started) {
    long ms = (System.nanoTime() - started) / 1_000_000;
    if (result instanceof SessionActor.Refused refused) {
      return new CaseResult.TurnRecord(null, said, refused.message(), "", "", false, "refused:" + refused.code(),
          false, List.of(), List.of(refused.code()), ms, 0, 0, 0);
    }
    SessionActor.Replied replied = (SessionActor.Replied) result;
    Reply r = replied.reply();
    return new CaseResult.TurnRecord(replied.turnId(), said, r.text(), r.intent(), r.riskTier(), r.escalated(),
        r.outcome().label(), r.ticket() != null, r.citations().stream().map(Citation::url).toList(), r.reasons(), ms,
        replied.usage().inputTokens(), replied.usage().outputTokens(), replied.costUsd());
  }

  private static CaseResult.TurnRecord failed(String said, String why, long started) {
    return new CaseResult.TurnRecord(null, said, why, "", "", false, "error", false, List.of(), List.of("no_reply"),
        (System.nanoTime() - started) / 1_000_000, 0, 0, 0);
  }
}
