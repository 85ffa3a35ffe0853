package dev.newsbot.retrieval.indexing;

import dev.newsbot.retrieval.embed.Embedder;
import dev.newsbot.retrieval.ingest.Article;
import dev.newsbot.retrieval.ingest.Chunk;
import dev.newsbot.retrieval.ingest.Chunker;
import dev.newsbot.retrieval.ingest.IssueDecoder;
import dev.newsbot.retrieval.ingest.IssueMeta;
import dev.newsbot.retrieval.ingest.IssueMetaReader;
import dev.newsbot.retrieval.ingest.IssueParser;
import dev.newsbot.retrieval.ingest.IssueShape;
import dev.newsbot.retrieval.ingest.ParsedIssue;
import dev.newsbot.retrieval.ingest.PassageText;
import dev.newsbot.retrieval.ingest.RejectedIssueException;
import dev.newsbot.retrieval.pdf.PdfIssue;
import dev.newsbot.retrieval.store.Corpus;
import dev.newsbot.retrieval.store.IndexStore;
import dev.newsbot.retrieval.store.IssueWrite;
import dev.newsbot.retrieval.store.StoredIssue;
import dev.newsbot.retrieval.text.Folding;
import dev.newsbot.retrieval.text.Tokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One indexing run: finds which issue files are new or changed (by content hash), parses and
 * embeds only those, and hands everything to the store in one commit. When the embedding model
 * changed since the vectors were made, all kept passages are embedded again in the same commit.
 */
public final class Indexer {

  private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);
  private static final int EMBED_BATCH = 32;

  private final IndexStore store;
  private final Embedder embedder;
  private final IssueMetaReader metaReader;

  public Indexer(IndexStore store, Embedder embedder, IssueMetaReader metaReader) {
    this.store = store;
    this.embedder = embedder;
    this.metaReader = metaReader;
  }

  /**
   * The issue files of a folder: *.txt, *.md and *.pdf, not hidden, sorted by name; symbolic links
   * among them too, so that a run can refuse them by name.
   */
  public static List<Path> issueFiles(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p))
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> {
            String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            return n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".pdf");
          })
          .sorted()
          .toList();
    }
  }

  /**
   * Indexes {@code files}; issues already indexed whose file is not among them are removed when
   * {@code removal} prunes, reported as missing otherwise. A prune that would remove every issue or
   * more than half of them removes none unless forced: they are reported as not pruned. The text
   * of each issue removed or replaced is kept in a folder beside the index first. With
   * {@code onlyThese}, other indexed issues are neither removed nor reported.
   */
  public IndexReport run(List<Path> files, Removal removal, boolean onlyThese, Corpus before,
      IndexProgress progress) {
    long t0 = System.nanoTime();
    Map<String, String> indexed = store.issueHashes();
    List<String> added = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    List<ParsedIssue> toWrite = new ArrayList<>();
    Map<String, String> hashes = new LinkedHashMap<>();
    int done = 0;
    int found = 0;
    for (Path file : files) {
      progress.update("parsing", done++, files.size());
      String name = file.getFileName().toString();
      try {
        if (!file.equals(file.resolveSibling(name))) {
          throw new InvalidPathException(name, "does not decode");
        }
        byte[] bytes = IssueFiles.read(file);
        byte[] side = IssueFiles.sidecar(file);
        boolean isPdf = PdfIssue.isPdf(bytes);
        String text = isPdf ? null : IssueDecoder.decode(name, bytes);
        String hash = isPdf ? pdfHash(bytes, side) : contentHash(text, side);
        if (hash.equals(indexed.get(name))) {
          unchanged.add(name);
          continue;
        }
        IssueMeta meta;
        if (isPdf) { // the text read from its pages is what is kept and quoted
          PdfIssue pdf = PdfIssue.read(name, bytes, (d, n) -> progress.update("reading pages", d, n));
          text = pdf.text();
          meta = metaReader.read(file, text, pdf.paper(), pdf.date());
        } else {
          meta = metaReader.read(file, text);
        }
        ParsedIssue issue = IssueParser.parse(name, text, meta);
        if (!issue.hasReadableText()) {
          throw new RejectedIssueException(name + " yields no article: send the issue's text with its headlines"
              + " and paragraphs separated by blank lines");
        }
        IssueShape.require(name, text);
        (indexed.containsKey(name) ? changed : added).add(name);
        toWrite.add(issue);
        found += issue.articles().size();
        progress.update("articles found", found, found);
        hashes.put(name, hash);
      } catch (RejectedIssueException e) {
        rejected.add(e.getMessage());
      } catch (IOException e) {
        rejected.add(name + " could not be read: " + e.getMessage());
      } catch (InvalidPathException e) { // a name the locale's charset cannot decode; it reads as "\uFFFD"
        rejected.add(name + " is skipped: its name is not " + System.getProperty("sun.jnu.encoding", "UTF-8")
            + " text, the encoding this system's locale gives file names; rename it (e.g. convmv -f GBK -t UTF-8)");
      } catch (RuntimeException e) {
        LOG.warn("{} could not be parsed", name, e);
        rejected.add(name + " could not be read as an issue and is skipped (the log has the details)");
      }
    }
    progress.update("parsing", files.size(), files.size());
    Set<String> present = new TreeSet<>();
    files.forEach(f -> present.add(f.getFileName().toString()));
    List<String> gone = onlyThese ? List.of()
        : indexed.keySet().stream().filter(f -> !present.contains(f)).sorted().toList();
    List<String> notPruned = removal.refuses(gone.size(), indexed.size()) ? gone : List.of();
    List<String> removed = removal.prunes() && notPruned.isEmpty() ? gone : List.of();
    List<String> missing = removal == Removal.KEEP ? gone : List.of();

    List<Chunked> chunked = toWrite.stream().map(Chunked::of).toList();
    int total = chunked.stream().mapToInt(c -> c.chunks.size()).sum();
    boolean modelChanged = !indexed.isEmpty() && !embedder.modelKey().equals(store.embeddingModel().orElse(null));
    Map<Long, String> reembed = modelChanged ? store.chunkTexts() : Map.of();
    List<IssueWrite> writes = new ArrayList<>();
    Embedding embedding = new Embedding(total + reembed.size(), progress);
    for (int k = 0; k < chunked.size(); k++) {
      Chunked c = chunked.get(k);
      writes.add(new IssueWrite(c.issue, hashes.get(c.issue.file()), c.chunks, c.terms, embedding.embed(c.embedTexts)));
    }
    Map<Long, float[]> newVectors = new LinkedHashMap<>();
    if (modelChanged) {
      LOG.info("embedding model changed to {}: re-embedding {} kept passages", embedder.modelKey(), reembed.size());
      List<Long> ids = new ArrayList<>(reembed.keySet());
      List<float[]> vs = embedding.embed(ids.stream().map(reembed::get).toList());
      for (int k = 0; k < ids.size(); k++) {
        newVectors.put(ids.get(k), vs.get(k));
      }
    }
    List<String> dropped = new ArrayList<>(removed);
    dropped.addAll(changed);
    int articlesRemoved = 0;
    int chunksRemoved = 0;
    for (String f : dropped) {
      StoredIssue old = before.issue(f);
      if (old != null) {
        articlesRemoved += old.articles();
        chunksRemoved += old.chunks();
      }
    }
    Path keptIn = null;
    if (!dropped.isEmpty()) {
      keptIn = RemovedIssues.keep(store.file().toAbsolutePath().getParent(),
          dropped.stream().map(before::issue).filter(Objects::nonNull).toList());
    }
    if (!writes.isEmpty() || !removed.isEmpty() || modelChanged || indexed.isEmpty()) {
      progress.update("writing", 0, 1);
      store.commit(removed, writes, newVectors, embedder.modelKey());
      progress.update("writing", 1, 1);
    }
    int articlesAdded = toWrite.stream().mapToInt(i -> i.articles().size()).sum();
    double seconds = (System.nanoTime() - t0) / 1e9;
    LOG.info("indexed: {} added, {} changed, {} removed, {} unchanged, {} rejected, {} chunks in {} s",
        added.size(), changed.size(), removed.size(), unchanged.size(), rejected.size(), total,
        String.format(java.util.Locale.ROOT, "%.1f", seconds));
    return new IndexReport(added, changed, removed, unchanged, missing, notPruned, rejected, articlesAdded,
        articlesRemoved, total, chunksRemoved, seconds, keptIn, null, null);
  }

  /**
   * Version of parsing and chunking. Part of every content hash, so that a newsbot whose parser
   * changed re-parses every issue on its next run instead of mixing old and new passages.
   */
  static final String PIPELINE = "p4";

  /**
   * What tells an issue changed: the pipeline version and the SHA-256 of its decoded text (NFC,
   * no trailing blanks on lines) and of its sidecar's bytes; the same text in GB18030 or UTF-8
   * hashes the same.
   */
  public static String contentHash(String text, byte[] sidecar) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[ \\t\u3000]+(?=\n|$)", "").strip();
    return PIPELINE + ":" + sha256(normal.getBytes(StandardCharsets.UTF_8), sidecar);
  }

  /** The content hash of an e-paper: of its bytes (the same PDF reads the same), not of its text. */
  public static String pdfHash(byte[] pdf, byte[] sidecar) {
    return PIPELINE + ":pdf:" + sha256(pdf, sidecar);
  }

  private static String sha256(byte[]... parts) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (byte[] p : parts) {
        md.update(p);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** An issue cut into passages with their terms and the text to embed. */
  record Chunked(ParsedIssue issue, List<Chunk> chunks, List<String> terms, List<String> embedTexts) {
    static Chunked of(ParsedIssue issue) {
      List<Chunk> chunks = new ArrayList<>();
      List<String> terms = new ArrayList<>();
      List<String> embed = new ArrayList<>();
      for (Article a : issue.articles()) {
        for (Chunk c : Chunker.chunk(issue.text(), a)) {
          chunks.add(c);
          String searchable = PassageText.forEmbedding(a.title(), c.text());
          terms.add(Tokenizer.indexTerms(Folding.fold(searchable)));
          embed.add(searchable);
        }
      }
      return new Chunked(issue, chunks, terms, embed);
    }
  }

  /** Embeds in batches so that progress can be shown. */
  private final class Embedding {
    private final int total;
    private final IndexProgress progress;
    private int done;

    Embedding(int total, IndexProgress progress) {
      this.total = total;
      this.progress = progress;
    }

    List<float[]> embed(List<String> texts) {
      List<float[]> out = new ArrayList<>(texts.size());
      for (int from = 0; from < texts.size(); from += EMBED_BATCH) {
        progress.update("embedding", done, total);
        List<String> batch = texts.subList(from, Math.min(texts.size(), from + EMBED_BATCH));
        out.addAll(embedder.embedPassages(batch));
        done += batch.size();
      }
      progress.update("embedding", done, total);
      return out;
    }
  }
}
