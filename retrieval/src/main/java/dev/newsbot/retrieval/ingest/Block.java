package dev.newsbot.retrieval.ingest;

/**
 * A run of non-blank lines in an issue file, with its span in the file's text.
 *
 * @param kind  what the block looks like
 * @param level heading level for markdown headings (number of '#'), 0 otherwise
 * @param start offset of the first character, inclusive
 * @param end   offset after the last non-blank character
 * @param text  the block's text without heading marks, whitespace normalised
 * @param raw   the block's text as in the file (line breaks and spaces kept), without heading marks
 */
record Block(BlockKind kind, int level, int start, int end, String text, String raw) {

  Block as(BlockKind other) {
    return new Block(other, level, start, end, text, raw);
  }
}
