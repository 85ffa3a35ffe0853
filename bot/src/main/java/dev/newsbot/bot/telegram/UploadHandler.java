package dev.newsbot.bot.telegram;

import dev.newsbot.bot.admin.AdminText;
import dev.newsbot.bot.admin.IndexRunner;
import dev.newsbot.bot.admin.ProgressMessage;
import dev.newsbot.bot.admin.IssueIntake;
import dev.newsbot.bot.conversation.Conversation;
import dev.newsbot.retrieval.IndexBusyException;
import dev.newsbot.retrieval.IssueInfo;
import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.ingest.RejectedIssueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Document;

/**
 * An issue file sent as a document: from an admin it is downloaded from the configured Bot API
 * server and added through {@link IssueIntake} on the indexing thread, with a progress message
 * and the diff report; anyone else is refused, and only their user id is logged.
 */
final class UploadHandler {

  private static final Logger log = LoggerFactory.getLogger(UploadHandler.class);

  private final TelegramSettings settings;
  private final BotApi api;
  private final IssueIntake intake;
  private final NewsIndex index;
  private final IndexRunner runner;

  UploadHandler(TelegramSettings settings, BotApi api, IssueIntake intake, NewsIndex index, IndexRunner runner) {
    this.settings = settings;
    this.api = api;
    this.intake = intake;
    this.index = index;
    this.runner = runner;
  }

  void handle(Conversation c, Document d) {
    AdminText text = new AdminText(c.ui());
    if (!settings.isAdmin(c.userId())) {
      log.info("document from user {} refused: not an admin", c.userId());
      c.reply(c.ui().uploadsAdminsOnly());
      return;
    }
    String name = IssueIntake.safeName(d.getFileName());
    Long size = d.getFileSize();
    if (size != null && size > settings.uploadMaxBytes()) {
      log.info("upload {} of {} bytes from admin {} refused: over the limit of {}", name, size, c.userId(),
          settings.uploadMaxBytes());
      c.reply(text.tooBig(name, size, settings.uploadMaxBytes()));
      return;
    }
    if (!runner.tryStart(() -> add(c, d, text))) {
      log.info("upload {} from admin {} refused: an indexing run is under way", name, c.userId());
      c.reply(text.busy());
    }
  }

  /** On the indexing thread: fetches the file and adds it; returns the reply. */
  private Runnable add(Conversation c, Document d, AdminText text) {
    String original = d.getFileName();
    String name = IssueIntake.safeName(original);
    byte[] bytes;
    try {
      bytes = api.download(d.getFileId(), settings.uploadMaxBytes());
    } catch (BotApiError e) {
      log.warn("upload {} from admin {} could not be downloaded: {}", name, c.userId(), e.getMessage());
      return () -> c.reply(text.downloadFailed(name, e.description()));
    }
    log.info("upload {} ({} bytes) from admin {}", name, bytes.length, c.userId());
    ProgressMessage progress = runner.progress(c, text, text.fileTitle(name));
    try {
      IssueIntake.Intake in = intake.addUpload(original, bytes, progress);
      if (in.duplicate()) {
        progress.finish(true, progress.seconds());
        log.info("upload {} from admin {} is already indexed as {}", name, c.userId(), in.existing().issue());
        return () -> c.reply(text.alreadyIndexed(in.existing()));
      }
      progress.finish(true, in.report().seconds());
      IssueInfo added = index.issues().stream().filter(i -> i.issue().equals(in.file())).findFirst().orElse(null);
      return () -> c.reply(text.uploadReport(in.report(), added));
    } catch (RejectedIssueException e) {
      progress.finish(false, 0);
      log.info("upload {} from admin {} refused: {}", name, c.userId(), e.getMessage());
      return () -> c.reply(text.notAdded(e.getMessage()));
    } catch (IndexBusyException e) {
      progress.finish(false, 0);
      return () -> c.reply(text.busy());
    } catch (RuntimeException e) {
      progress.finish(false, 0);
      log.error("upload {} from admin {} failed: {}", name, c.userId(), e.toString());
      return () -> c.reply(text.failed());
    }
  }
}
