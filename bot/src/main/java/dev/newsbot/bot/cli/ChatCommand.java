package dev.newsbot.bot.cli;

import dev.newsbot.bot.conversation.AnswerView;
import dev.newsbot.bot.conversation.HelpCommand;
import dev.newsbot.bot.conversation.SlashCommand;
import dev.newsbot.bot.conversation.SourcesCommand;
import dev.newsbot.bot.conversation.StartCommand;
import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.search.SearchMode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code chat}: the console chat, with the same commands (/start, /help, /sources) and answers as Telegram. */
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
      ConsoleConversation console = new ConsoleConversation(System.out);
      List<dev.newsbot.bot.conversation.Command> commands =
          List.of(new StartCommand(index), new HelpCommand(), new SourcesCommand(index));
      System.out.println(console.ui().text("chat.welcome"));
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
        Optional<SlashCommand> slash = SlashCommand.parse(line);
        if (slash.isPresent()) {
          commands.stream().filter(c -> c.name().equals(slash.get().name())).findFirst().ifPresentOrElse(
              c -> c.run(console, slash.get().args()), () -> console.reply(console.ui().unknownCommand()));
        } else {
          console.reply(AnswerView.answer(index.ask(line)));
        }
        if (System.out.checkError()) {
          return NewsbotCommand.OUTPUT_CLOSED;
        }
      }
    }
  }
}
