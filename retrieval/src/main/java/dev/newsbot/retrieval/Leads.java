package dev.newsbot.retrieval;

import dev.newsbot.retrieval.ingest.ParagraphKind;
import dev.newsbot.retrieval.search.Hit;
import dev.newsbot.retrieval.store.Corpus;
import dev.newsbot.retrieval.store.PassageSource;
import dev.newsbot.retrieval.store.StoredArticle;
import dev.newsbot.retrieval.store.StoredIssue;
import dev.newsbot.retrieval.store.StoredParagraph;
import dev.newsbot.retrieval.text.Whitespace;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Headlines and leads of articles: the newest issue's, or the newest articles about a topic. */
final class Leads {

  /** Passages about a topic count when they score at least this share of the best one. */
  static final double ABOUT_SHARE = 0.5;

  private Leads() {}

  /**
   * The newest issue: the one of the latest date; but the issue indexed last when it has no date
   * (today's paper whose date could not be read is still today's paper).
   */
  static Optional<IssueHeadlines> latest(Corpus corpus, PassageSource passages) {
    Optional<StoredIssue> last = corpus.issues().stream().max(Comparator.comparing(StoredIssue::id));
    Optional<StoredIssue> newest = last.isPresent() && last.get().date() == null ? last
        : corpus.issues().stream().filter(i -> i.date() != null).max(Comparator.comparing(StoredIssue::date)
            .thenComparing(StoredIssue::id)).or(() -> last);
    return newest.map(i -> new IssueHeadlines(info(corpus, i), Optional.ofNullable(passages.whole(i))
        .map(PassageSource.WholeIssue::articles).orElse(List.of()).stream().map(Leads::lead)
        .flatMap(Optional::stream).toList()));
  }

  /**
   * Distinct articles of the passages close to the best one, newest issue first (within an
   * issue, the better match first), at most {@code max}.
   */
  static List<ArticleLead> newestAbout(List<Hit> hits, int max) {
    if (hits.isEmpty()) {
      return List.of();
    }
    double floor = hits.get(0).score() * ABOUT_SHARE;
    Set<StoredArticle> seen = new LinkedHashSet<>();
    for (Hit h : hits) {
      if (h.score() >= floor) {
        seen.add(h.chunk().article());
      }
    }
    List<StoredArticle> articles = new ArrayList<>(seen);
    articles.sort(Comparator.comparing((StoredArticle a) -> a.issue().date(),
        Comparator.nullsLast(Comparator.<LocalDate>reverseOrder())));
    return articles.stream().map(Leads::lead).flatMap(Optional::stream).limit(max).toList();
  }

  static IssueInfo info(Corpus corpus, StoredIssue i) {
    List<Integer> pages = corpus.articles().getOrDefault(i.id(), List.of()).stream()
        .flatMap(a -> a.paragraphs().stream()).map(StoredParagraph::page).filter(p -> p > 0).distinct().sorted()
        .toList();
    return new IssueInfo(i.file(), i.paper(), i.date(), i.dateInferred(), i.articles(), i.chunks(), i.sha256(),
        pages);
  }

  /** An article's headline and its first body paragraph (the first of any kind when it has no body). */
  static Optional<ArticleLead> lead(StoredArticle a) {
    StoredParagraph p = a.paragraphs().stream().filter(x -> x.kind() == ParagraphKind.BODY).findFirst()
        .orElse(a.paragraphs().isEmpty() ? null : a.paragraphs().get(0));
    if (p == null) {
      return Optional.empty();
    }
    StoredIssue i = a.issue();
    return Optional.of(new ArticleLead(i.file(), i.paper(), i.date(), i.dateInferred(), a.title(), p.page(), p.n(),
        Whitespace.normalize(i.text().substring(p.start(), p.end())), p.start(), p.end()));
  }

  /** See {@link NewsIndex#citedParagraph}. */
  static Optional<CitedParagraph> cited(PassageSource.WholeIssue whole, int start, int end) {
    StoredIssue si = whole == null ? null : whole.issue();
    if (si == null || start < 0 || end > si.text().length() || start >= end) {
      return Optional.empty();
    }
    for (StoredArticle a : whole.articles()) {
      StoredParagraph p = a.paragraphAt(start);
      if (p != null && end <= p.end()) {
        String text = si.text();
        return Optional.of(new CitedParagraph(si.file(), si.paper(), si.date(), a.title(), p.n(),
            Whitespace.normalize(text.substring(p.start(), start)), Whitespace.normalize(text.substring(start, end)),
            Whitespace.normalize(text.substring(end, p.end()))));
      }
    }
    return Optional.empty();
  }
}
