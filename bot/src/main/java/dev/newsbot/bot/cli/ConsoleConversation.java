package dev.newsbot.bot.cli;

import dev.newsbot.bot.conversation.Block;
import dev.newsbot.bot.conversation.Conversation;
import dev.newsbot.bot.messages.Messages;
import java.io.PrintStream;
import java.util.List;

/**
 * The console chat as a {@link Conversation}: one person at a terminal, replies printed as plain
 * text with a blank line after each, buttons left out (there is nothing to press), the
 * conversation in Chinese as the chat greets in.
 */
final class ConsoleConversation implements Conversation {

  private final PrintStream out;
  private int printed;

  ConsoleConversation(PrintStream out) {
    this.out = out;
  }

  @Override
  public long chatId() {
    return 0;
  }

  @Override
  public long userId() {
    return 0;
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
    // the console keeps to the language it greets in; answers follow their question as everywhere
  }

  @Override
  public List<Integer> reply(List<Block> blocks) {
    out.println(Block.text(blocks));
    out.println();
    return List.of(++printed);
  }

  @Override
  public List<Integer> reply(List<Block> blocks, List<List<Button>> buttons) {
    return reply(blocks);
  }

  @Override
  public boolean edit(int botMessageId, List<Block> blocks) {
    reply(blocks);
    return true;
  }

  @Override
  public void typing() {
    // nothing to show: the answer is printed as soon as it is ready
  }
}
