package dev.newsbot.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.bot.messages.Messages;
import dev.newsbot.retrieval.IssueInfo;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssuesViewTest {

  private static IssueInfo issue(String file, List<Integer> pages) {
    return new IssueInfo(file, "株洲日报", LocalDate.of(2024, 4, 2), false, 9, 40, "h", pages);
  }

  @Test
  void sourcesShowTheIssuesPagesWhenItHasThem() {
    assertThat(Block.text(IssuesView.sources(List.of(issue("epaper.pdf", List.of(1, 2, 3, 4)),
        issue("text.txt", List.of())), Messages.CHINESE))).isEqualTo("共 2 期，18 篇文章\n\n"
        + "2024-04-02 株洲日报\n9 篇文章 · 第 1–4 版 · 文件 epaper.pdf\n\n2024-04-02 株洲日报\n9 篇文章 · 文件 text.txt");
  }

  @Test
  void pagesThatFollowOnAreARange() {
    assertThat(IssuesView.pages(List.of(1, 2, 3))).isEqualTo("1–3");
    assertThat(IssuesView.pages(List.of(1, 3, 4))).isEqualTo("1, 3, 4");
    assertThat(IssuesView.pages(List.of(2))).isEqualTo("2");
  }
}
