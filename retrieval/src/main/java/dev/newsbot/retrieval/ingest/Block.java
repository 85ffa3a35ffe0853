package dev.newsbot.retrieval.ingest;

/**
 * A run of non-blank lines in an issue file, with its span in the file's text.
 *
 * @param kind  what the block looks like
 * @param level heading level for markdown headings (number of '#'), 0 otherwise
 * @param start offset of the first character, inclusive
 * @param end   offset after the last non-blank character
 * @param text  the block's text without heading marks, whitespace normalised
 */
record Block(BlockKind kind, int level, int start, int end, String text) {}
