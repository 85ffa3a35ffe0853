package dev.newsbot.retrieval.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.Properties;

/**
 * The weights of a candidate sentence's score, one per {@link SentenceFeatures} feature, in its
 * order. Data, not code: read from {@code sentence-weights.properties} beside this class, which
 * the training in the tests writes from questions about issues of our own (see the README).
 */
record SentenceWeights(double own, double near, double context, double rankShare, double fit, double exact,
    double listFollowsSetup, double listEnumerates, double setsUp, double explainFollowsSetup, double reasonGiven,
    double methodGiven, double opening, double length) {

  static final SentenceWeights DEFAULT = load("sentence-weights.properties");

  double score(double[] features) {
    double[] w = toArray();
    double s = 0;
    for (int i = 0; i < w.length; i++) {
      s += w[i] * features[i];
    }
    return s;
  }

  double[] toArray() {
    RecordComponent[] parts = SentenceWeights.class.getRecordComponents();
    double[] out = new double[parts.length];
    try {
      for (int i = 0; i < parts.length; i++) {
        out[i] = (double) parts[i].getAccessor().invoke(this);
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  static String[] names() {
    RecordComponent[] parts = SentenceWeights.class.getRecordComponents();
    String[] out = new String[parts.length];
    for (int i = 0; i < parts.length; i++) {
      out[i] = parts[i].getName();
    }
    return out;
  }

  static SentenceWeights of(double[] w) {
    try {
      Class<?>[] types = new Class<?>[w.length];
      Object[] args = new Object[w.length];
      for (int i = 0; i < w.length; i++) {
        types[i] = double.class;
        args[i] = w[i];
      }
      return SentenceWeights.class.getDeclaredConstructor(types).newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("weights need " + names().length + " values", e);
    }
  }

  static SentenceWeights load(String resource) {
    Properties p = new Properties();
    try (InputStream in = SentenceWeights.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the jar");
      }
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String[] names = names();
    double[] w = new double[names.length];
    for (int i = 0; i < names.length; i++) {
      String v = p.getProperty(names[i]);
      if (v == null) {
        throw new IllegalStateException(resource + " has no weight for " + names[i]);
      }
      w[i] = Double.parseDouble(v.strip());
    }
    return of(w);
  }
}
