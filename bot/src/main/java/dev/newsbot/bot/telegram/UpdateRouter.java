package dev.newsbot.bot.telegram;

import dev.newsbot.bot.conversation.CallbackHandler;
import dev.newsbot.bot.conversation.Conversation;
import dev.newsbot.bot.conversation.Dialogue;
import dev.newsbot.bot.conversation.Languages;
import dev.newsbot.bot.conversation.SlashCommand;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Decides what one update is: a button press, a command, an uploaded issue, a question, something
 * to hint about, or something to ignore. In private chats every text is a question; in groups only a message
 * that mentions the bot, replies to it, or uses {@code /ask}. Bots (the bot itself included) are
 * never answered.
 */
final class UpdateRouter {

  private static final Logger log = LoggerFactory.getLogger(UpdateRouter.class);

  private final User bot;
  private final Dialogue dialogue;
  private final CallbackHandler callbacks;
  private final UploadHandler uploads;
  private final Replies replies;
  private final Pattern mention;
  private final Languages languages;

  UpdateRouter(User bot, Dialogue dialogue, CallbackHandler callbacks, UploadHandler uploads, Replies replies,
      Languages languages) {
    this.bot = bot;
    this.dialogue = dialogue;
    this.callbacks = callbacks;
    this.uploads = uploads;
    this.replies = replies;
    this.mention = mentionOf(bot.getUserName());
    this.languages = languages;
  }

  static Pattern mentionOf(String username) {
    return Pattern.compile("(?i)(?<![A-Za-z0-9_@])@" + Pattern.quote(username == null ? "" : username)
        + "(?![A-Za-z0-9_])");
  }

  void route(Update update) {
    if (update.hasCallbackQuery()) {
      User from = update.getCallbackQuery().getFrom();
      if (from != null && !Boolean.TRUE.equals(from.getIsBot())) {
        callbacks.handle(new TelegramPress(update.getCallbackQuery(), replies));
      }
    } else if (update.hasMessage()) {
      message(update.getMessage());
    } else {
      log.debug("update {} ignored: {}", update.getUpdateId(), kindOf(update));
    }
  }

  private void message(Message m) {
    User from = m.getFrom();
    if (from == null || Boolean.TRUE.equals(from.getIsBot()) || from.getId().equals(bot.getId())) {
      return;
    }
    boolean isPrivate = Boolean.TRUE.equals(m.getChat().isUserChat());
    boolean isGroup = Boolean.TRUE.equals(m.getChat().isGroupChat()) || Boolean.TRUE.equals(m.getChat().isSuperGroupChat());
    if (!isPrivate && !isGroup) {
      return;
    }
    Conversation c = new TelegramConversation(replies, m, languages);
    if (!m.hasText()) {
      if (isPrivate) {
        nonText(c, m);
      }
      return;
    }
    String text = m.getText();
    Optional<SlashCommand> command = SlashCommand.parse(text);
    if (command.isPresent()) {
      if (command.get().isFor(bot.getUserName())) {
        dialogue.command(c, command.get(), isPrivate || command.get().target() != null);
      }
      return;
    }
    if (isPrivate) {
      dialogue.question(c, text);
      return;
    }
    Matcher mentioned = mention.matcher(text);
    if (mentioned.find()) {
      dialogue.question(c, mentioned.replaceAll(" ").replaceAll("\\s+", " "));
    } else if (repliesToBot(m)) {
      dialogue.question(c, text);
    }
  }

  private boolean repliesToBot(Message m) {
    Message replied = m.getReplyToMessage();
    return replied != null && replied.getFrom() != null && bot.getId().equals(replied.getFrom().getId());
  }

  private void nonText(Conversation c, Message m) {
    if (m.hasDocument()) {
      uploads.handle(c, m.getDocument());
    } else if (m.hasSticker() || m.hasPhoto() || m.hasVoice() || m.hasAudio() || m.hasVideo() || m.hasVideoNote()
        || m.hasAnimation() || m.hasContact() || m.hasLocation() || m.hasPoll() || m.hasDice()) {
      c.reply(c.ui().textOnly());
    }
  }

  private static String kindOf(Update u) {
    if (u.hasEditedMessage()) {
      return "edited message";
    }
    if (u.hasChannelPost() || u.hasEditedChannelPost()) {
      return "channel post";
    }
    return "no message";
  }
}
