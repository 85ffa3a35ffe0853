package dev.newsbot.bot.follow;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a message in words asks besides an answer: to follow a topic ("关注垃圾分类",
 * "有垃圾分类的新消息告诉我", "follow road works"), to stop, the newest issue ("今天报纸说了什么"), the
 * newest articles about a topic ("最近有什么关于垃圾分类的报道"), from the rules in
 * {@code reader-requests.txt}; and the key two spellings of one topic share.
 */
public final class Topics {

  /** What a message asks. */
  public enum Ask { FOLLOW, UNFOLLOW, LATEST, NEWEST }

  /** A message's request about a topic. */
  public record Request(Ask ask, String topic) {}

  private record Rule(Ask ask, Pattern pattern) {}

  private static final List<Rule> RULES = load();
  private static final Pattern MARKS = Pattern.compile("[\\p{P}\\p{S}\\s]+");
  /** The longest topic kept: a topic is a few words, not an article. */
  public static final int MAX_CHARS = 60;

  private Topics() {}

  /** The request a message makes in words, if it asks to follow or unfollow a topic. */
  public static Optional<Request> request(String message) {
    String text = message == null ? "" : message.strip().replaceAll("[。！!？?.，,\\s]+$", "");
    for (Rule r : RULES) {
      Matcher m = r.pattern().matcher(text);
      if (m.matches()) {
        if (r.ask() == Ask.LATEST) {
          return Optional.of(new Request(Ask.LATEST, ""));
        }
        String topic = clean(m.group("topic"));
        if (!key(topic).isEmpty()) {
          return Optional.of(new Request(r.ask(), topic));
        }
      }
    }
    return Optional.empty();
  }

  /** A topic as kept and shown: trimmed of quotes and marks around it, at most {@link #MAX_CHARS}. */
  public static String clean(String topic) {
    String t = topic == null ? "" : topic.strip().replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s]+$", "");
    return t.length() > MAX_CHARS ? t.substring(0, MAX_CHARS) : t;
  }

  /** The key of a topic: case, spaces and punctuation aside ("垃圾 分类" is "垃圾分类"). */
  public static String key(String topic) {
    return MARKS.matcher(clean(topic)).replaceAll("").toLowerCase(Locale.ROOT);
  }

  private static List<Rule> load() {
    InputStream in = Topics.class.getResourceAsStream("reader-requests.txt");
    if (in == null) {
      throw new IllegalStateException("reader-requests.txt is missing from the jar");
    }
    List<Rule> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String rule = line.strip();
        if (rule.isEmpty() || rule.startsWith("#")) {
          continue;
        }
        int eq = rule.indexOf(" = ");
        if (eq < 0) {
          throw new IllegalStateException("reader-requests.txt: a line without \" = \": " + rule);
        }
        Ask ask = Ask.valueOf(rule.substring(0, eq).strip().toUpperCase(Locale.ROOT));
        out.add(new Rule(ask, Pattern.compile(rule.substring(eq + 3).strip(), Pattern.CASE_INSENSITIVE)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reader-requests.txt", e);
    }
    return List.copyOf(out);
  }
}
