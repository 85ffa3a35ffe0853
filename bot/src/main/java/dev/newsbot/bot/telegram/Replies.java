package dev.newsbot.bot.telegram;

import dev.newsbot.bot.conversation.MessagePages;
import dev.newsbot.bot.conversation.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * Sends what the bot says: HTML messages split into pages, edits of a message already sent,
 * "typing…", and button acknowledgements.
 */
final class Replies {

  private static final LinkPreviewOptions NO_PREVIEW = LinkPreviewOptions.builder().isDisabled(true).build();

  private final BotApi api;

  Replies(BotApi api) {
    this.api = api;
  }

  /**
   * Sends blocks as one or more HTML messages; the keyboard goes on the last one, the first one
   * replies to {@code replyTo} when given.
   *
   * @return the ids of the messages sent, in order; fewer than the pages when sending failed
   */
  List<Integer> send(Where where, List<Block> blocks, InlineKeyboardMarkup keyboard) {
    List<String> pages = MessagePages.of(blocks);
    List<Integer> sent = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      SendMessage.SendMessageBuilder<?, ?> m = SendMessage.builder()
          .chatId(where.chatId())
          .text(pages.get(i))
          .parseMode("HTML")
          .linkPreviewOptions(NO_PREVIEW)
          .messageThreadId(where.threadId());
      if (i == 0 && where.replyTo() != null) {
        m.replyParameters(ReplyParameters.builder().messageId(where.replyTo()).allowSendingWithoutReply(true).build());
      }
      if (i == pages.size() - 1 && keyboard != null) {
        m.replyMarkup(keyboard);
      }
      Optional<Message> message = api.call(m.build());
      if (message.isEmpty()) {
        break;
      }
      sent.add(message.get().getMessageId());
    }
    return sent;
  }

  /**
   * Replaces the text of a message the bot sent with the first page of {@code blocks}.
   *
   * @return false when the edit failed (logged)
   */
  boolean edit(long chatId, int messageId, List<Block> blocks) {
    return api.call(EditMessageText.builder()
        .chatId(chatId)
        .messageId(messageId)
        .text(MessagePages.of(blocks).get(0))
        .parseMode("HTML")
        .linkPreviewOptions(NO_PREVIEW)
        .build()).isPresent();
  }

  void typing(Where where) {
    api.call(SendChatAction.builder().chatId(where.chatId()).action("typing").messageThreadId(where.threadId())
        .build());
  }

  /** Stops the button's spinner, with a short notice when {@code text} is not null. */
  void acknowledge(String callbackQueryId, String text) {
    api.call(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).text(text).build());
  }

  /**
   * Where a reply goes.
   *
   * @param chatId   the chat
   * @param threadId the forum topic, or null
   * @param replyTo  the message to reply to, or null
   */
  record Where(long chatId, Integer threadId, Integer replyTo) {}
}
