package dev.newsbot.bot.cli;

import dev.newsbot.retrieval.IssueInfo;
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
      System.out.println("newsbot — 问我报纸上的内容（输入 /sources 查看收录的各期，/quit 退出）");
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
          for (IssueInfo i : index.issues()) {
            System.out.printf("%s  %s  %s%s  %d 篇文章%n", i.issue(), i.paper(), i.date(),
                i.dateInferred() ? "（推断）" : "", i.articles());
          }
          continue;
        }
        System.out.println(AnswerPrinter.format(index.ask(line)));
        System.out.println();
        if (System.out.checkError()) {
          return NewsbotCommand.OUTPUT_CLOSED;
        }
      }
    }
  }
}
