package dev.newsbot.retrieval.ingest;

import java.util.List;

/** Excerpts of the seed issues that several parser tests read, and how those tests read them. */
final class Excerpts {

  private static final IssueMeta META = new IssueMeta("株洲日报", null, true);

  /** 001: a byline without lead, section labels and a subhead. */
  static final String LABELS = """
      耗资300万元改造下水道 不通反堵



      株洲日报全媒体记者/姚时美

      【呼声】

      芦淞区贺家土街道大塘冲社区学堂冲二村居 民:自下水道改造后,小区多处下水道反复堵塞, 已持续数月,污水横流、臭气扑鼻。我们迫切希望 有关部门尽快查明原因、疏通管道,早日恢复小区 正常生活环境。

      【目击】

      改造没一年 多处污水外流

      春节前,芦淞区学堂冲二村5栋旁人行道上,化粪池污水四溢,臭味刺鼻。10栋背后地势低洼,污水积聚成潭。"一个月了,都没有人来处理。"居民李女士说。

      社区网格员江波说:"其实改造完工还不到一年。"
      """;

  private Excerpts() {}

  static ParsedIssue parse(String text) {
    return IssueParser.parse("excerpt.txt", text, META);
  }

  static List<String> titles(ParsedIssue issue) {
    return issue.articles().stream().map(Article::title).toList();
  }

  static List<ParagraphKind> kinds(Article article) {
    return article.paragraphs().stream().map(Paragraph::kind).toList();
  }
}
