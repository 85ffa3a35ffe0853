package dev.newsbot.retrieval.answer;

import dev.newsbot.retrieval.ingest.Author;
import dev.newsbot.retrieval.store.StoredArticle;
import java.util.List;

/**
 * Who an article credits for a quote, and how a reply names them: its writers ("马文章", "市委党校管理
 * 学教研部 邓莹璐"), or, for a photo caption, who took the photo. A reply names them after its
 * headline, labelled ("作者：…", "摄影：…"), never in the slot of the date or the paper: always for
 * an article its author signed (a commentary, a reader's letter), for staff bylines only when the
 * question asks who wrote or photographed it.
 */
final class Credits {

  private Credits() {}

  /** The names credited for a quote from {@code article}, joined with "、"; "" when it credits none. */
  static String of(StoredArticle article, boolean caption) {
    List<Author> writers = article.authors().stream().filter(a -> !a.photographer()).toList();
    List<Author> photographers = article.authors().stream().filter(Author::photographer).toList();
    List<Author> credited = caption && !photographers.isEmpty() ? photographers
        : writers.isEmpty() ? photographers : writers;
    return String.join("、", credited.stream().map(Author::signedName).toList());
  }

  /**
   * Who a reply names after a headline: the author ("作者：…", "by …") or the photographer
   * ("摄影：…", "photo: …"), or nobody when the article is unsigned or only staff-bylined and the
   * question asks for no author.
   */
  static Byline byline(StoredArticle article, String credited, Credit asked) {
    boolean signed = article.authors().stream().anyMatch(a -> a.role().isEmpty() && !a.photographer());
    if (asked == Credit.PHOTO) {
      String photo = String.join("、", article.authors().stream().filter(Author::photographer)
          .map(Author::signedName).toList());
      String who = photo.isEmpty() ? credited : photo;
      return who.isEmpty() ? Byline.NONE : new Byline(Byline.Role.PHOTOGRAPHER, who);
    }
    if (credited.isEmpty() || (asked == Credit.NONE && !signed)) {
      return Byline.NONE;
    }
    return new Byline(Byline.Role.AUTHOR, credited);
  }

  /** What credit a question asks for. */
  enum Credit {
    NONE,
    WRITER,
    PHOTO
  }
}
