package dev.newsbot.retrieval.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paper and date from a sidecar file, the file name, or the text. */
class IssueMetaReaderTest {

  /** 001: the leads of 书画等级考试今日开始报名 and "宝妈计划", and a later paragraph naming the year again. */
  static final String LEADS = """
      书画等级考试今日开始报名

      株洲日报讯(全媒体记者/孙晓静)有需要报名书画等级考试的考生们注意了,2024年上半年教育部教育考试院书画等级考试于3月11日开始报名。

      "宝妈计划"帮带孩妈妈找工作

      株洲日报讯(全媒体记者/何春林 通讯员/周士杰) 3月8日,国际劳动妇 女节,荷塘区开展了"春风行动·百企 万岗"招聘会。

      2024年,市总工会将以"创新成果转化年"活动为抓手。
      """;

  private final IssueMetaReader reader = new IssueMetaReader("株洲日报");

  @TempDir
  Path dir;

  @Test
  void theSidecarGivesPaperAndDate() throws IOException {
    Path issue = Files.writeString(dir.resolve("000_6a32f752367869b0.txt"), LEADS);
    Files.writeString(dir.resolve("000_6a32f752367869b0.properties"), "paper=株洲晚报\ndate=2024-03-12\n");
    assertThat(reader.read(issue, LEADS)).isEqualTo(new IssueMeta("株洲晚报", LocalDate.of(2024, 3, 12), false));
  }

  @Test
  void theSidecarDateWinsOverTheFileName() throws IOException {
    Path issue = Files.writeString(dir.resolve("株洲日报_2024-03-12.txt"), LEADS);
    Files.writeString(dir.resolve("株洲日报_2024-03-12.properties"), "date = 2024-03-13\n");
    assertThat(reader.read(issue, LEADS)).isEqualTo(new IssueMeta("株洲日报", LocalDate.of(2024, 3, 13), false));
  }

  @Test
  void aSidecarWithOnlyThePaperLeavesTheDateToTheFileName() throws Exception {
    // the English test issue's sidecar names only the paper
    Path issue = Path.of(getClass().getResource("/english/riverside-gazette_2024-05-02.txt").toURI());
    String text = Files.readString(issue);
    assertThat(new IssueMetaReader("株洲日报").read(issue, text))
        .isEqualTo(new IssueMeta("Riverside Gazette", LocalDate.of(2024, 5, 2), false));
  }

  @Test
  void aSidecarDateThatIsNotIsoSaysWhichFileAndWhatFormat() throws IOException {
    Path issue = Files.writeString(dir.resolve("issue.txt"), LEADS);
    Files.writeString(dir.resolve("issue.properties"), "date=2024年3月12日\n");
    assertThatThrownBy(() -> reader.read(issue, LEADS))
        .isInstanceOf(IOException.class)
        .hasMessage("issue.properties: date '2024年3月12日' is not YYYY-MM-DD");
  }

  @Test
  void sidecarOfReplacesTheExtension() {
    assertThat(IssueMetaReader.sidecarOf(Path.of("seeds", "株洲日报_2024-03-12.txt")))
        .isEqualTo(Path.of("seeds", "株洲日报_2024-03-12.properties"));
    assertThat(IssueMetaReader.sidecarOf(Path.of("seeds", "issue"))).isEqualTo(Path.of("seeds", "issue.properties"));
  }

  @Test
  void aDateInTheFileNameIsGivenNotInferred() throws IOException {
    Path dashed = Files.writeString(dir.resolve("株洲日报_2024-03-12.txt"), LEADS);
    assertThat(reader.read(dashed, LEADS)).isEqualTo(new IssueMeta("株洲日报", LocalDate.of(2024, 3, 12), false));
    Path compact = Files.writeString(dir.resolve("20240312_x.txt"), LEADS);
    assertThat(reader.read(compact, LEADS)).isEqualTo(new IssueMeta("株洲日报", LocalDate.of(2024, 3, 12), false));
  }

  @Test
  void fileNameDates() {
    assertThat(IssueMetaReader.dateFromName("株洲日报_2024-03-12.txt")).isEqualTo(LocalDate.of(2024, 3, 12));
    assertThat(IssueMetaReader.dateFromName("20240312_x.txt")).isEqualTo(LocalDate.of(2024, 3, 12));
    assertThat(IssueMetaReader.dateFromName("zzrb.2023-12-23.txt")).isEqualTo(LocalDate.of(2023, 12, 23));
    assertThat(IssueMetaReader.dateFromName("2024-02-30_x.txt")).isNull();
    assertThat(IssueMetaReader.dateFromName("page_2024031207.txt")).isNull();
  }

  @Test
  void digitsInsideAHexHashAreNotADate() {
    assertThat(IssueMetaReader.dateFromName("000_6a32f752367869b0.txt")).isNull();
    assertThat(IssueMetaReader.dateFromName("001_4237cd71e9e911f0.txt")).isNull();
    assertThat(IssueMetaReader.dateFromName("003_a20240312f.txt")).isNull();
    assertThat(IssueMetaReader.dateFromName("003_20240312ff.txt")).isNull();
  }

  @Test
  void withoutSidecarOrDatedNameTheDateIsInferredAsTheDayAfterTheLatestLead() throws IOException {
    Path issue = Files.writeString(dir.resolve("001_4237cd71e9e911f0.txt"), LEADS);
    // the news of the 3月8日 lead is yesterday's; 3月11日, deep in the other lead's sentence, is a plan, not the
    // news's date; 2024 is named twice
    assertThat(reader.read(issue, LEADS)).isEqualTo(new IssueMeta("株洲日报", LocalDate.of(2024, 3, 9), true));
  }

  @Test
  void theSeedIssuesHaveInferredDates() throws IOException {
    assertThat(readSeed("000_6a32f752367869b0.txt")).isEqualTo(new IssueMeta("株洲日报", LocalDate.of(2024, 1, 21), true));
    assertThat(readSeed("001_4237cd71e9e911f0.txt")).isEqualTo(new IssueMeta("株洲日报", LocalDate.of(2024, 3, 9), true));
    // 002 names no year twice: too little to go on
    assertThat(readSeed("002_a6ff651a8bc0a567.txt")).isEqualTo(new IssueMeta("株洲日报", null, true));
  }

  @Test
  void thePaperIsTheMostNamedOneOrTheDefault() throws IOException {
    Path issue = Files.writeString(dir.resolve("x.txt"), "");
    assertThat(reader.read(issue, "湖南日报讯 1月2日,…。株洲日报讯 2024年1月3日,…。株洲日报讯 2024年1月4日,…。").paper())
        .isEqualTo("株洲日报");
    assertThat(new IssueMetaReader("Riverside Gazette").read(issue, "The city opened its new public library.").paper())
        .isEqualTo("Riverside Gazette");
  }

  @Test
  void aYearNamedOnceAsARunningPeriodIsTheIssuesYearButOneNamedAsHistoryIsNot() throws IOException {
    Path issue = Files.writeString(dir.resolve("x.txt"), "");
    String current = "株洲日报讯(记者/王一) 5月20日,省里公布2024年度智能制造示范名单。该厂从2019年开始改造产线。";
    assertThat(reader.read(issue, current)).isEqualTo(new IssueMeta("株洲日报", LocalDate.of(2024, 5, 21), true));
    String history = "株洲日报讯(记者/王一) 5月20日,这家成立于2015年的企业又添新线。";
    assertThat(reader.read(issue, history)).isEqualTo(new IssueMeta("株洲日报", null, true));
  }

  @Test
  void noDateAnywhereLeavesItNullAndInferred() throws IOException {
    Path issue = Files.writeString(dir.resolve("x.txt"), "");
    assertThat(reader.read(issue, "好的产业生态就是如此,互相成就。")).isEqualTo(new IssueMeta("株洲日报", null, true));
  }

  private IssueMeta readSeed(String name) throws IOException {
    Path seed = SeedIssues.dir().resolve(name);
    return reader.read(seed, Files.readString(seed));
  }

  @Test
  void theDateTheRunningHeadsPrintWinsOverOneInferredFromTheText() {
    // invented: the issue plans for next year, which inference would take for its own
    String text = "株洲日报·要闻 2024-11-21 A1\n\n## 冬修水利项目全面开工\n\n"
        + "株洲日报讯(记者 某某) 11月19日,全市冬修水利项目开工,2025年4月底前完工。\n\n"
        + "2025年汛期前,将全部通过验收。\n\n要闻 02 2024年11月21日 星期四\n\n## 另一篇\n\n株洲日报讯 12月1日起实行新规。\n";
    IssueMeta meta = new IssueMetaReader("株洲日报").read("plain.txt", text);
    assertThat(meta.date()).isEqualTo(java.time.LocalDate.of(2024, 11, 21));
    assertThat(meta.dateInferred()).isFalse();
    assertThat(IssueMetaReader.printedDate("## 冬修水利\n\n2024年11月21日,项目开工。\n")).isNull();
  }
}
