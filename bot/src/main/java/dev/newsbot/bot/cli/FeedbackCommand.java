package dev.newsbot.bot.cli;

import dev.newsbot.bot.feedback.FeedbackStore;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code feedback}: exports the 👍/👎 feedback readers gave, one JSON object per line. */
@Command(name = "feedback", mixinStandardHelpOptions = true,
    description = "Export reader feedback (👍/👎 with question, answer and cited passages) as JSON lines.")
final class FeedbackCommand implements Callable<Integer> {

  @ParentCommand
  NewsbotCommand parent;

  @Override
  public Integer call() throws Exception {
    try (FeedbackStore store = FeedbackStore.open(parent.config().botStateDir())) {
      Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
      int n = store.exportJsonLines(out);
      out.flush();
      System.err.println(n + " feedback record(s) exported");
      return 0;
    }
  }
}
