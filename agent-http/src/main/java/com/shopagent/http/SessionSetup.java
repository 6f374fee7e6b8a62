package com.shopagent.http;

import akka.actor.typed.ActorSystem;
import com.shopagent.core.brain.Brain;
import com.shopagent.core.brain.routing.Triage;
import com.shopagent.core.policy.Guards;
import com.shopagent.core.privacy.Hashing;
import com.shopagent.core.privacy.Redactor;
import com.shopagent.core.session.SessionActor;
import com.shopagent.core.session.SessionDeps;
import com.shopagent.core.tooling.ToolRegistry;
import com.typesafe.config.Config;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;

/** Starts the session entities with their brain, redactor and guards: shared by the server and `agent eval`. */
public final class SessionSetup {
  private SessionSetup() {}

  /** @return the brain that was chosen, for the operator's start-up line */
  public static BrainSetup.Chosen init(ActorSystem<?> system, Config config, AgentSettings settings, ToolRegistry tools,
      Executor blocking, Triage triage, String hmacSecret) throws IOException {
    return init(system, config, settings, tools, blocking, triage, hmacSecret, UnaryOperator.identity());
  }

  /** {@code around} wraps the chosen brain: `agent eval` puts its fault switch there. */
  public static BrainSetup.Chosen init(ActorSystem<?> system, Config config, AgentSettings settings, ToolRegistry tools,
      Executor blocking, Triage triage, String hmacSecret, UnaryOperator<Brain> around) throws IOException {
    Hashing hashing = new Hashing(hmacSecret);
    Redactor redactor = new Redactor(hashing);
    BrainSetup.Chosen brain = BrainSetup.create(config, settings, tools, blocking, triage);
    SessionActor.init(system, new SessionDeps(around.apply(brain.brain()), tools, redactor, hashing, settings.orchestrator(),
        Guards.defaults(redactor, brain.confidentialTexts(), List.of(settings.contactRoute()))));
    return brain;
  }
}
