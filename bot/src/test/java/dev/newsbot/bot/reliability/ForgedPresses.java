package dev.newsbot.bot.reliability;

import dev.newsbot.bot.feedback.FeedbackStore;
import dev.newsbot.bot.testkit.FakeBotApi.Call;
import dev.newsbot.bot.testkit.Person;
import dev.newsbot.bot.testkit.Room;
import dev.newsbot.bot.testkit.Users;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Button presses a modified client can send: another user's answer id, ids that do not exist,
 * citation numbers an answer lacks, oversized and garbage data, no data at all, presses from an
 * inline message; and real presses (a source, a vote) among them. Knows which presses are real,
 * so the test can check that only those showed a source or counted a vote.
 */
final class ForgedPresses {

  private static final String[] GARBAGE = {"", ":", "::", "src::", "src:-1:1", "src:0:1", "up:1:1", "src:1:0",
      "src:01:1", "src:1:01", "src:١٢٣:1", "src:1:1\n", "SRC:1:1", "src:1:1 ", " src:1:1", "null", "{\"a\":1}",
      "src:1e3:1", "up:1:0:0", "down:", "src:99999999999999999999:1", "src:9223372036854775807:1", "%00", "\u0000",
      "reindex", "reindex:prune", "admin:reindex", "stats", "upload:accept:1", "src:1:1<b>", "src:<b>1</b>:1",
      "'; DROP TABLE answers; --", "../../etc/passwd", "🇨🇳", "\u202Esrc:1:1"};

  private final Users users;
  private final Random random;
  private final Map<Long, Call> answers;
  private final Room group;
  private final long groupAsker;
  private final Set<String> legitVotes = new HashSet<>();
  private int presses;
  private int legitSources;

  /**
   * @param answers    the answer (with buttons) each chat got, by chat id: every private chat and the group
   * @param groupAsker the user who asked the group's question
   */
  ForgedPresses(Users users, Random random, Map<Long, Call> answers, Room group,
      long groupAsker) {
    this.users = users;
    this.random = random;
    this.answers = answers;
    this.group = group;
    this.groupAsker = groupAsker;
  }

  int answerMessage(Person p) {
    return answers.get(p.id()).messageId();
  }

  int groupAnswerMessage() {
    return answers.get(group.id()).messageId();
  }

  /** Presses one button as {@code p}; {@code other} is someone else whose answer id may be forged. */
  String press(Person p, Person other) {
    presses++;
    Room chat = Room.privateWith(p);
    long own = answers.get(p.id()).answerId();
    long theirs = answers.get(other.id()).answerId();
    int message = answerMessage(p);
    switch (random.nextInt(9)) {
      case 0 -> {
        legitSources++;
        users.presses(chat, p, message, "src:" + own + ":1");
        return "own source (real)";
      }
      case 1 -> {
        boolean up = random.nextBoolean();
        legitVotes.add(own + ":" + p.id());
        users.presses(chat, p, message, (up ? "up:" : "down:") + own + ":0");
        return "own vote (real)";
      }
      case 2 -> {
        String kind = new String[] {"src", "up", "down"}[random.nextInt(3)];
        if (theirs == own && kind.equals("src")) {
          legitSources++;
        } else if (theirs == own) {
          legitVotes.add(own + ":" + p.id());
        }
        users.presses(chat, p, message, kind + ":" + theirs + (kind.equals("src") ? ":1" : ":0"));
        return theirs == own ? "own (real)" : "another user's answer id";
      }
      case 3 -> {
        long unknown = 1_000_000_000L + random.nextInt(1_000_000_000);
        users.presses(chat, p, message, random.nextBoolean() ? "src:" + unknown + ":1" : "up:999999999999999999:0");
        return "unknown answer id";
      }
      case 4 -> {
        String data = random.nextInt(4) == 0 ? "src:" + own + ":1" + "x".repeat(60 + random.nextInt(200))
            : GARBAGE[random.nextInt(GARBAGE.length)];
        users.presses(chat, p, message, data);
        return data.length() > 64 ? "oversized data" : "garbage data";
      }
      case 5 -> {
        users.presses(chat, p, message, new String[] {"src:" + own + ":99", "src:" + own + ":0", "up:" + own + ":1"}
            [random.nextInt(3)]);
        return "citation the answer lacks";
      }
      case 6 -> {
        users.presses(chat, p, message, null);
        return "no data (game button)";
      }
      case 7 -> {
        users.pressesInline(p, "src:" + own + ":1");
        return "inline message";
      }
      default -> {
        Call groupAnswer = answers.get(group.id());
        boolean source = random.nextBoolean();
        if (source) {
          legitSources++;
        } else if (p.id() == groupAsker) {
          legitVotes.add(groupAnswer.answerId() + ":" + p.id());
        }
        users.presses(group, p, groupAnswer.messageId(), (source ? "src:" : "up:") + groupAnswer.answerId()
            + (source ? ":1" : ":0"));
        return source ? "group answer's source (real)" : "vote on someone's group answer";
      }
    }
  }

  int presses() {
    return presses;
  }

  int legitSources() {
    return legitSources;
  }

  Set<String> legitVotes() {
    return Set.copyOf(legitVotes);
  }

  /** Cited paragraphs the bot showed: messages that reply to an answer and start with its headline. */
  static long sourcesShown(List<Call> calls) {
    Set<String> answerMessages = new HashSet<>();
    calls.stream().filter(c -> c.ok() && c.answerId() > 0)
        .forEach(c -> answerMessages.add(c.chatId() + ":" + c.messageId()));
    return calls.stream().filter(c -> c.method().equals("sendmessage") && c.ok() && c.text().startsWith("<b>《")
        && answerMessages.contains(c.chatId() + ":" + c.params().path("reply_parameters").path("message_id").asInt()))
        .count();
  }

  /** Votes kept in the bot's store. */
  static int votes(Path dataDir) {
    try (FeedbackStore store = FeedbackStore.open(dataDir)) {
      return store.exportJsonLines(new StringWriter());
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
