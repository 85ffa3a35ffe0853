package dev.newsbot.retrieval;

import dev.newsbot.retrieval.answer.Answerer;
import dev.newsbot.retrieval.embed.EmbeddingChoice;
import dev.newsbot.retrieval.eval.EvalQuestion;
import dev.newsbot.retrieval.eval.Evaluation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Learns the weights of the candidate-sentence score from questions with known answers: for each
 * answerable question, the candidates the answerer ranked, those that hold the answer being the
 * right ones; the weights that make a right one most likely first (a softmax over each question's
 * candidates, L2-regularised, gradient descent). Run by hand over the tuning questions only, e.g.
 * <pre>
 * java -cp "$(cat retrieval/target/test-classpath.txt):retrieval/target/classes:retrieval/target/test-classes" \
 *   dev.newsbot.retrieval.SentenceScoreTraining DATA_DIR OUT.properties QUESTIONS.jsonl...
 * </pre>
 * with DATA_DIR an index of the issues the questions are about. It prints how often the first
 * candidate holds the answer before and after, and writes the weights for
 * retrieval/src/main/resources/dev/newsbot/retrieval/answer/sentence-weights.properties.
 */
public final class SentenceScoreTraining {

  static final double L2 = 0.01;
  static final double RATE = 0.5;
  static final int ROUNDS = 3000;

  private record Example(double[][] features, boolean[] right) {}

  private SentenceScoreTraining() {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args[0]);
    Path out = Path.of(args[1]);
    List<EvalQuestion> questions = new ArrayList<>();
    for (int k = 2; k < args.length; k++) {
      questions.addAll(QuestionFiles.read(Path.of(args[k])));
    }
    List<Example> examples = new ArrayList<>();
    try (NewsIndex index = NewsIndex.open(data, EmbeddingChoice.DEFAULT)) {
      for (EvalQuestion q : questions) {
        if (!q.answerable()) {
          continue;
        }
        List<List<Answerer.Ranked>> seen = new ArrayList<>();
        index.ask(q.question(), java.time.LocalDate.now(), seen::add);
        if (seen.isEmpty() || seen.get(0).isEmpty()) {
          continue;
        }
        List<Answerer.Ranked> ranked = seen.get(0).subList(0, Math.min(40, seen.get(0).size()));
        String answer = Evaluation.squash(q.answer());
        double[][] f = new double[ranked.size()][];
        boolean[] right = new boolean[ranked.size()];
        boolean any = false;
        for (int i = 0; i < ranked.size(); i++) {
          Answerer.Ranked r = ranked.get(i);
          f[i] = r.features();
          String text = Evaluation.squash(r.text());
          right[i] = (q.seeds().isEmpty() || q.seeds().contains(r.issue()))
              && (text.contains(answer) || (text.length() >= 8 && answer.contains(text)));
          any |= right[i];
        }
        if (any && f[0].length > 0) {
          examples.add(new Example(f, right));
        }
      }
    }
    List<String> names = Answerer.featureNames();
    double[] w = new double[names.size()];
    System.out.printf(Locale.ROOT, "%d questions with a right candidate; first is right for %.3f as ranked%n",
        examples.size(), firstRight(examples, null));
    for (int round = 0; round < ROUNDS; round++) {
      double[] grad = new double[w.length];
      for (Example e : examples) {
        double[] p = softmax(e, w);
        double right = 0;
        for (int i = 0; i < p.length; i++) {
          right += e.right()[i] ? p[i] : 0;
        }
        for (int i = 0; i < p.length; i++) {
          double target = e.right()[i] ? p[i] / right : 0;
          for (int j = 0; j < w.length; j++) {
            grad[j] += (p[i] - target) * e.features()[i][j];
          }
        }
      }
      for (int j = 0; j < w.length; j++) {
        w[j] -= RATE * (grad[j] / examples.size() + L2 * w[j]);
      }
    }
    System.out.printf(Locale.ROOT, "after training: first is right for %.3f, one of the first three for %.3f%n",
        firstRight(examples, w), topRight(examples, w, 3));
    StringBuilder sb = new StringBuilder("# Weights of a candidate sentence's score (SentenceWeights, SentenceFeatures),\n"
        + "# learned by SentenceScoreTraining from the tuning questions (see the README).\n");
    for (int j = 0; j < w.length; j++) {
      sb.append(names.get(j)).append('=').append(String.format(Locale.ROOT, "%.4f", w[j])).append('\n');
    }
    Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
    System.out.print(sb);
  }

  private static double[] softmax(Example e, double[] w) {
    double[] s = new double[e.features().length];
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < s.length; i++) {
      for (int j = 0; j < w.length; j++) {
        s[i] += w[j] * e.features()[i][j];
      }
      max = Math.max(max, s[i]);
    }
    double sum = 0;
    for (int i = 0; i < s.length; i++) {
      s[i] = Math.exp(s[i] - max);
      sum += s[i];
    }
    for (int i = 0; i < s.length; i++) {
      s[i] /= sum;
    }
    return s;
  }

  /** Share of examples with a right candidate among the {@code k} best scored by {@code w}. */
  private static double topRight(List<Example> examples, double[] w, int k) {
    int right = 0;
    for (Example e : examples) {
      double[] p = softmax(e, w);
      Integer[] order = new Integer[p.length];
      for (int i = 0; i < p.length; i++) {
        order[i] = i;
      }
      java.util.Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
      boolean any = false;
      for (int i = 0; i < Math.min(k, order.length); i++) {
        any |= e.right()[order[i]];
      }
      right += any ? 1 : 0;
    }
    return examples.isEmpty() ? 0 : right / (double) examples.size();
  }

  /** Share of examples whose best candidate is right, scored by {@code w} (null: as the answerer ranked). */
  private static double firstRight(List<Example> examples, double[] w) {
    int right = 0;
    for (Example e : examples) {
      int best = 0;
      if (w != null) {
        double[] p = softmax(e, w);
        for (int i = 1; i < p.length; i++) {
          if (p[i] > p[best]) {
            best = i;
          }
        }
      }
      right += e.right()[best] ? 1 : 0;
    }
    return examples.isEmpty() ? 0 : right / (double) examples.size();
  }
}
