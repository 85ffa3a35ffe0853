package dev.newsbot.retrieval;

import java.time.LocalDate;

/**
 * The whole paragraph around a quote, for a reader who wants to check it.
 *
 * @param issue      the issue's file name
 * @param paper      the newspaper's name
 * @param date       the issue's date, or null
 * @param title      the article's headline
 * @param paragraph  the paragraph number within the article
 * @param before     paragraph text before the quote (whitespace normalised)
 * @param quote      the quoted text
 * @param after      paragraph text after the quote
 */
public record CitedParagraph(
    String issue, String paper, LocalDate date, String title, int paragraph,
    String before, String quote, String after) {}
