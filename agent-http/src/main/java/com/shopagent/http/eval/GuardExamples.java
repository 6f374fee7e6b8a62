package com.shopagent.http.eval;

import com.shopagent.core.policy.LearnedGuard;
import com.shopagent.core.policy.PromptGuard;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Labelled messages ready for training or cross-validation: redacted as in the agent, with the
 * rule layers' verdict and the embedding the learned layer sees.
 *
 * @param set where the message comes from (a file name or a generated split); benign messages of
 *     the shop's own traffic are kept apart from the rest when the threshold is chosen
 */
public record GuardExamples(List<Example> all) {
  public record Example(String set, TextRecord record, boolean attack, boolean ruleBlocked, float[] vector) {}

  private static final int BATCH = 64;

  public GuardExamples {
    all = List.copyOf(all);
  }

  public record Source(String set, List<TextRecord> records) {}

  public static GuardExamples prepare(List<Source> sources, UnaryOperator<String> redact, EmbeddingModel model,
      java.util.function.IntConsumer progress) {
    PromptGuard rules = PromptGuard.rulesOnly();
    List<Example> out = new ArrayList<>();
    int done = 0;
    for (Source s : sources) {
      List<TextRecord> records = s.records();
      for (int from = 0; from < records.size(); from += BATCH) {
        List<TextRecord> batch = records.subList(from, Math.min(records.size(), from + BATCH));
        List<String> redacted = batch.stream().map(r -> redact.apply(r.text())).toList();
        List<float[]> vectors = LearnedGuard.embedAll(model, redacted);
        for (int i = 0; i < batch.size(); i++) {
          TextRecord r = batch.get(i);
          out.add(new Example(s.set(), r, GuardEval.isAttack(r.label()), rules.check(redacted.get(i)).blocked(),
              vectors.get(i)));
        }
        done += batch.size();
        progress.accept(done);
      }
    }
    return new GuardExamples(out);
  }

  public int size() {
    return all.size();
  }
}
