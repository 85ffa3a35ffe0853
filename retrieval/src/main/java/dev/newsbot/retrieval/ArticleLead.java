package dev.newsbot.retrieval;

import java.time.LocalDate;

/**
 * One article as a list of headlines shows it: its headline, where it is printed, and its lead
 * paragraph (its span, for the button that shows the paragraph through {@link NewsIndex#citedParagraph}).
 *
 * @param issue the issue's file name
 * @param paper the newspaper's name
 * @param date  the issue's date, or null
 * @param dateInferred true when the date was read from the text, not given
 * @param title the headline as printed
 * @param page  the page, 0 when the issue does not say
 * @param paragraph the lead's number within the article, from 1
 * @param lead  the first paragraph of the article's body, whitespace normalised
 * @param start offset of the lead in the issue text, inclusive
 * @param end   offset of the lead in the issue text, exclusive
 */
public record ArticleLead(String issue, String paper, LocalDate date, boolean dateInferred, String title, int page,
    int paragraph, String lead, int start, int end) {}
