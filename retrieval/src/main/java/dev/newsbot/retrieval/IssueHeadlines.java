package dev.newsbot.retrieval;

import java.util.List;

/** An issue with the headlines of its articles in the order printed ({@code /latest}). */
public record IssueHeadlines(IssueInfo issue, List<ArticleLead> articles) {

  public IssueHeadlines {
    articles = List.copyOf(articles);
  }
}
