package dev.newsbot.bot.telegram;

import java.util.Set;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;

/** Whether a user administers a group, asked of Telegram (getChatMember) when it matters. */
final class GroupAdmins {

  private static final Set<String> ADMIN = Set.of("creator", "administrator");

  private GroupAdmins() {}

  /** True when Telegram says {@code userId} is the creator or an administrator of {@code chatId}. */
  static boolean isAdmin(BotApi api, long chatId, long userId) {
    return api.call(GetChatMember.builder().chatId(chatId).userId(userId).build())
        .map(ChatMember::getStatus).map(ADMIN::contains).orElse(false);
  }
}
