package dev.newsbot.bot.conversation;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message that starts with a command: {@code /name}, {@code /name@botname}, then arguments.
 *
 * @param name   the command, lower case, without the slash
 * @param target the bot it names after '@', or null
 * @param args   the rest of the text, stripped
 */
public record SlashCommand(String name, String target, String args) {

  private static final Pattern FORMAT = Pattern.compile("/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{3,64}))?(?=\\s|$)(.*)",
      Pattern.DOTALL);

  public static Optional<SlashCommand> parse(String text) {
    Matcher m = FORMAT.matcher(text.stripLeading());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new SlashCommand(m.group(1).toLowerCase(Locale.ROOT), m.group(2), m.group(3).strip()));
  }

  /** True when the command names no bot or names this one. */
  public boolean isFor(String botUsername) {
    return target == null || target.equalsIgnoreCase(botUsername);
  }
}
