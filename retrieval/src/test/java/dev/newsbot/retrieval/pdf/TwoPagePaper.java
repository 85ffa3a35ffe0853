package dev.newsbot.retrieval.pdf;

import java.io.IOException;
import java.util.List;

/**
 * A two-page e-paper written for the tests, with articles of its own: lines at absolute
 * positions, blocks out of order, a story continued from page 1 on page 2, a photo and its
 * caption, the date only in the masthead and the running head.
 */
final class TwoPagePaper {

  static final String KICKER = "民生实事";
  static final String PARKS = "城区新建三座小游园 市民家门口有了休闲好去处";
  static final String COOL = "市总工会为户外劳动者送去降温物资";
  static final String PRIZE = "株洲一中学生在全国科技创新大赛获一等奖";

  static final List<String> PARKS_P1 = List.of(
      "株洲日报讯 6月13日,记者从市城市管理局获悉,今年城区新建的三座小游园已全部完工并向市民开放,总面积约1.2万平方米。",
      "三座小游园分别位于石峰区、芦淞区和天元区,各自设有健身步道、休息区和健身设施。",
      "市城市管理局相关负责人说,小游园建设共投入资金860万元,其中新种树木3000余株。",
      "下一步,全市还将利用闲置空地再建四座小游园。(续见2版)");
  static final List<String> PARKS_P2 = List.of(
      "据了解,新建的四座小游园将在明年6月底前完成,位置将优先考虑老旧小区周边。",
      "家住石峰区的市民张华说:“以前下班后没地方走走,现在走几步就到小游园,很方便。”");
  static final List<String> COOL_TEXT = List.of(
      "株洲日报讯 6月13日,市总工会在天元区举行2025年高温天气关心户外劳动者活动,为一线户外劳动者送去降温物资。",
      "今年的活动将持续到8月底,预计服务全市3000余名环卫工人、建筑工人和外送员。");
  static final String CAPTION = "6月13日,环卫工人在活动现场领取降温物资。 记者/陈刚 摄";
  static final List<String> PRIZE_TEXT = List.of(
      "株洲日报讯 日前,第三十九届全国青少年科技创新大赛在长沙举行,株洲市第一中学学生刘明的作品获得一等奖。",
      "刘明的作品是一套可以自动识别交通标志的小工具,他用了一年时间完成设计和制作。",
      "指导老师周红说,学校一周安排两节科技课,引导学生多动手。");

  private static final double BODY = 10;
  private static final int CHARS = 17;
  private static final double[] COLUMN = {40, 237, 434, 631};

  private TwoPagePaper() {}

  static byte[] write() throws IOException {
    try (EpaperWriter w = new EpaperWriter(false)) {
      page1(w.page()).write(1);
      page2(w.page()).write(2);
      return w.bytes();
    }
  }

  static EpaperWriter.Page page1(EpaperWriter.Page p) {
    p.line(40, 90, 48, "株洲日报").line(640, 70, 11, "2025年6月14日 星期六").line(640, 88, 11, "第01版 要闻").block();
    p.line(40, 150, 12, KICKER).block();
    p.line(40, 182, 22, PARKS.split(" ")[0]).line(40, 210, 22, PARKS.split(" ")[1]).block();
    p.line(60, 238, BODY, "株洲日报全媒体记者/李文 通讯员/王红").block();
    double y = 262;
    y = p.paragraph(COLUMN[0], y, BODY, CHARS, PARKS_P1.get(0)) + 6;
    p.block();
    y = p.paragraph(COLUMN[0], y, BODY, CHARS, PARKS_P1.get(1)) + 6;
    p.block();
    y = p.paragraph(COLUMN[1], 262, BODY, CHARS, PARKS_P1.get(2)) + 6;
    p.block();
    p.paragraph(COLUMN[1], y, BODY, CHARS, PARKS_P1.get(3));
    p.block();
    p.line(434, 182, 22, COOL).block();
    y = p.paragraph(COLUMN[2], 240, BODY, CHARS, COOL_TEXT.get(0)) + 6;
    p.block();
    p.paragraph(COLUMN[3], 240, BODY, CHARS, COOL_TEXT.get(1));
    p.block();
    p.frame(434, y + 10, 367, 200).block();
    p.line(434, y + 228, 8, CAPTION).block();
    p.line(360, 1170, 9, "株洲日报 第01版").block();
    return p;
  }

  static EpaperWriter.Page page2(EpaperWriter.Page p) {
    p.line(40, 50, 10, "2025年6月14日 星期六 第02版 综合").block();
    p.line(40, 120, BODY, "(上接1版)").block();
    double y = p.paragraph(COLUMN[0], 138, BODY, CHARS, PARKS_P2.get(0)) + 6;
    p.block();
    p.paragraph(COLUMN[0], y, BODY, CHARS, PARKS_P2.get(1));
    p.block();
    p.line(237, 130, 22, PRIZE.substring(0, 14)).line(237, 158, 22, PRIZE.substring(14)).block();
    y = p.paragraph(COLUMN[1], 190, BODY, CHARS, PRIZE_TEXT.get(0)) + 6;
    p.block();
    p.paragraph(COLUMN[1], y, BODY, CHARS, PRIZE_TEXT.get(1));
    p.block();
    p.paragraph(COLUMN[2], 190, BODY, CHARS, PRIZE_TEXT.get(2));
    p.block();
    p.line(360, 1170, 9, "株洲日报 第02版").block();
    return p;
  }
}
