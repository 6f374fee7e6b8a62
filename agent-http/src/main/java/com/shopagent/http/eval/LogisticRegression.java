package com.shopagent.http.eval;

import java.util.List;

/**
 * Weighted, L2-regularised logistic regression fitted by full-batch Adam: a few thousand
 * 384-dimension vectors fit in a second or two, and the result is the same on every run.
 */
public final class LogisticRegression {
  public record Model(float[] weights, double bias) {}

  private static final int EPOCHS = 1500;
  private static final double RATE = 0.05;
  private static final double L2 = 1e-5;

  private LogisticRegression() {}

  /** @param weight per sample, so small sets are not drowned out by large ones */
  public static Model fit(List<float[]> x, boolean[] y, double[] weight) {
    int d = x.get(0).length;
    double[] w = new double[d + 1]; // last: bias
    double[] m = new double[d + 1];
    double[] v = new double[d + 1];
    double total = 0;
    for (double sw : weight) {
      total += sw;
    }
    for (int epoch = 1; epoch <= EPOCHS; epoch++) {
      double[] g = new double[d + 1];
      for (int i = 0; i < x.size(); i++) {
        float[] xi = x.get(i);
        double z = w[d];
        for (int j = 0; j < d; j++) {
          z += w[j] * xi[j];
        }
        double err = (1 / (1 + Math.exp(-z)) - (y[i] ? 1 : 0)) * weight[i] / total;
        for (int j = 0; j < d; j++) {
          g[j] += err * xi[j];
        }
        g[d] += err;
      }
      for (int j = 0; j <= d; j++) {
        double gj = g[j] + (j < d ? L2 * w[j] : 0);
        m[j] = 0.9 * m[j] + 0.1 * gj;
        v[j] = 0.999 * v[j] + 0.001 * gj * gj;
        double mHat = m[j] / (1 - Math.pow(0.9, epoch));
        double vHat = v[j] / (1 - Math.pow(0.999, epoch));
        w[j] -= RATE * mHat / (Math.sqrt(vHat) + 1e-8);
      }
    }
    float[] out = new float[d];
    for (int j = 0; j < d; j++) {
      out[j] = (float) w[j];
    }
    return new Model(out, w[d]);
  }
}
