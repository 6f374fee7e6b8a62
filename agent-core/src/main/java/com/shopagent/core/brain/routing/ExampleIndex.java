package com.shopagent.core.brain.routing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.shopagent.core.brain.Intent;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The labelled example phrases with their vectors, embedded once per JVM. */
final class ExampleIndex {
  static final String RESOURCE = "routing/intent-examples.yaml";
  /** An intent's score is the mean similarity of its k nearest phrases: one stray phrase cannot win alone. */
  static final int K = 3;

  private record Example(Intent intent, float[] vector) {}

  private final List<Example> examples;
  private final EmbeddingModel model;
  private final Spelling spelling;

  private ExampleIndex(EmbeddingModel model, List<Example> examples, Spelling spelling) {
    this.model = model;
    this.examples = List.copyOf(examples);
    this.spelling = spelling;
  }

  /** Typo correction over the words of the example phrases and the routing keywords. */
  Spelling spelling() {
    return spelling;
  }

  private static final class Shared {
    static final ExampleIndex INDEX = fromClasspath(LocalEmbeddings.allMiniLmL6V2());
  }

  static ExampleIndex shared() {
    return Shared.INDEX;
  }

  static ExampleIndex fromClasspath(EmbeddingModel model) {
    try (InputStream in = ExampleIndex.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      Map<String, List<String>> byIntent = new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<>() {});
      List<Intent> intents = new ArrayList<>();
      List<TextSegment> phrases = new ArrayList<>();
      List<String> raw = new ArrayList<>();
      byIntent.values().forEach(raw::addAll);
      byIntent.forEach((label, list) -> list.forEach(p -> {
        intents.add(Intent.valueOf(label.toUpperCase(Locale.ROOT)));
        phrases.add(TextSegment.from(RoutingText.normalise(p)));
      }));
      List<Embedding> vectors = model.embedAll(phrases).content();
      List<Example> examples = new ArrayList<>();
      for (int i = 0; i < phrases.size(); i++) {
        examples.add(new Example(intents.get(i), unit(vectors.get(i).vector())));
      }
      return new ExampleIndex(model, examples, Spelling.of(raw));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  List<float[]> embed(List<String> texts) {
    List<float[]> out = new ArrayList<>(texts.size());
    model.embedAll(texts.stream().map(TextSegment::from).toList()).content().forEach(e -> out.add(unit(e.vector())));
    return out;
  }

  /** Mean cosine similarity of the K nearest phrases of every intent. */
  Map<Intent, Double> scores(float[] query) {
    Map<Intent, List<Double>> sims = new EnumMap<>(Intent.class);
    for (Example e : examples) {
      sims.computeIfAbsent(e.intent(), i -> new ArrayList<>()).add(dot(query, e.vector()));
    }
    Map<Intent, Double> scores = new EnumMap<>(Intent.class);
    sims.forEach((intent, list) -> scores.put(intent,
        list.stream().sorted((a, b) -> Double.compare(b, a)).limit(K).mapToDouble(Double::doubleValue).average().orElse(0)));
    return scores;
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static float[] unit(float[] v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    float inv = n == 0 ? 0 : (float) (1 / Math.sqrt(n));
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] * inv;
    }
    return out;
  }
}
