package dev.newsbot.retrieval.answer;

import dev.newsbot.retrieval.embed.Embedder;
import dev.newsbot.retrieval.ingest.ParagraphKind;
import dev.newsbot.retrieval.search.Hit;
import dev.newsbot.retrieval.search.Query;
import dev.newsbot.retrieval.store.PassageSource;
import dev.newsbot.retrieval.store.StoredChunk;
import dev.newsbot.retrieval.store.StoredParagraph;
import dev.newsbot.retrieval.text.Folding;
import dev.newsbot.retrieval.text.Language;
import dev.newsbot.retrieval.time.ArticleDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns retrieved passages into a short extractive answer with numbered citations, or an abstention. */
public final class Answerer {

  /** Passages listed with an answer. */
  public static final int PASSAGES = 10;

  private static final Logger LOG = LoggerFactory.getLogger(Answerer.class);

  /** A quote speaks of the question's subject when it holds one of this many of its rarest terms. */
  private static final int SUBJECT_TERMS = 3;

  /**
   * A line of fields and no sentence, as a list of headlines prints under each one
   * ("访问量:79.9万次,发布时间:1月20日记者:陈正明"): it answers nothing a question asks of the story.
   */
  private static final Pattern FIELDS = Pattern.compile(
      "(?:[\\p{IsHan}]{2,5}\\s*[:：]\\s*[^,，。；;！？:：]{1,20}?\\s*[,，;；]?\\s*)+");

  private Answerer() {}

  /**
   * Answers from the retrieved passages. {@code questionVector} and {@code embedder} (both may be
   * null in lexical mode) rank sentences when the question has no term the index knows.
   */
  public static Answer answer(String question, Query q, List<Hit> hits, PassageSource passages,
      float[] questionVector, Embedder embedder) {
    return answer(question, q, hits, passages, questionVector, embedder, ranked -> { });
  }

  /**
   * A candidate sentence as the score saw it, for learning the score's weights from questions
   * with known answers (the tests' training; never used in answering).
   *
   * @param issue    the issue file it is from
   * @param text     the sentence
   * @param features what the score weighed, in {@link SentenceWeights}' order
   */
  public record Ranked(String issue, String text, double[] features) {}

  /** The names of {@link Ranked#features()}, in order: the keys of {@code sentence-weights.properties}. */
  public static List<String> featureNames() {
    return List.of(SentenceWeights.names());
  }

  /** {@link #answer}, telling {@code trace} the candidates it ranked. */
  public static Answer answer(String question, Query q, List<Hit> hits, PassageSource passages,
      float[] questionVector, Embedder embedder, Consumer<List<Ranked>> trace) {
    AnswerType type = AnswerType.of(q.folded());
    List<Candidate> ranked = q.weights().isEmpty() && questionVector != null && embedder != null
        ? SentencePicker.rankBySimilarity(q, hits, questionVector, embedder)
        : SentencePicker.rank(q, type, hits, passages);
    ranked = InterviewTurns.answered(PieceKind.preferred(q.folded(), type, ranked));
    trace.accept(ranked.stream().map(c -> new Ranked(c.chunk().issue().file(), c.text(), c.features())).toList());
    Verdict verdict = Abstention.judge(q, type, hits, ranked);
    LOG.debug("support {}", verdict.support());
    if (verdict.abstain() || ranked.isEmpty()) {
      LOG.debug("abstained: {}", verdict.reason());
      List<String> closest = closestHeadlines(hits);
      return new Answer(question, Answer.Outcome.NOT_FOUND, q.language(), List.of(), passages(hits, null), closest,
          null);
    }
    List<Candidate> chosen = QuoteChoice.choose(q, type, ranked);
    String unfilled = unfilled(q, type, chosen);
    if (unfilled != null) {
      LOG.debug("abstained: what would be quoted has {}", unfilled);
      List<String> closest = closestHeadlines(hits);
      return new Answer(question, Answer.Outcome.NOT_FOUND, q.language(), List.of(), passages(hits, null), closest,
          null);
    }
    List<Citation> citations = new ArrayList<>();
    for (Candidate c : chosen) {
      citations.add(citation(citations.size() + 1, c, type.asksCredit()));
    }
    LocalDate meant = type.asksWhen() ? ArticleDates.meant(citations.get(0).quote(), citations.get(0).date())
        .orElse(null) : null;
    return new Answer(question, Answer.Outcome.QUOTED, q.language(), citations,
        passages(hits, lead(type, ranked.get(0), chosen, passages)), List.of(), meant);
  }

  /**
   * Why what would be quoted does not fill the slot the question asks for, or null: an answer is
   * judged by its quotes, not by the sentences around them (a fee asked, the quotes give dates).
   */
  private static String unfilled(Query q, AnswerType type, List<Candidate> chosen) {
    if (type.asksTitle() || type.asksCredit() != Credits.Credit.NONE) {
      return null;
    }
    StringBuilder quoted = new StringBuilder();
    for (Candidate c : chosen) {
      quoted.append(c.text()).append('\n');
    }
    String folded = Folding.fold(quoted.toString());
    if (chosen.stream().anyMatch(Answerer::asks)
        && chosen.stream().allMatch(c -> asks(c) || FIELDS.matcher(c.text()).matches())) {
      return "only a question of its own (a headline in a list)";
    }
    Set<String> keys = Focus.keyTerms(q, Folding.fold(chosen.get(0).chunk().article().fullText()));
    Set<String> subject = Focus.keyTerms(q, Folding.fold(chosen.get(0).chunk().article().fullText()), SUBJECT_TERMS);
    if (type.lacksAskedFactQuoted(aboutSubject(chosen, subject))) {
      return "no asked fact in a quote about the subject";
    }
    Constraints constraints = Constraints.of(q.folded());
    String violated = constraints.violatedBy(folded);
    if (violated == null) {
      violated = RelativeYear.violatedBy(q.folded(), quotedParagraphs(chosen), chosen.get(0).chunk().issue().date());
    }
    return violated != null ? violated
        : constraints.unfilledBy(chosen.stream().map(c -> Folding.fold(c.text())).toList(), q.folded(),
            type.asksFact(), keys, Abstention.homeCity(chosen.get(0).chunk().issue().paper()));
  }

  /**
   * The quotes that speak of the question's subject, folded: the leading one, those of its
   * paragraph, and those holding one of the subject's key terms. A sentence quoted for its
   * figure from elsewhere in the article ("一家三口" for "几家民宿") is about something else.
   */
  static String aboutSubject(List<Candidate> chosen, Set<String> keys) {
    Candidate lead = chosen.get(0);
    StoredParagraph paragraph = lead.chunk().article().paragraphAt(lead.start());
    StringBuilder about = new StringBuilder();
    for (Candidate c : chosen) {
      String folded = Folding.fold(c.text());
      boolean sameParagraph = c == lead || (paragraph != null && c.chunk().article() == lead.chunk().article()
          && paragraph.start() <= c.start() && c.start() < paragraph.end());
      if (sameParagraph || keys.isEmpty() || keys.stream().anyMatch(folded::contains)) {
        about.append(folded).append('\n');
      }
    }
    return about.toString();
  }

  /**
   * The paragraphs the quotes stand in, with their article's headline and first paragraph, folded:
   * a quote clipped to its clause may leave its year behind.
   */
  private static String quotedParagraphs(List<Candidate> chosen) {
    StringBuilder sb = new StringBuilder();
    // a review of the year says which year up front, in its headline or first paragraph
    var article = chosen.get(0).chunk().article();
    sb.append(Folding.fold(article.title())).append('\n');
    article.paragraphs().stream().filter(p -> p.kind() == ParagraphKind.BODY).findFirst()
        .ifPresent(p -> sb.append(Folding.fold(chosen.get(0).chunk().issue().text().substring(p.start(), p.end()))).append('\n'));
    for (Candidate c : chosen) {
      StoredParagraph p = c.chunk().article().paragraphAt(c.start());
      String text = c.chunk().issue().text();
      sb.append(Folding.fold(p == null ? c.text() : text.substring(p.start(), Math.min(p.end(), text.length())))).append('\n');
    }
    return sb.toString();
  }

  private static boolean asks(Candidate c) {
    return c.text().endsWith("？") || c.text().endsWith("?");
  }

  /** A reply to input that holds no question at all (empty, only emoji or punctuation). */
  public static Answer unusable(String question, Language language) {
    return new Answer(question, Answer.Outcome.UNUSABLE, language, List.of(), List.of(), List.of(), null);
  }

  /** A reply for when the index could not be read: nothing the asker did wrong. */
  public static Answer failed(String question, Language language) {
    return new Answer(question, Answer.Outcome.FAILED, language, List.of(), List.of(), List.of(), null);
  }

  private static Citation citation(int n, Candidate c, Credits.Credit asked) {
    StoredChunk chunk = c.chunk();
    StoredParagraph p = chunk.article().paragraphAt(c.start());
    int paragraph = p == null ? chunk.paragraph() : p.n();
    boolean caption = p != null && p.kind() == ParagraphKind.CAPTION;
    String credited = Credits.of(chunk.article(), caption);
    return new Citation(n, chunk.issue().file(), chunk.issue().paper(), chunk.issue().date(),
        chunk.issue().dateInferred(), chunk.article().title(), paragraph, c.start(), c.end(), c.text(),
        credited, p == null ? 0 : p.page(), Credits.byline(chunk.article(), credited, asked),
        chunk.article().sectionAt(c.start()));
  }

  /**
   * The passage an answer rests on: the one holding its best sentence; or, when that sentence
   * lacks the amount, count or date asked for, the one holding the quoted sentence that has it
   * (exactly, if one does: {@link AnswerType#wantedBeside});
   * or, when the question asks for a headline and that sentence is not one, the first passage of
   * the article, which starts with its headline.
   */
  private static StoredChunk lead(AnswerType type, Candidate best, List<Candidate> chosen,
      PassageSource passages) {
    if (type.asksTitle() && !titleLike(best.text())) {
      List<StoredChunk> article = passages.sameArticle(best.chunk());
      return article.isEmpty() ? best.chunk() : article.get(0);
    }
    for (Predicate<String> hasFact : type.wantedBeside(Folding.fold(best.text()))) {
      for (Candidate c : chosen) {
        if (hasFact.test(Folding.fold(c.text()))) {
          return c.chunk();
        }
      }
    }
    return best.chunk();
  }

  /** A short line without sentence punctuation: a headline itself, as in a list of the week's most read. */
  private static boolean titleLike(String text) {
    return text.length() <= 36 && text.chars().noneMatch(c -> "。，,；;".indexOf(c) >= 0);
  }

  /**
   * The passages listed with an answer: the one it rests on first, then the other retrieved ones
   * best first. The sentence choice weighs the asked-for kind of fact, which retrieval cannot, so
   * the passage it quotes is the better first pick. A lead passage that retrieval did not reach
   * (further down the best article) carries score 0.
   */
  private static List<Passage> passages(List<Hit> hits, StoredChunk lead) {
    Map<StoredChunk, Double> scores = new LinkedHashMap<>();
    if (lead != null) {
      scores.put(lead, hits.stream().filter(h -> h.chunk().equals(lead)).mapToDouble(Hit::score).findFirst()
          .orElse(0));
    }
    for (Hit h : hits) {
      scores.putIfAbsent(h.chunk(), h.score());
    }
    List<Passage> out = new ArrayList<>();
    for (Map.Entry<StoredChunk, Double> e : scores.entrySet()) {
      if (out.size() == PASSAGES) {
        break;
      }
      StoredChunk c = e.getKey();
      out.add(new Passage(out.size() + 1, c.issue().file(), c.article().title(), c.start(), c.end(), c.text(),
          e.getValue()));
    }
    return out;
  }

  private static List<String> closestHeadlines(List<Hit> hits) {
    Set<String> titles = new LinkedHashSet<>();
    for (Hit h : hits) {
      if (titles.size() == AnswerLimits.DEFAULT.closestHeadlines()) {
        break;
      }
      titles.add(h.chunk().article().title());
    }
    return List.copyOf(titles);
  }
}
