package dev.newsbot.retrieval.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names the rest of each continued story: the piece after "◀◀上接01版" takes the headline and
 * authors of the piece that stopped at "(下转02版)" (the page numbers agree, or the mark names
 * none); without one in the issue it keeps a headline it repeats, or is marked as a continuation
 * ("上接01版：" and its first words). Nothing is ever glued to the article before it.
 */
final class Continuations {

  private Continuations() {}

  static List<Article> build(List<ArticleBuilder> built) {
    List<Article> articles = new ArrayList<>();
    Set<ArticleBuilder> used = new HashSet<>();
    for (ArticleBuilder a : built) {
      if (a.isEmpty()) {
        continue;
      }
      int ordinal = articles.size() + 1;
      if (!a.continuation()) {
        articles.add(a.build(ordinal, a.title().isEmpty() ? a.firstWords() : a.title()));
        continue;
      }
      ArticleBuilder origin = origin(a, built, used);
      if (origin != null) {
        used.add(origin);
        Article piece = a.build(ordinal, origin.title());
        List<Author> authors = new ArrayList<>(origin.authors());
        piece.authors().stream().filter(x -> authors.stream().noneMatch(o -> o.name().equals(x.name())))
            .forEach(authors::add);
        articles.add(new Article(piece.ordinal(), piece.title(), piece.byline(), authors, true, piece.start(),
            piece.end(), piece.paragraphs()));
      } else {
        String mark = a.fromPage() > 0 ? String.format("上接%02d版", a.fromPage()) : "上接前版";
        articles.add(a.build(ordinal, a.title().isEmpty() ? mark + "：" + a.firstWords() : a.title()));
      }
    }
    return articles;
  }

  /**
   * The piece a continuation goes on from: one that stops with a "(下转N版)" mark, where N is the
   * continuation's page if pages are known, and that came from the page the continuation names; of
   * several, the one whose headline the continuation repeats, else the first not yet continued.
   */
  private static ArticleBuilder origin(ArticleBuilder piece, List<ArticleBuilder> built, Set<ArticleBuilder> used) {
    int piecePage = piece.isEmpty() ? 0 : piece.build(1, "").paragraphs().get(0).page();
    List<ArticleBuilder> candidates = new ArrayList<>();
    List<ArticleBuilder> fromNamedPage = new ArrayList<>();
    for (ArticleBuilder o : built) {
      if (o == piece || o.continuation() || o.toPage() == 0 || o.isEmpty() || used.contains(o)) {
        continue;
      }
      int originPage = o.build(1, "").paragraphs().get(0).page();
      boolean fromAgrees = piece.fromPage() == 0 || originPage == 0 || originPage == piece.fromPage();
      boolean pagesAgree = (piecePage == 0 || o.toPage() == piecePage) && fromAgrees;
      if (pagesAgree && !o.title().isEmpty()) {
        candidates.add(o);
      } else if (fromAgrees && piece.fromPage() > 0 && originPage > 0 && !o.title().isEmpty()) {
        fromNamedPage.add(o);
      }
    }
    if (candidates.isEmpty() && fromNamedPage.size() == 1) {
      // the continuation's page was misread (a page whose number is printed only at its foot), but
      // exactly one piece on the page its mark names stops with a mark: that one
      candidates.add(fromNamedPage.get(0));
    }
    if (!piece.title().isEmpty()) {
      for (ArticleBuilder o : candidates) {
        if (o.title().contains(piece.title()) || piece.title().contains(o.title())) {
          return o;
        }
      }
    }
    return candidates.isEmpty() ? null : candidates.get(0);
  }
}
