package com.shopagent.core.policy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopagent.core.brain.routing.LocalEmbeddings;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The learned guard: logistic regression over the MiniLM sentence embedding of the redacted
 * message. Rules catch the phrasings someone wrote down; this catches the paraphrases, persona
 * jailbreaks and other languages they did not. The weights are a resource written by
 * {@code agent guard-train} (reproducible from the training sets it names), not code.
 */
public final class LearnedGuard {
  public static final String RESOURCE = "learned-guard.json";
  /** Reason code of a block by this layer. */
  public static final String REASON = "learned_attack";

  /** The file {@code agent guard-train} writes. */
  public record Weights(
      @JsonProperty("embedding_model") String embeddingModel,
      @JsonProperty("threshold") double threshold,
      @JsonProperty("bias") double bias,
      @JsonProperty("weights") float[] weights,
      @JsonProperty("trained_on") String trainedOn) {}

  private final Weights weights;
  private final EmbeddingModel model;

  public LearnedGuard(Weights weights, EmbeddingModel model) {
    this.weights = weights;
    this.model = model;
  }

  private static final class Shipped {
    static final LearnedGuard GUARD = new LearnedGuard(read(), LocalEmbeddings.allMiniLmL6V2());

    private static Weights read() {
      try (InputStream in = LearnedGuard.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing from the class path (run agent guard-train)");
        }
        return new ObjectMapper().readValue(in, Weights.class);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }

  /** The weights in the jar with the in-process MiniLM model, loaded once per JVM. */
  public static LearnedGuard shipped() {
    return Shipped.GUARD;
  }

  public Weights weights() {
    return weights;
  }

  /** The layer as a {@link PromptGuard} runs it, at the threshold chosen by cross-validation. */
  public ClassifierLayer layer() {
    return layer(weights.threshold());
  }

  public ClassifierLayer layer(double threshold) {
    return new ClassifierLayer(this::attackProbability, threshold, REASON, "learned");
  }

  public double attackProbability(String redactedText) {
    return probability(embed(model, redactedText), weights.weights(), weights.bias());
  }

  /** The unit-length feature vector the weights were trained on; trainers must use this too. */
  public static float[] embed(EmbeddingModel model, String redactedText) {
    String text = RuleLayer.normalise(redactedText).strip();
    return unit(model.embed(text.isEmpty() ? "?" : text).content().vector());
  }

  /** {@link #embed} for many texts in one batched call. */
  public static java.util.List<float[]> embedAll(EmbeddingModel model, java.util.List<String> redactedTexts) {
    var segments = redactedTexts.stream().map(t -> RuleLayer.normalise(t).strip())
        .map(t -> dev.langchain4j.data.segment.TextSegment.from(t.isEmpty() ? "?" : t)).toList();
    return model.embedAll(segments).content().stream().map(e -> unit(e.vector())).toList();
  }

  public static double probability(float[] x, float[] w, double bias) {
    double z = bias;
    for (int i = 0; i < w.length; i++) {
      z += w[i] * x[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  static float[] unit(float[] v) {
    double n = 0;
    for (float f : v) {
      n += f * f;
    }
    float inv = (float) (1 / Math.max(Math.sqrt(n), 1e-9));
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] * inv;
    }
    return out;
  }
}
