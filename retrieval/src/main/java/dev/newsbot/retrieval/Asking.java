package dev.newsbot.retrieval;

import dev.newsbot.retrieval.answer.Answer;
import dev.newsbot.retrieval.answer.Answerer;
import dev.newsbot.retrieval.embed.Embedder;
import dev.newsbot.retrieval.search.Hit;
import dev.newsbot.retrieval.search.Query;
import dev.newsbot.retrieval.search.Retriever;
import dev.newsbot.retrieval.search.SearchMode;
import dev.newsbot.retrieval.search.TimeScope;
import dev.newsbot.retrieval.store.IndexStore;
import dev.newsbot.retrieval.store.StoredIssue;
import dev.newsbot.retrieval.text.Folding;
import dev.newsbot.retrieval.time.TimeSpan;
import dev.newsbot.retrieval.time.TimeWords;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The path of a question through a snapshot: its time words, the passages, the answer. */
final class Asking {

  private static final Logger LOG = LoggerFactory.getLogger(NewsIndex.class);

  private final IndexStore store;
  private final Embedder embedder;
  private final SearchMode mode;

  Asking(IndexStore store, Embedder embedder, SearchMode mode) {
    this.store = store;
    this.embedder = embedder;
    this.mode = mode;
  }

  /**
   * Answers {@code question} asked on {@code today} from the passages {@code only} accepts (all
   * when null); never throws for any user text.
   */
  Answer ask(Snapshot s, String question, LocalDate today, Predicate<StoredIssue> only,
      Consumer<List<Answerer.Ranked>> trace) {
    String clean = Questions.clean(question);
    Query q = Query.of(clean, s.corpus());
    if (!Questions.hasContent(clean)) {
      return Answerer.unusable(clean, q.language());
    }
    try {
      float[] vector = queryVector(clean, s);
      Optional<TimeSpan> span = TimeWords.of(clean, today, s.issueDays()::contains);
      Predicate<StoredIssue> scope = span.map(TimeScope::only).map(p -> only == null ? p : p.and(only)).orElse(only);
      List<Hit> hits = new Retriever(store, mode).retrieve(q, vector, s.passages(), Answerer.PASSAGES,
          s.issueIds(scope));
      if (span.isPresent()) {
        LOG.debug("time words \"{}\": {}..{} ({}), {} passages", span.get().words(), span.get().from(),
            span.get().to(), span.get().use(), hits.size());
        hits = TimeScope.order(span.get(), hits);
      }
      return Answerer.answer(clean, q, hits, s.passages(), vector, embedder, trace);
    } catch (RuntimeException e) {
      LOG.error("answering failed ({} characters asked): {}", clean.length(), e.toString());
      return Answerer.failed(clean, q.language());
    }
  }

  private float[] queryVector(String clean, Snapshot s) {
    boolean dense = mode != SearchMode.LEXICAL && embedder.modelKey().equals(s.corpus().modelKey());
    return dense ? embedder.embedQuery(Folding.simplified(clean)) : null;
  }

  /** The answer to {@code topic} from {@code issueFile} alone, unless that issue does not answer it. */
  Optional<Answer> alert(Snapshot s, String topic, String issueFile) {
    Answer a = ask(s, topic, LocalDate.now(), i -> i.file().equals(issueFile), ranked -> { });
    return a.abstained() || a.citations().isEmpty() ? Optional.empty() : Optional.of(a);
  }

  List<ArticleLead> newestAbout(Snapshot s, String topic, int max) {
    String clean = Questions.clean(topic);
    if (!Questions.hasContent(clean)) {
      return List.of();
    }
    Query q = Query.of(clean, s.corpus());
    return Leads.newestAbout(new Retriever(store, mode).retrieve(q, queryVector(clean, s), s.passages(),
        Answerer.PASSAGES), max);
  }
}
