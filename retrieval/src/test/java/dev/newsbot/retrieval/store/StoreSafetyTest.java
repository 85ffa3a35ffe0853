package dev.newsbot.retrieval.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store on a full disk (SQLite's max_page_count), with a page damaged in the middle of its
 * file, copied by a backup while open, and opened read-only: real files, exact messages.
 */
class StoreSafetyTest {

  @TempDir
  Path dir;

  private Path file() {
    return dir.resolve("newsbot.db");
  }

  private SqliteIndexStore withOneIssue() throws IOException {
    SqliteIndexStore store = SqliteIndexStore.open(file());
    store.commit(List.of(), List.of(IndexStoreContract.write("000_6a32f752367869b0.txt")), Map.of(),
        IndexStoreContract.EMBEDDER.modelKey());
    return store;
  }

  @Test
  void aFullDiskIsNamedAndLeavesTheIndexAsItWas() throws Exception {
    try (SqliteIndexStore store = withOneIssue()) {
      long generation = store.generation();
      List<ScoredId> before = store.matchEvery(List.of("积雪", "厘米"), 10).orElseThrow();
      store.limitPages(pageCount() + 2);
      IssueWrite big = IndexStoreContract.write("001_4237cd71e9e911f0.txt");

      assertThatThrownBy(() -> store.commit(List.of(), List.of(big), Map.of(), IndexStoreContract.EMBEDDER.modelKey()))
          .isInstanceOf(StoreException.class)
          .hasMessageMatching("writing the index at " + quoted(file()) + " failed: disk full \\(\\d+ MB free in "
              + quoted(dir.toAbsolutePath()) + "\\): nothing was changed; free some space there and index again");
      assertThat(store.generation()).isEqualTo(generation);
      assertThat(store.load().issues()).extracting(StoredIssue::file).containsExactly("000_6a32f752367869b0.txt");
      assertThat(store.matchEvery(List.of("积雪", "厘米"), 10)).contains(before);
      assertThat(IndexStore.check(file())).isEmpty();

      store.limitPages(1_000_000);
      store.commit(List.of(), List.of(big), Map.of(), IndexStoreContract.EMBEDDER.modelKey());
      assertThat(store.generation()).isEqualTo(generation + 1);
      assertThat(store.load().issues()).hasSize(2);
    }
  }

  @Test
  void aPageDamagedInTheMiddleIsFoundAtOpenAndByTheCheck() throws Exception {
    withOneIssue().close();
    int pageSize = 4096;
    long pages = Files.size(file()) / pageSize;
    assertThat(pages).as("pages in the file").isGreaterThan(10);
    try (RandomAccessFile f = new RandomAccessFile(file().toFile(), "rw")) {
      byte[] junk = new byte[pageSize];
      Arrays.fill(junk, (byte) 0x5a);
      f.seek(pages / 2 * pageSize);
      f.write(junk);
    }

    assertThat(IndexStore.check(file())).isNotEmpty();
    assertThatThrownBy(() -> SqliteIndexStore.open(file())).isInstanceOf(StoreException.class)
        .hasMessageStartingWith("the index file " + file().toAbsolutePath() + " is damaged (")
        .hasMessageEndingWith("): stop newsbot, then either put a copy made by 'newsbot backup DIR' in its place"
            + " (delete newsbot.db-wal, -shm and -terms beside it), or move it away and run 'newsbot index' to index"
            + " the seeds folder again");
  }

  @Test
  void aFileThatIsNoDatabaseIsNamedWithTheWaysBack() throws Exception {
    Files.write(file(), new byte[8192]);
    Files.writeString(file(), "this is not an index, whatever its name says");
    assertThatThrownBy(() -> SqliteIndexStore.open(file())).isInstanceOf(StoreException.class)
        .hasMessageStartingWith("the index file " + file().toAbsolutePath() + " is damaged (")
        .hasMessageContaining("'newsbot backup DIR'");
    assertThat(IndexStore.check(file())).hasSize(1);
  }

  @Test
  void aBackupMadeWhileTheStoreIsOpenAnswersAsTheStoreDoes() throws Exception {
    Path copy = dir.resolve("backup").resolve("newsbot.db");
    try (SqliteIndexStore store = withOneIssue()) {
      List<ScoredId> expected = store.matchEvery(List.of("积雪", "厘米"), 10).orElseThrow();
      assertThat(expected).isNotEmpty();
      IndexStore.backup(file(), copy);
      assertThatThrownBy(() -> IndexStore.backup(file(), copy)).isInstanceOf(StoreException.class)
          .hasMessage(copy.toAbsolutePath() + " exists already: back up into a new or empty folder, a backup never"
              + " overwrites one");
      store.commit(List.of(), List.of(IndexStoreContract.write("001_4237cd71e9e911f0.txt")), Map.of(),
          IndexStoreContract.EMBEDDER.modelKey());

      try (SqliteIndexStore restored = SqliteIndexStore.open(copy)) {
        assertThat(restored.generation()).isEqualTo(1);
        assertThat(restored.load().issues()).extracting(StoredIssue::file).containsExactly("000_6a32f752367869b0.txt");
        assertThat(restored.matchEvery(List.of("积雪", "厘米"), 10)).contains(expected);
        assertThat(IndexStore.check(copy)).isEmpty();
      }
    }
    assertThat(Files.list(copy.getParent()).map(p -> p.getFileName().toString()).sorted())
        .contains("newsbot.db", "newsbot.db-terms").doesNotContain("newsbot.db.part");
  }

  @Test
  void aReadOnlyFolderIsReadWithoutWritingAnythingAndIndexingThereIsRefused() throws Exception {
    List<ScoredId> expected;
    try (SqliteIndexStore store = withOneIssue()) {
      expected = store.matchEvery(List.of("积雪", "厘米"), 10).orElseThrow();
    }
    deleteTree(StoreFiles.termIndexFolder(file()));
    List<String> before = names();
    Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("r--r--r--"));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
    try (SqliteIndexStore store = SqliteIndexStore.open(file(), true)) {
      assertThat(store.readOnly()).isTrue();
      assertThat(store.load().issues()).extracting(StoredIssue::file).containsExactly("000_6a32f752367869b0.txt");
      assertThat(store.matchEvery(List.of("积雪", "厘米"), 10)).contains(expected);
      assertThatThrownBy(() -> store.commit(List.of("000_6a32f752367869b0.txt"), List.of(), Map.of(), "m"))
          .isInstanceOf(StoreException.class)
          .hasMessage("indexing needs write access to " + dir.toAbsolutePath() + " (the folder of newsbot.db, and the"
              + " file itself), which this process may only read: answering works as it is; index where the folder"
              + " is writable, or make it writable for this user");
      assertThat(names()).isEqualTo(before);
    } finally {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
      Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  private List<String> names() throws IOException {
    try (var files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private long pageCount() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file());
        Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA page_count")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String quoted(Path p) {
    return java.util.regex.Pattern.quote(p.toString());
  }

  private static void deleteTree(Path p) throws IOException {
    try (var files = Files.walk(p)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }
}
