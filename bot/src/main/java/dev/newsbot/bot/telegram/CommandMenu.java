package dev.newsbot.bot.telegram;

import dev.newsbot.bot.conversation.Command;
import dev.newsbot.bot.messages.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScope;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;

/**
 * The bot's commands' menu in Telegram: Chinese by default, English for English
 * apps. Everyone's menu leaves the admin-only commands out; each admin's private chat gets them all.
 */
final class CommandMenu {

  private static final Logger log = LoggerFactory.getLogger(CommandMenu.class);

  /**
   * The menus registered: Telegram keys a menu by a two-letter language code, which cannot tell
   * zh-Hant from zh-Hans, so Traditional readers see the default (Chinese) menu.
   */
  private static final List<Messages> MENUS = List.of(Messages.CHINESE, Messages.ENGLISH);

  private final Map<String, Command> commands = new LinkedHashMap<>();

  CommandMenu(List<Command> commands) {
    commands.forEach(c -> this.commands.put(c.name(), c));
  }

  /** Registers the menus with setMyCommands; a failure is logged, the bot runs on without that menu. */
  void publish(BotApi api, Set<Long> admins) {
    for (Messages ui : MENUS) {
      if (!register(api, ui, BotCommandScopeDefault.builder().build(), false)) {
        log.warn("the {} command menu was not registered; commands still work when typed", ui.name().toLowerCase());
      }
    }
    for (long admin : admins) {
      for (Messages ui : MENUS) {
        if (!register(api, ui, BotCommandScopeChat.builder().chatId(admin).build(), true)) {
          log.info("the {} admin menu for user {} was not registered (has the admin started a chat with the bot?);"
              + " admin commands still work when typed", ui.name().toLowerCase(), admin);
        }
      }
    }
  }

  private boolean register(BotApi api, Messages ui, BotCommandScope scope, boolean withAdminOnly) {
    List<BotCommand> menu = commands.values().stream()
        .filter(c -> withAdminOnly || !c.adminOnly())
        .map(c -> new BotCommand(c.name(), c.description(ui)))
        .toList();
    return api.call(SetMyCommands.builder()
        .commands(menu)
        .scope(scope)
        .languageCode(ui == Messages.ENGLISH ? "en" : null)
        .build()).isPresent();
  }
}
