package com.shopagent.tools.tasks;

import java.util.Map;

/** Executes one kind of task. Blocking; throws when the attempt failed and may be retried. */
@FunctionalInterface
public interface TaskHandler {
  void execute(String taskId, Map<String, String> payload) throws Exception;
}
