package dev.newsbot.bot.conversation;

import java.util.ArrayList;
import java.util.List;

/** A paragraph of a message: spans shown together; blocks are separated by a blank line. */
public record Block(List<Span> spans) {

  public Block {
    spans = List.copyOf(spans);
  }

  public static Block of(Span... spans) {
    return new Block(List.of(spans));
  }

  public static Block plain(String text) {
    return of(Span.plain(text));
  }

  /** Lines of plain text, one block. */
  public static Block lines(List<String> lines) {
    return plain(String.join("\n", lines));
  }

  /** The block as plain text, styles dropped (the console chat, {@code ask}). */
  public String text() {
    StringBuilder sb = new StringBuilder();
    for (Span s : spans) {
      sb.append(s.text());
    }
    return sb.toString();
  }

  /** Blocks as plain text, a blank line between them. */
  public static String text(List<Block> blocks) {
    return String.join("\n\n", blocks.stream().map(Block::text).toList());
  }

  /** The block in Telegram's HTML, every text escaped. */
  public String html() {
    StringBuilder sb = new StringBuilder();
    for (Span s : spans) {
      sb.append(s.html());
    }
    return sb.toString();
  }

  /** A builder for blocks mixing styles. */
  public static final class Builder {
    private final List<Span> spans = new ArrayList<>();

    public Builder add(Span span) {
      spans.add(span);
      return this;
    }

    public Builder plain(String text) {
      return add(Span.plain(text));
    }

    public Builder bold(String text) {
      return add(Span.bold(text));
    }

    public Block build() {
      return new Block(spans);
    }
  }
}
