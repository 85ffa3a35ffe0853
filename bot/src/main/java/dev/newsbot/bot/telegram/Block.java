package dev.newsbot.bot.telegram;

import java.util.ArrayList;
import java.util.List;

/** A paragraph of a message: spans shown together; blocks are separated by a blank line. */
record Block(List<Span> spans) {

  Block {
    spans = List.copyOf(spans);
  }

  static Block of(Span... spans) {
    return new Block(List.of(spans));
  }

  static Block plain(String text) {
    return of(Span.plain(text));
  }

  /** Lines of plain text, one block. */
  static Block lines(List<String> lines) {
    return plain(String.join("\n", lines));
  }

  String html() {
    StringBuilder sb = new StringBuilder();
    for (Span s : spans) {
      sb.append(s.html());
    }
    return sb.toString();
  }

  /** A builder for blocks mixing styles. */
  static final class Builder {
    private final List<Span> spans = new ArrayList<>();

    Builder add(Span span) {
      spans.add(span);
      return this;
    }

    Builder plain(String text) {
      return add(Span.plain(text));
    }

    Builder bold(String text) {
      return add(Span.bold(text));
    }

    Block build() {
      return new Block(spans);
    }
  }
}
