package dev.newsbot.bot.cli;

import dev.newsbot.bot.conversation.AnswerView;
import dev.newsbot.bot.conversation.Block;
import dev.newsbot.bot.conversation.IssuesView;
import dev.newsbot.bot.messages.Messages;
import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.search.SearchMode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code chat}: the console chat, with the same answers as Telegram. */
@Command(name = "chat", mixinStandardHelpOptions = true,
    description = "Chat in the console (the default without a Telegram token).")
final class ChatCommand implements Callable<Integer> {

  @ParentCommand
  NewsbotCommand parent;

  @Override
  public Integer call() throws IOException {
    return runWith(parent);
  }

  Integer runWith(NewsbotCommand top) throws IOException {
    try (NewsIndex index = Indexes.openReady(top.config(), SearchMode.HYBRID, System.err)) {
      System.out.println(Messages.CHINESE.text("chat.welcome"));
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      while (true) {
        System.out.print("> ");
        System.out.flush();
        String line = in.readLine();
        if (line == null || line.strip().equals("/quit") || line.strip().equals("/exit")) {
          return 0;
        }
        if (line.isBlank()) {
          continue;
        }
        if (line.strip().equals("/sources")) {
          System.out.println(Block.text(IssuesView.sources(index.issues(), Messages.CHINESE)));
          System.out.println();
          continue;
        }
        System.out.println(Block.text(AnswerView.answer(index.ask(line))));
        System.out.println();
        if (System.out.checkError()) {
          return NewsbotCommand.OUTPUT_CLOSED;
        }
      }
    }
  }
}
