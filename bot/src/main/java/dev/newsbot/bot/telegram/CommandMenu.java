package dev.newsbot.bot.telegram;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;

/** The bot's commands by name, and their menu in Telegram: Chinese by default, English for English apps. */
final class CommandMenu {

  private static final Logger log = LoggerFactory.getLogger(CommandMenu.class);

  private final Map<String, Command> commands = new LinkedHashMap<>();

  CommandMenu(List<Command> commands) {
    commands.forEach(c -> this.commands.put(c.name(), c));
  }

  Optional<Command> find(String name) {
    return Optional.ofNullable(commands.get(name));
  }

  /** Registers the menu with setMyCommands; a failure is logged, the bot runs on without a menu. */
  void publish(BotApi api) {
    for (Ui ui : Ui.values()) {
      List<BotCommand> menu = commands.values().stream()
          .map(c -> new BotCommand(c.name(), c.description(ui)))
          .toList();
      SetMyCommands set = SetMyCommands.builder()
          .commands(menu)
          .scope(BotCommandScopeDefault.builder().build())
          .languageCode(ui == Ui.ENGLISH ? "en" : null)
          .build();
      if (api.call(set).isEmpty()) {
        log.warn("the {} command menu was not registered; commands still work when typed", ui.name().toLowerCase());
      }
    }
  }
}
