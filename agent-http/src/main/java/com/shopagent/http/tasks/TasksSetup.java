package com.shopagent.http.tasks;

import akka.actor.Cancellable;
import akka.actor.typed.ActorSystem;
import akka.kafka.ProducerSettings;
import akka.kafka.javadsl.SendProducer;
import akka.stream.UniqueKillSwitch;
import com.shopagent.core.tooling.Tool;
import com.shopagent.tools.orders.AccountEmails;
import com.shopagent.tools.orders.OrderSource;
import com.shopagent.tools.orders.UpdateUserNoteTool;
import com.shopagent.tools.orders.WooCommerceSettings;
import com.shopagent.tools.orders.WooOrderNotes;
import com.shopagent.tools.tasks.SendEmailTool;
import com.shopagent.tools.tasks.SmtpMailer;
import com.shopagent.tools.tasks.SmtpSettings;
import com.shopagent.tools.tasks.TaskHandler;
import com.shopagent.tools.tasks.TaskStore;
import com.shopagent.tools.tickets.Database;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Deferred work for the server: the tools that queue it, and the relay and worker that carry it
 * out. {@code send_email} is offered only when an SMTP host is configured.
 */
public final class TasksSetup {
  private TasksSetup() {}

  /**
   * Whether {@code send_email} is offered, where account addresses come from, and the shop's
   * opt-in ({@code shop-agent.smtp.allow-typed-addresses}) to addresses a signed-in customer typed.
   */
  public record EmailRules(boolean offered, boolean typedAddresses, AccountEmails accounts) {
    public static EmailRules from(com.typesafe.config.Config shopAgent, WooCommerceSettings woo, boolean offered) {
      return new EmailRules(offered, shopAgent.getBoolean("smtp.allow-typed-addresses"),
          offered ? AccountEmails.open(woo) : id -> java.util.Optional.empty());
    }
  }

  /** A running relay and worker; {@link #close()} stops both. */
  public record Running(Cancellable relay, UniqueKillSwitch worker, SendProducer<String, String> producer)
      implements AutoCloseable {
    @Override
    public void close() {
      relay.cancel();
      worker.shutdown();
      producer.close();
    }
  }

  /** @param email whether to offer {@code send_email}: only where something will send what it queues */
  public static List<Tool> tools(Database db, EmailRules email, OrderSource orders, Executor blocking) {
    db.migrate(TaskStore.MIGRATIONS);
    TaskStore store = new TaskStore(db);
    List<Tool> tools = new ArrayList<>();
    if (email.offered()) {
      tools.add(new SendEmailTool(store, email.accounts(), email.typedAddresses(), blocking));
    }
    tools.add(new UpdateUserNoteTool(orders, store, blocking));
    return List.copyOf(tools);
  }

  public static Running start(ActorSystem<?> system, Database db, String bootstrapServers, TaskSettings settings,
      SmtpSettings smtp, WooCommerceSettings woo, Executor blocking) {
    db.migrate(TaskStore.MIGRATIONS);
    TaskStore store = new TaskStore(db);
    Map<String, TaskHandler> handlers = new HashMap<>();
    handlers.put(UpdateUserNoteTool.KIND, new WooOrderNotes(woo));
    if (!smtp.host().isBlank()) {
      handlers.put(SendEmailTool.KIND, new SmtpMailer(smtp));
    }
    SendProducer<String, String> producer = new SendProducer<>(
        ProducerSettings.create(system, new StringSerializer(), new StringSerializer())
            .withBootstrapServers(bootstrapServers), system);
    Cancellable relay = new TaskRelay(store, producer, settings, blocking).schedule(system);
    UniqueKillSwitch worker = TaskWorker.start(system, bootstrapServers, settings,
        new TaskRunner(store, handlers, settings, blocking));
    return new Running(relay, worker, producer);
  }
}
