package dev.newsbot.retrieval.search;

import dev.newsbot.retrieval.store.Corpus;
import dev.newsbot.retrieval.text.Folding;
import dev.newsbot.retrieval.text.Language;
import dev.newsbot.retrieval.text.Lexicon;
import dev.newsbot.retrieval.text.Tokenizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question made ready for search: folded, its question words taken out, cut into terms, each
 * term weighted by how rare it is among the indexed passages.
 */
public final class Query {

  /** Words that ask rather than tell (zh/question-words.txt, in its order); matching them in the paper means nothing. */
  private static final Pattern ASKING = Pattern.compile(String.join("|",
      Lexicon.zh("question-words").stream().map(Pattern::quote).toList()));
  /** English words that carry no subject (en/stop-words.txt). */
  private static final Pattern ENGLISH_STOP = Pattern.compile("\\b(" + String.join("|",
      Lexicon.en("stop-words").stream().map(Pattern::quote).toList()) + ")\\b");

  /**
   * Function characters: a bigram holding one ("的雪", "这次", "人的") is usually two words' edges, not
   * a word, yet rare enough in the paper to outweigh the real words of a question.
   */
  private static final String FUNCTION_CHARS = "的了是在个这那有和就都也把被让给到从对与及或而之其吧么着过很还又";
  static final double FUNCTION_WEIGHT = 0.3;

  /**
   * At most this many terms and single characters go into the FTS5 query, the rarest first: a long
   * question's every bigram ORed together costs time at a million passages (each term's posting
   * list is read) and adds little once the rare terms are in. Measured on the dev set: 8 terms and 4
   * characters give the same hybrid figures as all of them (hit@1 0.78, hit@5 0.90).
   */
  static final int MAX_TERMS = 8;
  static final int MAX_CHARACTERS = 4;

  /**
   * Terms in more passages than this are left out of the FTS5 query (bm25 reads every posting):
   * it bounds a query's work whatever the archive's size. Measured on 100,000 synthetic passages:
   * p95 45 ms with every term, 21 ms when terms in over 5,000 passages are left out (5 ms at
   * 1,000). At seed scale no term is that common, so answers there are unchanged. When a question
   * has such terms, search asks the term index for every term instead ({@link #leftOutTerms}).
   */
  static final int MAX_POSTINGS = 5_000;

  /** Terms held by more than this share of passages do not discriminate and are skipped. */
  static final double COMMON_SHARE = 0.2;

  private final String raw;
  private final String folded;
  private final Language language;
  private final Map<String, Double> weights;
  private final Map<String, Double> characters;
  private final Map<String, Integer> postings;

  private Query(String raw, String folded, Language language, Map<String, Double> weights,
      Map<String, Double> characters, Map<String, Integer> postings) {
    this.raw = raw;
    this.folded = folded;
    this.language = language;
    this.weights = weights;
    this.characters = characters;
    this.postings = postings;
  }

  public static Query of(String question, Corpus corpus) {
    String folded = Folding.fold(question);
    Language language = languageOf(folded);
    String content = ENGLISH_STOP.matcher(ASKING.matcher(folded).replaceAll(" ")).replaceAll(" ");
    if (language == Language.ENGLISH) {
      content = content + " " + inChinese(content, corpus) + " " + names(question, corpus);
    }
    Map<String, Double> terms = weigh(Tokenizer.terms(content), corpus);
    Map<String, Double> characters = weigh(Tokenizer.characters(content), corpus);
    Map<String, Integer> postings = new LinkedHashMap<>();
    terms.keySet().forEach(t -> postings.put(t, corpus.docs(t)));
    characters.keySet().forEach(t -> postings.put(t, corpus.docs(t)));
    return new Query(question, folded, language, terms, characters, postings);
  }

  /**
   * The Chinese the paper writes for the English question's words: for each word or phrase in the
   * glossary, the rendering most used in the indexed passages (judged by its rarest bigram).
   */
  static String inChinese(String englishContent, Corpus corpus) {
    List<String> chosen = new ArrayList<>();
    for (List<String> renderings : Glossary.english().lookup(englishContent)) {
      String best = null;
      int bestDocs = 0;
      for (String r : renderings) {
        int docs = rarestTermDocs(r, corpus);
        if (docs > bestDocs) {
          best = r;
          bestDocs = docs;
        }
      }
      if (best != null) {
        chosen.add(best);
      }
    }
    return String.join(" ", chosen);
  }

  /** How many passages hold the rarest term of a Chinese word or phrase: 0 when the index lacks any of them. */
  static int rarestTermDocs(String chinese, Corpus corpus) {
    return Tokenizer.terms(Folding.fold(chinese)).stream().mapToInt(corpus::docs).min().orElse(0);
  }

  /** A word of letters: maybe a Chinese name in pinyin ("Xuetangchong", "lusong"). */
  private static final Pattern WORD = Pattern.compile("\\b[A-Za-z]{2,}\\b");

  /**
   * The indexed Chinese for the question's words that are in no glossary entry and read as pinyin
   * of indexed characters, alone (four letters or more: "Xuetangchong", "lusong") or with the next
   * word ("Yang Wangping", "Cao Huiquan"): the paper's names, found in what is indexed.
   */
  static String names(String question, Corpus corpus) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(question);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      words.add(Glossary.english().lookup(w).isEmpty() && !ENGLISH_STOP.matcher(w).matches() ? w : null);
    }
    List<String> found = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (w == null) {
        continue;
      }
      String next = i + 1 < words.size() ? words.get(i + 1) : null;
      String pair = next == null ? null : PinyinNames.chinese(w + next, corpus);
      if (pair != null) {
        found.add(pair);
        i++;
        continue;
      }
      String alone = w.length() >= 4 ? PinyinNames.chinese(w, corpus) : null;
      if (alone != null) {
        found.add(alone);
      }
    }
    return String.join(" ", found);
  }

  /** Inverse document frequency of each usable term: known to the index and not too common. */
  private static Map<String, Double> weigh(List<String> terms, Corpus corpus) {
    int n = Math.max(1, corpus.passageCount());
    Map<String, Double> weights = new LinkedHashMap<>();
    for (String term : terms) {
      int df = corpus.docs(term);
      if (df == 0 || (n >= 50 && df > COMMON_SHARE * n)) {
        continue;
      }
      double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      weights.put(term, hasFunctionChar(term) ? FUNCTION_WEIGHT * idf : idf);
    }
    return weights;
  }

  private static boolean hasFunctionChar(String term) {
    for (int i = 0; i < term.length(); i++) {
      if (FUNCTION_CHARS.indexOf(term.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** English when Latin letters outnumber Chinese characters. */
  static Language languageOf(String text) {
    int han = 0;
    int latin = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isIdeographic(c)) {
        han++;
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        latin++;
      }
    }
    return latin > 2 * han && latin > 0 ? Language.ENGLISH : Language.CHINESE;
  }

  public String raw() {
    return raw;
  }

  public String folded() {
    return folded;
  }

  public Language language() {
    return language;
  }

  /** Content terms found in the index, with their inverse document frequency. */
  public Map<String, Double> weights() {
    return weights;
  }

  /**
   * The terms lexical search ORs together ({@code IndexStore.match}): the rarest terms and single
   * characters (at most {@link #MAX_TERMS} and {@link #MAX_CHARACTERS}, none in more than
   * {@link #MAX_POSTINGS} passages unless nothing else is left), terms first, rarest first; empty
   * when nothing is usable. Terms hold only letters and digits.
   */
  public List<String> searchTerms() {
    Set<String> all = new LinkedHashSet<>(rarest(weights, MAX_TERMS));
    all.addAll(rarest(characters, MAX_CHARACTERS));
    all.removeIf(this::tooCommonToSearch);
    if (all.isEmpty()) {
      postings.entrySet().stream().min(Map.Entry.comparingByValue()).ifPresent(e -> all.add(e.getKey()));
    }
    return List.copyOf(all);
  }

  /**
   * Every usable term of the question (bigrams, Latin words and numbers): what a search engine
   * that skips passages unable to reach the top can afford to OR together at any archive size.
   * Single characters are left out: where terms are common enough to need that engine, a
   * character is in tens of thousands of passages, weighs next to nothing in bm25 and has the
   * longest postings. Measured over the synthetic million passages with the dev questions (top 50
   * from the term index): with every character, dev hit@10 0.70 at p95 47 ms; with the 4 rarest,
   * 0.68 at 29 ms; with none, 0.73 at 15-19 ms.
   */
  public Set<String> everyTerm() {
    return Collections.unmodifiableSet(weights.keySet());
  }

  /**
   * Whether {@link #searchTerms} had to leave out some of the question's {@link #MAX_TERMS} rarest terms
   * for being in over {@link #MAX_POSTINGS} passages, which happens only in a large archive.
   */
  public boolean leftOutTerms() {
    return rarest(weights, MAX_TERMS).stream().anyMatch(this::tooCommonToSearch);
  }

  private boolean tooCommonToSearch(String term) {
    return postings.get(term) > MAX_POSTINGS;
  }

  /** The {@code n} terms with the highest weight: the rarest, whose posting lists are also the shortest. */
  private static List<String> rarest(Map<String, Double> weights, int n) {
    return weights.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .limit(n)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Single Chinese characters of the question found in the index, with their inverse document frequency. */
  public Map<String, Double> characters() {
    return characters;
  }

  public boolean isEmpty() {
    return weights.isEmpty() && characters.isEmpty();
  }
}
