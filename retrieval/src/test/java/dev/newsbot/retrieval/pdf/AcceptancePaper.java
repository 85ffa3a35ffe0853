package dev.newsbot.retrieval.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The never-seen two-page e-paper of the acceptance tests ({@link TwoPagePaper}) with the
 * questions about it: fifteen with the fact, headline and page their answer must give, three near
 * misses, two in English. Shared by the retrieval test (index --add) and the bot's (an upload
 * through Telegram).
 */
public final class AcceptancePaper {

  /** The date its masthead prints. */
  public static final LocalDate DATE = LocalDate.of(2025, 6, 14);

  public static final String PARKS = TwoPagePaper.KICKER + " " + TwoPagePaper.PARKS.replace(" ", "");
  public static final String COOL = TwoPagePaper.COOL;
  public static final String PRIZE = TwoPagePaper.PRIZE;

  /** A question, a fragment the answer must hold, the headline and page its citation must name. */
  public record Asked(String question, String answer, String headline, int page) {}

  public static final List<Asked> QUESTIONS = List.of(
      new Asked("城区今年新建了几座小游园？", "三座", PARKS, 1),
      new Asked("新建的小游园总面积有多大？", "1.2万平方米", PARKS, 1),
      new Asked("三座小游园分别在哪些区？", "石峰区、芦淞区和天元区", PARKS, 1),
      new Asked("小游园建设一共投入了多少资金？", "860万元", PARKS, 1),
      new Asked("小游园里新种了多少株树木？", "3000余株", PARKS, 1),
      new Asked("全市还要利用闲置空地再建几座小游园？", "四座", PARKS, 1),
      new Asked("新的四座小游园什么时候完成？", "明年6月底前", PARKS, 2),
      new Asked("新小游园的位置优先考虑哪里？", "老旧小区周边", PARKS, 2),
      new Asked("石峰区市民张华对小游园怎么说？", "很方便", PARKS, 2),
      new Asked("市总工会在哪个区给户外劳动者送降温物资？", "天元区", COOL, 1),
      new Asked("高温天气关心户外劳动者的活动持续到什么时候？", "8月底", COOL, 1),
      new Asked("这次高温关心活动预计服务多少名工人？", "3000余名", COOL, 1),
      new Asked("株洲一中学生刘明在全国科技创新大赛获得了几等奖？", "一等奖", PRIZE, 2),
      new Asked("刘明的获奖作品是什么？", "自动识别交通标志的小工具", PRIZE, 2),
      new Asked("株洲市第一中学一周安排几节科技课？", "两节", PRIZE, 2));

  public static final List<String> NEAR_MISSES = List.of(
      "长沙今年新建了几座小游园？",
      "市总工会给每名环卫工人发了多少钱的补贴？",
      "刘明的获奖作品拿到了多少奖金？");

  public record English(String question, String answer, String headline) {}

  public static final List<English> ENGLISH = List.of(
      new English("How much money was invested in building the small parks?", "860万元", PARKS),
      new English("Which prize did Liu Ming win at the national science and technology innovation contest?",
          "一等奖", PRIZE));

  private AcceptancePaper() {}

  /** The PDF, written afresh. */
  public static byte[] pdf() {
    try {
      return TwoPagePaper.write();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
