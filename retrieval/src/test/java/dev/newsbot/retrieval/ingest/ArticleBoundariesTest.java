package dev.newsbot.retrieval.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where one article ends and the next begins, for each kind of boundary a page has, on excerpts of
 * the seed issues: picture news, a headline over photos, an author's name under a headline, briefs,
 * the rest of a story continued from another page, page markers. No model, no index.
 */
class ArticleBoundariesTest {

  private static final IssueMeta META = new IssueMeta("株洲日报", null, true);

  private static ParsedIssue parse(String text) {
    return IssueParser.parse("excerpt.txt", text, META);
  }

  private static List<String> titles(ParsedIssue issue) {
    return issue.articles().stream().map(Article::title).toList();
  }

  /** The lines of a seed issue from {@code first} to {@code last} (1-based, inclusive), as the file has them. */
  private static String lines(String file, int first, int last) {
    List<String> all = SeedIssues.text(file).lines().toList();
    return String.join("\n", all.subList(first - 1, last)) + "\n";
  }

  @Test
  void pictureNewsWhoseTextEndsInAPhotoCreditIsAnArticleBetweenItsNeighbours() {
    // 002: "“母亲健康快车”驶入醴陵", then picture news with no byline, its credit after its text
    ParsedIssue issue = parse(lines("002_a6ff651a8bc0a567.txt", 11, 29));
    assertThat(titles(issue)).containsExactly("“母亲健康快车”驶入醴陵", "非遗绽魅力 文化润人心", "54场“春风行动” 让9000余人上岗");
    Article picture = issue.articles().get(1);
    assertThat(picture.paragraphs()).singleElement().extracting(Paragraph::text).asString()
        .startsWith("近日,石峰区清水塘街道报亭社区网格员组织社区党员和志愿者");
    assertThat(picture.authors()).extracting(Author::name, Author::photographer)
        .containsExactly(tuple("周圆", true), tuple("朱春华", true));
    assertThat(issue.articles().get(0).paragraphs()).extracting(Paragraph::text)
        .noneMatch(t -> t.contains("报亭社区"));
  }

  @Test
  void aHeadlineOverPhotosWhoseStoryOpensWithALeadIsAHeadlineNotACaption() {
    // 004: "“技能大师走基层”宣讲 / 他们的梦想被技能大师点亮", a photo and its caption, then the lead
    ParsedIssue issue = parse(lines("004_45ad87969ec02bf0.txt", 143, 160));
    assertThat(titles(issue)).containsExactly("制造业当家 需要高技能人才支撑", "“技能大师走基层”宣讲 他们的梦想被技能大师点亮");
    Article second = issue.articles().get(1);
    assertThat(second.paragraphs()).extracting(Paragraph::kind).startsWith(ParagraphKind.CAPTION, ParagraphKind.BODY);
    // the photographer of its picture is its reporter too: named once, as the reporter
    assertThat(second.authors()).extracting(Author::role, Author::name).containsExactly(tuple("全媒体记者", "何春林"));
  }

  @Test
  void anAuthorsNameAloneUnderAHeadlineOpensANewArticle() {
    // 004: a commentary "制造业当家 需要高技能人才支撑" signed "何春林" under its title, inside a page of news
    ParsedIssue issue = parse(lines("004_45ad87969ec02bf0.txt", 135, 150));
    assertThat(titles(issue)).containsExactly("我市不断壮大技能人才队伍", "制造业当家 需要高技能人才支撑");
    Article commentary = issue.articles().get(1);
    assertThat(commentary.authors()).containsExactly(new Author("", "", "何春林", false));
    assertThat(commentary.paragraphs().get(0).text()).startsWith("技能人才是队伍的重要组成部分");
  }

  @Test
  void theRestOfAStoryTakesTheHeadlineAndAuthorsOfThePieceThatStoppedAtItsMark() {
    String text = """
        # 一块电堆的“株洲速度”

        株洲日报全媒体记者/龚一帆 施雨桐

        本地配套率的提升,直接带来了成本的下降。(下转02版)

        第02版

        株醴城际公交新增3条线路

        株洲日报讯(全媒体记者/柯蔓 通讯员/仇立新) 4月15日,株洲至醴陵城际公交T3、T5、T7三条线路正式开通。

        ◀◀上接01版

        从“造得出”到“用得上”,应用场景是氢能产业的试金石。
        """;
    ParsedIssue issue = parse(text);
    assertThat(titles(issue)).containsExactly("一块电堆的“株洲速度”", "株醴城际公交新增3条线路", "一块电堆的“株洲速度”");
    Article rest = issue.articles().get(2);
    assertThat(rest.continuation()).isTrue();
    assertThat(rest.authors()).extracting(Author::name).containsExactly("龚一帆", "施雨桐");
    assertThat(rest.paragraphs()).extracting(Paragraph::text, Paragraph::page)
        .containsExactly(tuple("从“造得出”到“用得上”,应用场景是氢能产业的试金石。", 2));
    // the mark is no text of either piece
    assertThat(issue.articles().get(0).paragraphs()).extracting(Paragraph::text)
        .containsExactly("本地配套率的提升,直接带来了成本的下降。");
    assertThat(issue.articles().get(1).paragraphs()).extracting(Paragraph::page).containsOnly(2);
  }

  @Test
  void briefsUnderAColumnOrOneAfterAnotherAreArticlesOfTheirOwn() {
    // 004's last article, then a column of briefs with no bylines
    String text = lines("004_45ad87969ec02bf0.txt", 171, 176) + """

        简讯

        石峰区排查电动自行车充电隐患

        5月以来,石峰区对辖区127个小区开展电动自行车“飞线充电”专项排查。

        醴陵陶瓷创意市集本周末开市

        5月11日至12日,第三届醴陵陶瓷创意市集将在醴陵瓷谷举办。
        """;
    ParsedIssue issue = parse(text);
    assertThat(titles(issue)).containsExactly("株洲青商会十年提供万余就业岗位", "石峰区排查电动自行车充电隐患",
        "醴陵陶瓷创意市集本周末开市");
    // without the column's name, two short unsigned items in a row are briefs too
    ParsedIssue unlabelled = parse(text.replace("简讯\n", ""));
    assertThat(titles(unlabelled)).containsExactly("株洲青商会十年提供万余就业岗位", "石峰区排查电动自行车充电隐患",
        "醴陵陶瓷创意市集本周末开市");
  }

  @Test
  void aSubheadFollowedByALongSectionStaysInsideItsFeature() {
    // 004: "有趣好玩交朋友 / 促政企沟通“双向奔赴”" is a section of the 高新区 feature, not an article
    ParsedIssue issue = parse(lines("004_45ad87969ec02bf0.txt", 1, 34));
    assertThat(titles(issue)).containsExactly("株洲高新区 拓展政企“朋友圈” 提升营商环境软实力");
    assertThat(issue.articles().get(0).paragraphs()).extracting(Paragraph::text)
        .contains("有趣好玩交朋友促政企沟通“双向奔赴”")
        .anyMatch(t -> t.startsWith("圣诞节前,中车株洲所风电事业部“95后”工程师"));
  }

  @Test
  void aSectionsNameOverItsPageStaffIsNoHeadline() {
    // 000: "## 就业·创业" over "责任编辑:… 美术编辑:…", then the page's first story
    ParsedIssue issue = parse(lines("000_6a32f752367869b0.txt", 108, 146));
    assertThat(titles(issue)).containsExactly("盘点我市去年就业创业亮点工作 力促就业创业 2023年株洲很拼");
    assertThat(issue.articles().get(0).paragraphs()).extracting(Paragraph::text)
        .noneMatch(t -> t.contains("责任编辑"));
  }

  @Test
  void pageMarkersNumberTheParagraphsAndAreNoText() {
    String text = "第01版\n\n书画等级考试今日开始报名\n\n株洲日报讯(全媒体记者/孙晓静)有需要报名书画等级考试的考生们注意了。\n\n"
        + "2024年3月9日 星期六 第02版 要闻\n\n“宝妈计划”帮带孩妈妈找工作\n\n株洲日报讯(全媒体记者/何春林)3月8日,荷塘区开展了招聘会。\n";
    ParsedIssue issue = parse(text);
    assertThat(titles(issue)).containsExactly("书画等级考试今日开始报名", "“宝妈计划”帮带孩妈妈找工作");
    assertThat(issue.articles()).extracting(a -> a.paragraphs().get(0).page()).containsExactly(1, 2);
    assertThat(issue.articles()).flatExtracting(Article::paragraphs).extracting(Paragraph::text)
        .noneMatch(t -> t.contains("版"));
  }

  @Test
  void runningHeadsWithoutTheWordBanNumberThePagesAndCloseTheArticleBeforeThem() {
    // invented text in the layouts e-paper extraction leaves: a running head with the page's number
    // bare ("… 星期四 02 要闻", "A03 | 民生 | …"), page staff and a kicker printed with no blank line
    // before the headline, a byline standing alone
    String text = "株洲日报 2024年4月18日 星期四 02 要闻\n\n## 城东新添一座口袋公园\n\n"
        + "株洲日报讯(全媒体记者/龚一帆) 4月17日,荷塘区月塘街道的口袋公园正式开放。\n\n"
        + "公园占地约3000平方米,设有健身步道。\n\n"
        + "A03 | 民生 | 2024.4.18\n责任编辑:许曼 美术编辑:罗岚 校对:卢一\n春耕时节\n田间地头忙备耕\n\n"
        + "本报记者 魏小川\n\n连日来,攸县各乡镇抓住晴好天气,组织农户翻耕土地。\n";
    ParsedIssue issue = parse(text);
    assertThat(titles(issue)).containsExactly("城东新添一座口袋公园", "春耕时节 田间地头忙备耕");
    assertThat(issue.articles()).extracting(a -> a.paragraphs().get(0).page()).containsExactly(2, 3);
    assertThat(issue.articles().get(0).paragraphs()).extracting(Paragraph::text)
        .containsExactly("株洲日报讯(全媒体记者/龚一帆) 4月17日,荷塘区月塘街道的口袋公园正式开放。", "公园占地约3000平方米,设有健身步道。");
    assertThat(issue.articles().get(1).authors()).extracting(Author::name).containsExactly("魏小川");
  }

  @Test
  void aLineWithADateIsARunningHeadOnlyWithAPageNumberOrAWeekdayAndNoSentence() {
    assertThat(Markers.page("2024年5月9日 星期四")).hasValue(0);
    assertThat(Markers.page("05 | 城事 | 2024.5.9")).hasValue(5);
    assertThat(Markers.page("2024年4月18日 星期四 B2 文化")).hasValue(2);
    assertThat(Markers.page("2024年4月18日,全市12个项目集中开工")).isEmpty();
    assertThat(Markers.page("2024年4月18日")).isEmpty();
    assertThat(Markers.page("2024年计划建成30个口袋公园")).isEmpty();
  }

  // The layouts below are invented, in the shapes e-paper extraction gives; their people have rare
  // surnames on purpose.

  @Test
  void bylinesAndSignaturesPrintedInTheHeadlinesBlockAreNoPartOfTheHeadline() {
    String text = "义务教育招生\n城区公办小学下月起网上报名\n记者 童砚秋 实习生 戚明远\n\n"
        + "4月17日,记者从市教育局获悉,城区公办小学下月起网上报名。\n\n"
        + "“家门口”的共享书房\n\n文/图 蒯若宁\n\n4月15日晚上8点,社区的共享书房里坐满了人。\n\n"
        + "株洲观察\n让夜校的灯常亮\n□甄思远\n\n办夜校不难,难的是办得长久。\n\n"
        + "(作者单位:石峰区人力资源和社会保障局)\n\n"
        + "## 半程马拉松月底开跑\n\n株洲日报讯(记者 费鸣谦) 4月17日,记者从市体育局获悉,比赛月底开跑。\n";
    ParsedIssue issue = parse(text);
    assertThat(titles(issue)).containsExactly("义务教育招生 城区公办小学下月起网上报名", "“家门口”的共享书房",
        "株洲观察 让夜校的灯常亮", "半程马拉松月底开跑");
    assertThat(issue.articles()).extracting(a -> a.authors().stream().map(Author::signedName).toList())
        .containsExactly(List.of("童砚秋", "戚明远"), List.of("蒯若宁"), List.of("石峰区人力资源和社会保障局 甄思远"),
            List.of("费鸣谦"));
    assertThat(issue.articles().get(2).paragraphs()).extracting(Paragraph::text)
        .containsExactly("办夜校不难,难的是办得长久。");
  }

  @Test
  void aLowHeadingOverANewsLeadHeadsAStoryOfItsOwn() {
    String text = "## 一本书 写尽湘江边的老码头\n\n株洲日报讯(全媒体记者/牟若宁) 4月13日,图书《老码头》首发。\n\n"
        + "书中梳理了19处老码头的来历。\n\n### 外卖小哥有了“歇脚驿站”\n\n"
        + "株洲日报讯(全媒体记者/鄢晓澄) 4月16日,芦淞区一处骑手驿站投用。\n\n"
        + "### 驿站怎么用\n\n骑手扫码即可进入,全天开放。\n";
    ParsedIssue issue = parse(text);
    assertThat(titles(issue)).containsExactly("一本书 写尽湘江边的老码头", "外卖小哥有了“歇脚驿站”");
    // a low heading over plain text is still a section
    assertThat(issue.articles().get(1).paragraphs()).extracting(Paragraph::kind)
        .containsExactly(ParagraphKind.BODY, ParagraphKind.SUBHEAD, ParagraphKind.BODY);
  }

  @Test
  void pictureNewsWithABracketedCreditAfterASignedStoryIsItsOwnArticle() {
    String text = "一季度外贸进出口增长17.6%\n\n株洲日报讯(全媒体记者/鄢晓澄) 4月17日,记者从海关获悉,外贸增长17.6%。\n\n"
        + "谷雨前 采新茶\n\n4月16日,攸县一处茶场,茶农在茶园里采摘雨前茶。\n(全媒体记者/冼若岚 摄)\n\n"
        + "## “工友夜校”开进厂区\n\n株洲日报全媒体记者/殷嘉树\n\n晚上7点半,厂区二楼的教室里坐满了工人。\n";
    ParsedIssue issue = parse(text);
    assertThat(titles(issue)).containsExactly("一季度外贸进出口增长17.6%", "谷雨前 采新茶", "“工友夜校”开进厂区");
    Article picture = issue.articles().get(1);
    assertThat(picture.paragraphs()).extracting(Paragraph::kind).containsExactly(ParagraphKind.CAPTION);
    assertThat(picture.authors()).extracting(Author::name, Author::photographer).containsExactly(tuple("冼若岚", true));
  }

  @Test
  void mastheadsContentsBoxesAndFoliosAreNoArticleText() {
    String text = "2024年4月18日 星期四 农历甲辰年三月初十 今日4版\n\n春季森林防火进入“百日攻坚”\n\n"
        + "株洲日报讯(全媒体记者/鄢晓澄) 4月17日,记者从市林业局获悉,春季森林防火进入攻坚期。\n\n"
        + "导读\n\n城区公办小学下月起网上报名 02版\nAED进小区 关键时刻能“救命” 03版\n\n"
        + "3\n\n2024.04.18 星期四 | 04 | 综合\n\n一季度新增经营主体2.4万户\n\n"
        + "株洲日报讯(全媒体记者/鄢晓澄) 一季度,全市新增经营主体2.4万户。\n";
    ParsedIssue issue = parse(text);
    assertThat(titles(issue)).containsExactly("春季森林防火进入“百日攻坚”", "一季度新增经营主体2.4万户");
    assertThat(issue.articles()).extracting(a -> a.paragraphs().size()).containsExactly(1, 1);
    // the masthead counts the issue's pages ("今日4版"): no page's number
    assertThat(issue.articles()).extracting(a -> a.paragraphs().get(0).page()).containsExactly(0, 4);
  }

  @Test
  void numberedPartsAndQuestionAndAnswerTurnsStayInsideTheirArticle() {
    String text = "我市第二批汽车消费补贴下月起申领\n\n株洲日报讯(全媒体记者/宗予安) 为促进汽车消费,第二批补贴下月起申领。\n\n"
        + "一、补贴对象\n\n在本市购买新车并上牌的个人消费者。\n\n二、补贴标准\n\n按发票价格分档补贴。\n\n"
        + "政策问答\n\n问：参加过第一批的还能领吗？\n\n答：能，以购车发票日期为准。\n\n问：补贴多久能到账？\n\n"
        + "答：审核通过后15个工作日内发放。\n";
    ParsedIssue issue = parse(text);
    assertThat(titles(issue)).containsExactly("我市第二批汽车消费补贴下月起申领");
    assertThat(issue.articles().get(0).paragraphs()).extracting(Paragraph::kind).containsExactly(ParagraphKind.BODY,
        ParagraphKind.SUBHEAD, ParagraphKind.BODY, ParagraphKind.SUBHEAD, ParagraphKind.BODY, ParagraphKind.SUBHEAD,
        ParagraphKind.BODY, ParagraphKind.BODY, ParagraphKind.BODY, ParagraphKind.BODY);
  }

  @Test
  void pagesNumberedWithALetterCarryAStoryAcrossPagesAndEmphasisIsNoPartOfAHeadline() {
    String text = "2024年5月9日 星期四 第A01版：要闻\n\n# 无人机送药上山 只要18分钟\n\n株洲日报全媒体记者/湛清如\n\n"
        + "5月7日上午,一架物流无人机从县城起飞,18分钟后降落在山村。（下转A04版）\n\n"
        + "A03 | 民生 | 2024.5.9\n\n**社区有了“共享工具箱”**\n\n株洲日报讯（全媒体记者/庞嘉言）社区的共享工具箱投用。\n\n"
        + "（上接A01版）\n\n### 一笔账算出“飞”的底气\n\n无人机每飞一个架次,成本不到20元。\n\nA04\n";
    ParsedIssue issue = parse(text);
    // the page of the rest is misread (its number is printed only at its foot), yet its mark names the first part's page
    assertThat(titles(issue)).containsExactly("无人机送药上山 只要18分钟", "社区有了“共享工具箱”", "无人机送药上山 只要18分钟");
    assertThat(issue.articles()).extracting(Article::continuation).containsExactly(false, false, true);
    assertThat(issue.articles()).extracting(a -> a.paragraphs().get(0).page()).containsExactly(1, 3, 3);
    assertThat(issue.articles().get(2).authors()).extracting(Author::name).containsExactly("湛清如");
  }

  @Test
  void aHeadlinePrintedUnderTheLastLineOfAStoryStartsTheNextOneAndABracketedBylineAtTheEndCreditsIt() {
    String text = "要闻 01 2024年7月11日 星期四\n主汛期·城市排涝观察\n一场暴雨过后\n老城区的积水点为啥“不见了”\n——荷塘区易涝片区改造见闻\n\n"
        + "□ 本报记者 谌雨桥 通讯员 岳 晗\n\n7月8日凌晨,一场短时强降雨袭击市区。\n\n"
        + "## 我市启动夏季“送清凉”行动\n\n本报讯 7月10日,市总工会启动夏季“送清凉”行动。\n\n"
        + "今年还将新建80家服务站点。（记者 庹文静）\n暑运首日 全市铁路发送旅客4.6万人次\n\n"
        + "株洲日报讯（记者 谌雨桥）7月1日,暑运启动。\n";
    ParsedIssue issue = parse(text);
    assertThat(titles(issue)).containsExactly(
        "主汛期·城市排涝观察 一场暴雨过后 老城区的积水点为啥“不见了” ——荷塘区易涝片区改造见闻",
        "我市启动夏季“送清凉”行动", "暑运首日 全市铁路发送旅客4.6万人次");
    assertThat(issue.articles()).extracting(a -> a.authors().stream().map(Author::name).toList())
        .containsExactly(List.of("谌雨桥", "岳晗"), List.of("庹文静"), List.of("谌雨桥"));
    assertThat(issue.articles().get(1).paragraphs()).extracting(Paragraph::text)
        .containsExactly("本报讯7月10日,市总工会启动夏季“送清凉”行动。", "今年还将新建80家服务站点。");
  }

  @Test
  void numberedPhotosUnderTheirHeadlineWithOneCreditArePictureNews() {
    String text = "## 上半年全市新增城镇就业3.42万人\n\n7月10日,记者从市人社局获悉,上半年全市新增城镇就业3.42万人。\n\n"
        + "暑期“爱心托管班”开班了\n\n图① 7月9日,槐荫社区托管班里,志愿者带孩子做风筝。\n图② 同日,小学托管班上,大学生辅导作业。\n\n"
        + "今年暑假,全市共开设公益性暑期托管班214个。\n摄影/郗晓帆\n\n## 我市启动夏季“送清凉”行动\n\n本报讯 7月10日,行动启动。\n";
    ParsedIssue issue = parse(text);
    assertThat(titles(issue)).containsExactly("上半年全市新增城镇就业3.42万人", "暑期“爱心托管班”开班了", "我市启动夏季“送清凉”行动");
    Article picture = issue.articles().get(1);
    assertThat(picture.paragraphs()).extracting(Paragraph::kind).containsOnly(ParagraphKind.CAPTION);
    assertThat(picture.authors()).extracting(Author::name, Author::photographer).containsExactly(tuple("郗晓帆", true));
    assertThat(issue.articles().get(0).authors()).isEmpty();
  }

  @Test
  void untitledItemsUnderABriefColumnALetterAndAnEditorialKeepTheirHeadsAndSigners() {
    String text = "## 红旗路沿线8个老旧小区改造启动\n\n本报讯（通讯员 岳晗）7月9日,改造项目开工。\n\n"
        + "一句话新闻\n\n**醴陵**　7月9日,醴陵市首座24小时城市书房开放。\n\n**茶陵**　茶陵县今年新建高标准农田3.8万亩。\n\n"
        + "读者来信\n楼下夜宵摊的油烟和吵闹\n能不能管一管\n\n编辑同志：\n\n我家住在一个临街的老小区,一到夏天就吵到半夜。\n\n"
        + "芦淞区 熊丽萍\n\n记者追踪：区城管执法局已约谈摊主。\n\n"
        + "## 治涝,既要“面子”更要“里子”\n\n本报评论员\n\n一场暴雨过后,老城区的积水点“不见了”。\n";
    ParsedIssue issue = parse(text);
    assertThat(titles(issue)).containsExactly("红旗路沿线8个老旧小区改造启动", "一句话新闻",
        "读者来信 楼下夜宵摊的油烟和吵闹 能不能管一管", "治涝,既要“面子”更要“里子”");
    assertThat(issue.articles().get(1).paragraphs()).hasSize(2);
    Article letter = issue.articles().get(2);
    assertThat(letter.authors()).extracting(Author::signedName).containsExactly("芦淞区 熊丽萍");
    assertThat(letter.paragraphs()).extracting(Paragraph::text).last().isEqualTo("记者追踪：区城管执法局已约谈摊主。");
    assertThat(issue.articles().get(3).authors()).extracting(Author::name).containsExactly("本报评论员");
  }

  @Test
  void aPictureWithItsCreditFirstAQuestionHeadlineAndPageFurnitureOfOtherKinds() {
    String text = "## 今冬首场寒潮来袭 出行请注意防寒保暖！\n\n本报讯 受强冷空气影响,我市将迎来今冬首场寒潮。\n\n"
        + "初冬采油茶\n易 湘平 摄\n11月18日,攸县一处油茶林里,村民们正在采摘油茶果。\n\n"
        + "## 一周两次,“助浴车”开进老小区\n\n记者 尹秋实/文 包一帆/图\n\n11月19日下午,一辆助浴车停在老宿舍楼下。\n\n"
        + "天一冷,电动车为啥“跑不远”？\n\n最近,不少新能源车主发现,天气一冷,续航就“缩水”了。\n\n记者 万书衡\n\n"
        + "天气预报 今天：小雨转阴,7℃～13℃\n\n广告 某某楼盘样板间开放 热线：0731-00000000\n\n"
        + "本版责任编辑 屈思齐 / 美编 柴可欣 / 校对 隋一丁\n\n◆今日看点\n天冷烤火,这些安全问题要当心 A2\n一颗油茶果的“增值账” A3\n\n"
        + "## 外婆的腌菜坛\n\n立冬一过,外婆就要把腌菜坛子搬出来。\n\n（作者系醴陵市青泉中学教师 程疏影）\n";
    ParsedIssue issue = parse(text);
    assertThat(titles(issue)).containsExactly("今冬首场寒潮来袭 出行请注意防寒保暖！", "初冬采油茶", "一周两次,“助浴车”开进老小区",
        "天一冷,电动车为啥“跑不远”？", "外婆的腌菜坛");
    assertThat(issue.articles()).extracting(a -> a.authors().stream().map(x -> x.signedName() + (x.photographer() ? " 摄" : "")).toList())
        .containsExactly(List.of(), List.of("易湘平 摄"), List.of("尹秋实", "包一帆 摄"), List.of("万书衡"), List.of("醴陵市青泉中学教师 程疏影"));
    assertThat(issue.articles().get(3).paragraphs()).extracting(Paragraph::text)
        .containsExactly("最近,不少新能源车主发现,天气一冷,续航就“缩水”了。");
  }
}
