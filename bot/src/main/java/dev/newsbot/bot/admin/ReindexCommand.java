package dev.newsbot.bot.admin;

import dev.newsbot.bot.conversation.Command;
import dev.newsbot.bot.conversation.Conversation;
import dev.newsbot.bot.messages.Messages;
import dev.newsbot.retrieval.IndexBusyException;
import dev.newsbot.retrieval.indexing.IndexReport;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /reindex} (admins): brings the index in line with the issues folder, with a progress
 * message and the diff report; {@code /reindex prune} also removes issues whose file is gone.
 * The router refuses everyone else.
 */
public final class ReindexCommand implements Command {

  private static final Logger log = LoggerFactory.getLogger(ReindexCommand.class);

  private final IssueIntake intake;
  private final IndexRunner runner;

  public ReindexCommand(IssueIntake intake, IndexRunner runner) {
    this.intake = intake;
    this.runner = runner;
  }

  @Override
  public String name() {
    return "reindex";
  }

  @Override
  public String description(Messages ui) {
    return ui.text("command.reindex");
  }

  @Override
  public boolean adminOnly() {
    return true;
  }

  @Override
  public String refusal(Messages ui) {
    return new AdminText(ui).reindexAdminsOnly();
  }

  @Override
  public void run(Conversation c, String args) {
    AdminText text = new AdminText(c.ui());
    String arg = args.toLowerCase(Locale.ROOT);
    if (!arg.isEmpty() && !arg.equals("prune") && !arg.equals("--prune")) {
      c.reply(text.reindexUsage());
      return;
    }
    boolean prune = !arg.isEmpty();
    if (runner.tryStart(() -> reindex(c, prune, text))) {
      log.info("/reindex{} started by admin {}", prune ? " prune" : "", c.userId());
    } else {
      log.info("/reindex from admin {} refused: an indexing run is under way", c.userId());
      c.reply(text.busy());
    }
  }

  /** On the indexing thread: runs the reindex; returns the reply. */
  private Runnable reindex(Conversation c, boolean prune, AdminText text) {
    ProgressMessage progress = runner.progress(c, text, text.folderTitle(prune));
    try {
      IndexReport report = intake.reindex(prune, progress);
      progress.finish(true, report.seconds());
      return () -> c.reply(text.report(report));
    } catch (IndexBusyException e) {
      progress.finish(false, 0);
      return () -> c.reply(text.busy());
    } catch (RuntimeException e) {
      progress.finish(false, 0);
      log.error("/reindex from admin {} failed: {}", c.userId(), e.toString());
      return () -> c.reply(text.failed());
    }
  }
}
