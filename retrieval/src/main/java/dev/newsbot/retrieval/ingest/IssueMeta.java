package dev.newsbot.retrieval.ingest;

import java.time.LocalDate;

/**
 * Where an issue comes from.
 *
 * @param paper        the newspaper's name
 * @param date         the issue's date, or null when neither given nor inferable
 * @param dateInferred true when the date was read from the text, not given with the file
 */
public record IssueMeta(String paper, LocalDate date, boolean dateInferred) {}
