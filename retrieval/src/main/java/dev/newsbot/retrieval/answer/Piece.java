package dev.newsbot.retrieval.answer;

/**
 * A sentence span of an issue with its text, before scoring.
 *
 * @param start  offset in the issue text, inclusive
 * @param end    offset in the issue text, exclusive
 * @param text   whitespace-normalised text
 * @param folded the text folded for matching
 */
record Piece(int start, int end, String text, String folded) {}
