package dev.newsbot.retrieval.ingest;

import static dev.newsbot.retrieval.ingest.Excerpts.kinds;
import static dev.newsbot.retrieval.ingest.Excerpts.parse;
import static dev.newsbot.retrieval.ingest.Excerpts.titles;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The block shapes {@code BlockReader} tells apart (labels, subheads, captions, photo credits, lists), seen
 * through the parser's paragraphs, from excerpts of the seed issues.
 */
class IssueParserBlocksTest {

  /** 001: a news lead, and a photo caption with its credit on a line of its own. */
  static final String CAPTION = """
      今年,市总工会 要帮3000名职工长本领

      株洲日报讯(全媒体记者/何春林)记者昨从市总工会获悉,今年将通过技能培训、职业介绍、创业扶持等服务,帮助不少于3000名职工提升就业创业技能。

      2023年,市总工会开展家政服务、育婴师、直播带货等"一户一产业工人"培训18期,帮助1252名困难职工和农民工实现就业;举办"石峰杯"轨道交通、"火炬杯"新能源汽车、重点产业、重要行业和省市重点项目等各级各类劳动和技能竞赛2400余场,参赛职工达28.3万人。

      2024年,市总工会将以"创新成果转化年"活动为抓手,巩固和创新"一户一产业工人"培养工程,因地制宜开展技能培训、职业介绍、创业扶持、政策宣讲等服务,帮助不少于3000名职工提升就业创业技能;依托市县两级工人文化宫、职工服务中心等阵地,开辟"春风行动"固定服务区;打造"工益职创"品牌,培育精品职工创业项目,推动职工劳动竞赛、技能比武、科技创新等活动向小微企业等非公经济体拓展,扶持30家小微企业创业取得成效。





      我市陶瓷产业职工技能竞赛现场(资料图)。

      全媒体记者/何春林 摄
      """;

  /** 001: a sentence cut by two photo captions; the second caption has its credit on the same line. */
  static final String CAPTION_WITH_CREDIT = """
      学堂冲片区作为老旧小区,有59栋房屋,7000多名居民。因基础设施老化,下水道堵塞严重,居民一直强烈呼吁改造。为此,五矿二十三冶建设集团第二工程有限公司(以下简称"二公司")于2020年利用三供一业改造结余的300多万元资金,



      1月24日,学堂冲二村5栋旁下水道堵塞,污水漫出井盖,脏乱不堪。



      3月8日,经过疏通,学堂冲二村5栋旁下水道不再冒污水。 记者/姚时美 摄

      实施改造。改造完成后,学堂冲片区的下水管网将 字现雨污分流。
      """;

  /** 000: a kicker over a "#" headline, five captions each with its credit on the next line, the byline. */
  static final String CAPTIONS_OVER_CREDITS = """
      盘点我市去年就业创业亮点工作

      # 力促就业创业 2023年株洲很拼



      全市就业专干培训现场。 \s
      记者/何春林 摄



      第十届“技能天下”大赛陶瓷比拼现场。 \s
      记者/何春林 摄



      “春风行动”招聘会现场。 \s
      记者/何春林 摄



      株洲市“智汇潇湘·才聚株洲”引才专场走进贵州大学。 \s
      记者/何春林 摄



      公益培训,提升劳动者技能。 \s
      记者/何春林 摄

      株洲日报全媒体记者/何春林 \s
      通讯员/颜小波

      就业是最大民生。2023年,国内经济呈现分化型弱复苏状态,高校毕业生数量再创新高,部分岗位专业性结构不合理,供需矛盾依旧存在……面对挑战,我市奋发作为,稳企拓岗,支持创新创业,做优公共服务,推进技能提升,城镇新增就业人数、新增农村劳动力转移就业人数均超过年度目标任务,全市就业创业主要指标运行平稳、企业用工总体稳定、重点群体保障有力。过去一年,株洲就业创业领域有哪些亮点工作和新闻?我们一起来回顾。
      """;

  /** 002: an article, a photo story, and a news lead followed by a caption with its credit on the same line. */
  static final String LEAD_BEFORE_PHOTO = """
      “母亲健康快车”驶入醴陵

      株洲日报讯(全媒体记者/易楚瞳 通讯员/杨媛) 近日,由全国妇联、国务院妇儿工委共同主办的公益项目“母亲健康快车”驶入醴陵市白兔潭镇中心卫生院,将改善当地妇女儿童医疗条件,缩短偏远地区到医院的距离。

      “母亲健康快车”是由全国妇联和国务院妇儿工委共同主办,中国妇女发展基金会承办的一项大型公益项目,项目于2003年在北京启动。20年来,“母亲健康快车”项目围绕国家方针政策,坚持“送健康理念、送健康知识、送健康服务”的宗旨,开展“车辆捐赠、爱心巡诊、医生培训、两癌防治”一体化的健康公益服务,为各地妇女儿童提供了便利的医疗和保健服务。

      目前全省共有86辆“母亲健康快车”,我市2辆“母亲健康快车”分别落地在醴陵市、茶陵县基层医疗机构。快车通过开展义诊咨询、健康教育、疾病检查、基层医师培训及运送危重病人等多种服务形式,往返穿梭在项目实施地区基层乡镇的街头巷尾、田间地头,在降低妇科病发病率、孕产妇及婴幼儿死亡率,积极配合妇女“两癌”(宫颈癌、乳腺癌)免费检查项目,提高妇女和家庭健康意识、提升基层妇幼保健服务能力等方面发挥独特作用。

      非遗绽魅力 文化润人心



      近日,石峰区清水塘街道报亭社区网格员组织社区党员和志愿者,举办了一场以“非遗传承、巧手剪纸”为主题的文明实践活动,邀请市非遗项目“李映明剪纸艺术”传承人李伟静现场教学。大家从纸张折叠到剪法,一步步认真学习,一幅幅活灵活现的剪纸作品很快就制作完成,不仅培养了居民的兴趣爱好,丰富了社区的娱乐生活,还增进了邻里友情,拉近了彼此之间的距离。

      株洲日报全媒体记者/周圆 通讯员/朱春华 摄

      54场“春风行动” 让9000余人上岗

      株洲日报讯(全媒体记者/何春林) 春风温暖早行人。1至2月,54场“春风行动”招聘成效显著,服务企业3000余家次,提供岗位7万余个,吸引入场求职人员4.33万人次,初步达成求职意向9000余人。



      我市“春风行动”招聘会现场。记者/何春林 摄

      纾困解难 助企业实现开门红

      春节刚过,企业复工复产按下“快进键”,招人成为当务之急。包括中车、株冶、南方公司、麦格米特、长城计算机等在内的企业用人需求显示,既需要大量普工,也需要技术研发人才。
      """;

  /** 002: a list of phone numbers, a page-turn line, a short sentence. */
  static final String LIST_THEN_SHORT_SENTENCE = """
      株洲生态环境公众号

      - 市生态环境局:12369
      - 市执法支队支队长袁理:19973366056
      - 荷塘分局局长周应和:19973366029
      - 芦淞分局局长刘本敦:19973366009
      - 天元分局局长文红武:18073329772
      - 石峰分局局长李青山:19973366026
      - 炎陵分局局长熊湘斌:18073329912
      - 茶陵分局局长刘永新:19892119915
      - 醴陵分局局长张友学:19313289985
      - 淞口分局局长周毅:19873335811
      - 攸县分局局长景钊:19313289801
      - 株洲经开区企业服务局副局长彭兆君:19573360892

      ◀◀上接01版

      在株洲,不仅有一个主机厂加一个研究单位的“厂所结合”领跑优势,更有着“国企带民企、大手牵小手”的大中小企业融通协同发展优势,让每一次新产品、新技术、新领域的突破,都实现了倍增效益。

      好的产业生态就是如此,互相成就。
      """;

  /** 004: the end of the issue, lists of names under numbered headings. */
  static final String NAME_LISTS = """
      ## 相关链接

      ## 1. 株洲市第十届“技能天下”职业技能大赛冠军(15名)

      漆志、马双智、杨放晃、殷峰、谭刚、李雪、董晨阳、王小倩、张拓、张华、张璟、龙干、周倩玉、苏鹏、肖家豪

      ## 2. 株洲市职业技能大赛十年匠心奖人员(10名)

      王斌、贾恒旦、彭志强、文照辉、许贤杰、何飞迎、宾和明、宋唯壁、邓金龙、盛金龙

      ## 3. 2023年株洲市技能大师人员(10名)

      文献、周峰、肖乾亮、左立良、杜捷、欧阳王彬、刘斌、谭国林、李伟、林威
      """;

  @Test
  void bylineLabelsAndSubheads() {
    ParsedIssue issue = parse(Excerpts.LABELS);
    assertThat(titles(issue)).containsExactly("耗资300万元改造下水道 不通反堵");
    Article article = issue.articles().get(0);
    assertThat(article.byline()).isEqualTo("株洲日报全媒体记者/姚时美");
    assertThat(kinds(article)).containsExactly(ParagraphKind.LABEL, ParagraphKind.BODY, ParagraphKind.LABEL,
        ParagraphKind.SUBHEAD, ParagraphKind.BODY, ParagraphKind.BODY);
    assertThat(article.paragraphs()).extracting(Paragraph::text).element(0).isEqualTo("【呼声】");
    assertThat(article.paragraphs().get(1).text()).isEqualTo("芦淞区贺家土街道大塘冲社区学堂冲二村居民:自下水道改造后,"
        + "小区多处下水道反复堵塞,已持续数月,污水横流、臭气扑鼻。我们迫切希望有关部门尽快查明原因、疏通管道,早日恢复小区正常生活环境。");
    assertThat(article.paragraphs().get(2).text()).isEqualTo("【目击】");
    assertThat(article.paragraphs().get(3)).isEqualTo(new Paragraph(4, ParagraphKind.SUBHEAD,
        Excerpts.LABELS.indexOf("改造没一年"), Excerpts.LABELS.indexOf("多处污水外流") + 6, "改造没一年多处污水外流", 0));
  }

  @Test
  void aCaptionBeforeItsPhotoCreditAndANewsLeadAfterATitle() {
    ParsedIssue issue = parse(CAPTION);
    assertThat(titles(issue)).containsExactly("今年,市总工会 要帮3000名职工长本领");
    Article article = issue.articles().get(0);
    assertThat(article.byline()).isEqualTo("株洲日报讯(全媒体记者/何春林)");
    assertThat(article.authors()).containsExactly(new Author("全媒体记者", "", "何春林", false));
    assertThat(kinds(article)).containsExactly(ParagraphKind.BODY, ParagraphKind.BODY, ParagraphKind.BODY,
        ParagraphKind.CAPTION);
    assertThat(article.paragraphs().get(3)).isEqualTo(new Paragraph(4, ParagraphKind.CAPTION,
        CAPTION.indexOf("我市陶瓷"), CAPTION.indexOf("(资料图)。") + 6, "我市陶瓷产业职工技能竞赛现场(资料图)。", 0));
    // the credit is no paragraph, and the article ends with the caption
    assertThat(article.end()).isEqualTo(article.paragraphs().get(3).end());
  }

  @Test
  void aKickerLineOverAHeadingIsPartOfTheTitle() {
    ParsedIssue issue = parse(CAPTIONS_OVER_CREDITS);
    assertThat(titles(issue)).containsExactly("盘点我市去年就业创业亮点工作 力促就业创业 2023年株洲很拼");
    Article article = issue.articles().get(0);
    assertThat(article.start()).isZero();
    assertThat(article.byline()).isEqualTo("株洲日报全媒体记者/何春林 通讯员/颜小波");
    assertThat(article.paragraphs()).last().extracting(Paragraph::text).asString()
        .startsWith("就业是最大民生。2023年,国内经济呈现分化型弱复苏状态");
  }

  @Test
  void aCaptionBetweenThePiecesOfABrokenSentenceIsKept() {
    Article article = parse(CAPTION_WITH_CREDIT).articles().get(0);
    assertThat(article.paragraphs()).filteredOn(p -> p.kind() == ParagraphKind.CAPTION).extracting(Paragraph::text)
        .first().isEqualTo("1月24日,学堂冲二村5栋旁下水道堵塞,污水漫出井盖,脏乱不堪。");
  }

  @Test
  void aCaptionWithItsCreditInTheSameBlockIsKept() {
    Article article = parse(CAPTION_WITH_CREDIT).articles().get(0);
    assertThat(article.paragraphs()).filteredOn(p -> p.kind() == ParagraphKind.CAPTION).extracting(Paragraph::text)
        .hasSize(2)
        .last().asString().startsWith("3月8日,经过疏通,学堂冲二村5栋旁下水道不再冒污水。");
    Article photos = parse(CAPTIONS_OVER_CREDITS).articles().get(0);
    assertThat(photos.paragraphs()).filteredOn(p -> p.kind() == ParagraphKind.CAPTION).extracting(Paragraph::text)
        .hasSize(5)
        .first().asString().startsWith("全市就业专干培训现场。");
  }

  @Test
  void aNewsLeadFollowedByAPhotoStillStartsItsArticle() {
    ParsedIssue issue = parse(LEAD_BEFORE_PHOTO);
    assertThat(titles(issue)).contains("54场“春风行动” 让9000余人上岗");
    Article article = issue.articles().stream().filter(a -> a.title().startsWith("54场")).findFirst().orElseThrow();
    assertThat(article.byline()).isEqualTo("株洲日报讯(全媒体记者/何春林)");
    assertThat(article.paragraphs().get(0).kind()).isEqualTo(ParagraphKind.BODY);
    assertThat(article.paragraphs().get(0).text()).startsWith("株洲日报讯(全媒体记者/何春林)春风温暖早行人。");
  }

  @Test
  void aShortListUnderTheLastHeadingIsKept() {
    ParsedIssue issue = parse(NAME_LISTS);
    assertThat(issue.articles().stream().flatMap(a -> a.paragraphs().stream()).map(Paragraph::text))
        .contains("文献、周峰、肖乾亮、左立良、杜捷、欧阳王彬、刘斌、谭国林、李伟、林威");
  }

  @Test
  void listsOfNamesLongerThanATitleAreBody() {
    ParsedIssue issue = parse(NAME_LISTS);
    assertThat(issue.articles()).extracting(Article::title).startsWith(
        "相关链接 1. 株洲市第十届“技能天下”职业技能大赛冠军(15名)", "2. 株洲市职业技能大赛十年匠心奖人员(10名)");
    assertThat(issue.articles().get(1).paragraphs()).singleElement().extracting(Paragraph::text)
        .isEqualTo("王斌、贾恒旦、彭志强、文照辉、许贤杰、何飞迎、宾和明、宋唯壁、邓金龙、盛金龙");
  }

  @Test
  void listItemsAreNeverTitlesAndTheStoryContinuedFromAnotherPageIsAnArticleOfItsOwn() {
    ParsedIssue issue = parse(LIST_THEN_SHORT_SENTENCE);
    assertThat(titles(issue)).containsExactly("株洲生态环境公众号", "上接01版：在株洲,不仅有一个主机厂加一个研究单位的…");
    Article list = issue.articles().get(0);
    assertThat(kinds(list)).containsExactly(ParagraphKind.BODY);
    assertThat(list.paragraphs().get(0).text()).startsWith("-市生态环境局:12369 -市执法支队支队长袁理:19973366056 -荷塘分局")
        .endsWith("-株洲经开区企业服务局副局长彭兆君:19573360892");
    Article rest = issue.articles().get(1);
    assertThat(rest.continuation()).isTrue();
    assertThat(kinds(rest)).containsExactly(ParagraphKind.BODY, ParagraphKind.BODY);
    assertThat(rest.start()).isEqualTo(LIST_THEN_SHORT_SENTENCE.indexOf("在株洲,不仅有"));
    assertThat(rest.paragraphs().get(1).text()).isEqualTo("好的产业生态就是如此,互相成就。");
  }
}
