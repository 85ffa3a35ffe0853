package dev.newsbot.bot.cli;

import dev.newsbot.bot.config.Config;
import dev.newsbot.bot.conversation.AskCommand;
import dev.newsbot.bot.conversation.Dialogue;
import dev.newsbot.bot.conversation.HelpCommand;
import dev.newsbot.bot.conversation.QuestionHandler;
import dev.newsbot.bot.conversation.Quota;
import dev.newsbot.bot.conversation.ReaderCommand;
import dev.newsbot.bot.conversation.ReaderRequests;
import dev.newsbot.bot.conversation.SourcesCommand;
import dev.newsbot.bot.conversation.StartCommand;
import dev.newsbot.bot.feedback.FeedbackStore;
import dev.newsbot.bot.follow.FollowStore;
import dev.newsbot.bot.health.Metrics;
import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.search.SearchMode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code chat}: the console chat, with Telegram's commands, question handling and readers'
 * requests (/latest, "最新一期"). What a console chat keeps (its answers, for the buttons it has
 * not) lives in a temporary folder removed at the end; following a topic is for Telegram, where
 * the bot can tell the reader later.
 */
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
    Config config = top.config();
    Path state = Files.createTempDirectory("newsbot-chat");
    try (NewsIndex index = Indexes.openReady(config, SearchMode.HYBRID, System.err);
        FeedbackStore answers = FeedbackStore.open(state);
        FollowStore follows = FollowStore.open(state, Clock.systemUTC())) {
      ConsoleConversation console = new ConsoleConversation(System.out);
      ReaderRequests readers = new ReaderRequests(index, follows, answers, config.followMaxTopics(), (chat, user) -> true);
      // one person at a terminal: no quota between questions
      QuestionHandler questions = new QuestionHandler(index, answers, new Quota(Integer.MAX_VALUE, Duration.ofMinutes(1),
          System::nanoTime), config.questionMaxChars(), Integer.MAX_VALUE, new Metrics(), readers,
          Clock.system(config.paperTimeZone()));
      Dialogue dialogue = new Dialogue(List.of(new StartCommand(index), new HelpCommand(), new SourcesCommand(index),
          new AskCommand(questions), ReaderCommand.latest(readers), ReaderCommand.elsewhere("follow"),
          ReaderCommand.elsewhere("following"), ReaderCommand.elsewhere("unfollow")), questions, user -> false);
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
        dialogue.line(console, line);
        if (System.out.checkError()) {
          return NewsbotCommand.OUTPUT_CLOSED;
        }
      }
    } finally {
      removeAll(state);
    }
  }

  private static void removeAll(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
