package dev.newsbot.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.bot.feedback.FeedbackStore;
import dev.newsbot.bot.follow.FollowStore;
import dev.newsbot.bot.health.Metrics;
import dev.newsbot.bot.messages.Messages;
import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.embed.HashingEmbedder;
import dev.newsbot.retrieval.indexing.IndexProgress;
import dev.newsbot.retrieval.search.SearchMode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dispatch every way of talking shares (the console chat's every line, Telegram's addressed
 * messages), on the seeds without the model: commands by name, the admin gate, readers' requests
 * in words, questions.
 */
class DialogueTest {

  @TempDir
  Path dir;
  NewsIndex index;
  FeedbackStore answers;
  FollowStore follows;
  Dialogue dialogue;
  final Said said = new Said();

  @BeforeEach
  void open() {
    index = NewsIndex.open(dir.resolve("data"), new HashingEmbedder(32), SearchMode.LEXICAL);
    index.indexFolder(Path.of("..", "seeds"), false, IndexProgress.NONE);
    answers = FeedbackStore.open(dir);
    follows = FollowStore.open(dir, Clock.systemUTC());
    ReaderRequests readers = new ReaderRequests(index, follows, answers, 10, (chat, user) -> true);
    QuestionHandler questions = new QuestionHandler(index, answers, new Quota(2, Duration.ofMinutes(1),
        System::nanoTime), 20, 2, new Metrics(), readers, Clock.systemUTC());
    Command adminOnly = new Command() {
      @Override
      public String name() {
        return "secret";
      }

      @Override
      public String description(Messages ui) {
        return "";
      }

      @Override
      public boolean adminOnly() {
        return true;
      }

      @Override
      public String refusal(Messages ui) {
        return "admins only";
      }

      @Override
      public void run(Conversation c, String args) {
        c.reply("secret " + args);
      }
    };
    dialogue = new Dialogue(List.of(new HelpCommand(), ReaderCommand.latest(readers), ReaderCommand.elsewhere("follow"),
        adminOnly), questions, user -> user == 7);
  }

  @AfterEach
  void close() {
    follows.close();
    answers.close();
    index.close();
  }

  @Test
  void aLineIsACommandByNameOrAQuestion() {
    dialogue.line(said.by(1), "/latest");
    dialogue.line(said.by(1), "/nosuch");
    dialogue.line(said.by(1), "/follow 雪");
    dialogue.line(said.by(1), "最新一期");
    dialogue.line(said.by(1), "问".repeat(21));
    assertThat(said.replies).containsExactly(
        "2024-03-09（推断） 株洲日报，共 6 篇：\n\n1. \"工作项目化\" 株洲这一改革经验获全省推介\n2. 书画等级考试今日开始报名\n"
            + "3. \"宝妈计划\"帮带孩妈妈找工作\n4. 耗资300万元改造下水道 不通反堵\n5. 稳岗拓岗 为企业减负3.81亿元\n"
            + "6. 今年,市总工会 要帮3000名职工长本领\n\n点下面的编号看文章的导语。",
        "没有这个命令。发送 /help 查看我能做什么。",
        "关注话题只能在 Telegram 里用：新的一期有相关报道时，我在 Telegram 上通知你。",
        "2024-03-09（推断） 株洲日报，共 6 篇：\n\n1. \"工作项目化\" 株洲这一改革经验获全省推介\n2. 书画等级考试今日开始报名\n"
            + "3. \"宝妈计划\"帮带孩妈妈找工作\n4. 耗资300万元改造下水道 不通反堵\n5. 稳岗拓岗 为企业减负3.81亿元\n"
            + "6. 今年,市总工会 要帮3000名职工长本领\n\n点下面的编号看文章的导语。",
        "这个问题太长了（21 个字）。请把问题缩短到 20 个字以内再发。");
  }

  @Test
  void anAdminOnlyCommandIsRefusedOnceToOthersAndRunForAdmins() {
    dialogue.line(said.by(1), "/secret x");
    dialogue.line(said.by(7), "/secret x");
    assertThat(said.replies).containsExactly("admins only", "secret x");
  }

  @Test
  void anUnknownCommandIsLeftUnansweredWhenNotAddressed() {
    dialogue.command(said.by(1), SlashCommand.parse("/nosuch").orElseThrow(), false);
    assertThat(said.replies).isEmpty();
  }

  /** What a conversation was told, as plain text, whoever said it. */
  static final class Said {
    final List<String> replies = new ArrayList<>();

    Conversation by(long user) {
      return new Conversation() {
        @Override
        public long chatId() {
          return user;
        }

        @Override
        public long userId() {
          return user;
        }

        @Override
        public boolean isPrivate() {
          return true;
        }

        @Override
        public Messages ui() {
          return Messages.CHINESE;
        }

        @Override
        public void asked(Messages language) {
        }

        @Override
        public List<Integer> reply(List<Block> blocks) {
          replies.add(Block.text(blocks));
          return List.of(replies.size());
        }

        @Override
        public List<Integer> reply(List<Block> blocks, List<List<Button>> buttons) {
          return reply(blocks);
        }

        @Override
        public boolean edit(int botMessageId, List<Block> blocks) {
          return false;
        }

        @Override
        public void typing() {
        }
      };
    }
  }
}
