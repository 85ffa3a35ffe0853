package dev.newsbot.retrieval.ingest;

import static dev.newsbot.retrieval.ingest.Excerpts.kinds;
import static dev.newsbot.retrieval.ingest.Excerpts.parse;
import static dev.newsbot.retrieval.ingest.Excerpts.titles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsbot.retrieval.text.Whitespace;
import org.junit.jupiter.api.Test;

/** Articles, titles, bylines, paragraphs and their offsets, from excerpts of the seed issues. */
class IssueParserTest {

  /** 000: two articles under markdown headings; a column break repeats "瓦。" before "目前". */
  static final String HEADINGS = """
      ## 打好雨雪冰冻灾害“阻击战”

      株洲日报讯(全媒体记者/马文章) 1月20日,市委常委、常务副市长阳望平率队调度雨雪冰冻天应对防范工作,并对重点行业、重点时段防范应对工作做安排部署。

      气象预报显示,我市于1月22日凌晨2点开始降雪,主要区域分布在市区和醴陵,积雪可达6至8厘米。预计23日起,本轮降雪过程结束,气温回升。

      来到国网株洲电力调度控制中心,阳望平详细询问了我市电力保供、人员值班值守、输电线路隐患排查等情况。受强冷空气影响,我市最大用电负荷量逐步攀升,预计本轮寒潮期间,株洲地区最高负荷量将达到255万千瓦。

      瓦。目前,全市总体供电能力能满足要求。

      在雨雪冰冻天气防范应对工作视频调度会议上,市减灾委成员单位汇报了应对本轮低温雨雪冰冻灾害天气情况,并对下阶段工作进行了安排部署。

      阳望平要求,市减灾委成员单位要精准监测天气变化,多渠道、高密度发布预警预报信息;要严格按照应急响应要求,对重点行业、重点区域、重点人群要细化工作部署,全力保障全市水、电、气、油供应有序;要持续深入开展“敲门行动”,防范“一氧化碳中毒”“小火灾”等事故发生,确保人民群众安全温暖度过此轮寒潮。

      ## 始终绷紧消防安全弦

      株洲日报讯(全媒体记者/马文章) 1月20日,市委常委、常务副市长阳望平率队前往芦淞服饰市场群、学校督查消防安全工作。
      """;

  /** 000: a "#" headline with a "##" subtitle, a byline over two lines, a "###" subhead. */
  static final String KICKER_HEADING = """
      # 庚续“水口建党”精神 勇当公安火车头

      ## ——市公安局全面激活队伍建设内生“引擎”走笔

      株洲日报全媒体记者/沈全华 齐卫国 \s
      通讯员/夏文涛 杨超

      警徽熠熠,心向党;初心如磐,新征程。

      1月10日,株洲警民共庆第4个中国人民警察节。

      这边,市县公安机关纷纷举行升警旗仪式,重温人民警察誓词,定下新年目标——心无旁骛争当公安火车头;那边,辖区群众带着一面面鲜红旗来到基层所队,为公安民警破案挽损、服务便民点赞加油。

      近年来,全市公安机关坚持以习近平新时代中国特色社会主义思想为指导,锚定“全省前茅,全国一流,争当公安火车头”目标,聚焦“四个铁一般”的要求,全面激活队伍建设内生“引擎”,为公安工作现代化提供坚实的人才保障。

      ### 铸牢忠诚警魂 让党旗高高飘扬战斗一线

      “党旗红”引领“公安蓝”,株洲公安坚持政治建设,以党建为龙头带一流队伍,以党员为先锋创一流业绩。
      """;

  /** 001: plain title lines; a kicker over its title; a sentence broken by a column break. */
  static final String PLAIN_TITLES = """
      "工作项目化"

      株洲这一改革经验获全省推介

      株洲日报讯(全媒体记者/王娜) 3 月8日,全省自然资源改革工作现场观摩及经验交流会在株洲召开。会上,株洲市自然资源和规划局创新探索的"工作项目化"改革经验获全省推介。省自然资源厅党组书记、厅长、省自然资源总督察李全胜出席会议并讲话。

      省自然资源厅党组成员、副厅长邓建华、欧阳志军,副市长刘飞勇,省委改革办二级巡视员唐超雄参加会议。

      会上,株洲市自然资源和规划局

      创新探索的"工作项目化"改革经验获全省推介。2022年,该局提出以现代企业管理理念,打通企业和群众办事的堵点、卡点,推出以"大部制、扁平化"为主要内容的"工作项目化"改革,得到省委主要领导批示认可。

      李全胜指出,要准确把握当前改革工作面临的形势和问题,锚定深化改革的价值取向和正确方向,坚持问题导向和目标导向,确保自然资源"高效办成一件事"改革蹄疾步稳、行稳致远,推深做实自然资源领域改革工作。

      书画等级考试今日开始报名

      株洲日报讯(全媒体记者/孙晓静)有需要报名书画等级考试的考生们注意了,2024年上半年教育部教育考试院书画等级考试于3月11日开始报名。考生可在3月11日9:00至4月8日16:00登录中国教育考试网报名。

      此次考试采取个人网报方式,第一次报名需完成注册后再进行报考。 准考证打印时间为5月10日9:00至5 月19日14:00,考试时间为5月18日至 5月19日(具体考试时间以准考证为准)。开考科目分为毛笔书法、硬笔书法、素描、色彩、动漫画、国画(人物、山水、花鸟)。各科目均开考1至9级。

      值得注意的是,开设了书画专业的大、中专院校,师范类高校,有书画特色的中、小学可申报指定考点;书法、美术培训机构,青少年宫,有书法、美术社团的大、中、小学也可申报指定报名点。
      """;

  /** 002: opinion pieces whose author signs under the headline. */
  static final String SIGNED_UNDER_TITLE = """
      唱好研发“双城计” 加快培育新质生产力

      市委党校 易理

      省委、省政府提出将长沙建设成为全球研发中心城市,蕴含深远战略考量。作为长株潭都市圈重要一极的株洲,科技创新底蕴深厚、资源集聚,培育发展新质生产力优势明显。为此建议:

      一是唱好研发“双城计”。积极融入长沙,在基础研究、共性技术突破、中试基地建设上加强科研合作,支持本土企业到长沙抢滩布局,深度对接联系长沙高校的科研资源,组建研发团队和平台,建好一批孵化器、加速器,推动长沙研发成果在株洲转化,株洲技术创新问题用长沙资源解决,吸引更多在长沙成长的创新创业团队到株洲发展。

      二是发挥“厂所结合”优势。紧密结合创新链和产业链,抓好国家重点实验室重组和力能实验装置、航空发动机冰风洞装置等建设,支持陶瓷研究所打造“四中心一基地”,实施关键技术攻关项目,支持重点企业“揭榜挂帅”,承担国家重大专项,突破一批“卡脖子”技术,实现更多“从0到1”的突破和“从1到N”的升级。

      三是加强产学研用协同创新。以开展“创新成果转化年”活动为契机,有效解决成果转化率低和“不能转”“不会转”“不敢转”“不愿转”问题。推进部市共建、市校联动,加强产教融合、科教融汇,加快九都山职教科创提质升级,推进国家市域产教联合体建设。

      推动硬质合金 产业数字化转型 助力硬质合金强国建设

      荷塘区 徐涛

      一是强化政府引导。以龙头企业为牵引推动数字化转型工作落地。发挥政府引领作用,组织专家团队和优秀的系统解决方案提供商,以龙头企业为样板,开展数字化转型工作的诊断评估工作,评估数字化在企业研发设计、生产制造、经营管理和市场服务等环节的应用情况,提出合理可行的数字化转型改造建议和方案,以实现生产要素数据在感知、制造过程自主调控、运营管理最优、决策水平大幅提高为最终目标,为行业高质量发展提供有力支撑。

      二是搭建合作平台。深入开展数字化转型供需对接,在龙头企业打造典型的数字化转型智能化标杆场景和工厂,培育数字化转型标杆示范企业。
      """;

  /** 003: an untitled opinion piece signed at its end, then the next piece's headline. */
  static final String SIGNED_AT_END = """
      坚持文明强市，推进城乡精神文明建设融合发展。要充分发挥城乡精神文明建设不平衡、不充分问题，统筹推进文明培育、文明实践、文明创建，为“培育制造名城、建设幸福株洲”提供强大精神力量。第一，推进城乡文化事业走深走实。着力增强乡村文化发展内生力，利用好乡村人文底蕴深厚、工艺资源丰富、自然生态秀美等优势，将优势资源融入产品与服务开发，推动文旅产业链与价值链的跃迁。第二，强化城乡要素资源互联互通。推进乡村人才振兴规划编制，提升人才资源配置效率，建立人才定期互派服务乡村制度，健全城乡资本投资体制机制，助推县融媒体中心建设扩容提质。第三，促进城乡精神文明建设质量再升级。积极探索共建型、帮扶型、互补型文明创建结对模式，综合运用组织宣讲、公益广告、文艺作品等引领培育时代新风尚，弘扬株洲“工匠”“劳模”精神、“建政先河”“建军摇篮”精神。完善城乡公共文化服务网络，加强图书馆、博物馆、文化馆等公共文化设施梯级建设，全面提升文明实践工作质效。

      市委党校管理学教研部 邓莹璐

      坚定不移推动株洲 全面从严治党向纵深发展

      办好中国的事情，关键在党、关键在全面从严治党。省委书记沈晓明在株洲调研时强调，要推动主题教育见行见效，加强干部队伍建设，夯实基层组织，营造风清气正的政治生态，在推进全面从严治党上有新作为。全市上下应深入贯彻落实重要指示精神，坚定不移推动全面从严治党向纵深发展，为加快实现“三高四新”美好蓝图，大力培育制造名城、加快建设幸福株洲提供坚强保障。
      """;

  @Test
  void markdownHeadingsStartArticlesAndAreTheirTitles() {
    ParsedIssue issue = parse(HEADINGS);
    assertThat(titles(issue)).containsExactly("打好雨雪冰冻灾害“阻击战”", "始终绷紧消防安全弦");
    Article first = issue.articles().get(0);
    assertThat(first.ordinal()).isEqualTo(1);
    assertThat(first.start()).isEqualTo(HEADINGS.indexOf("打好雨雪"));
    assertThat(first.byline()).isEqualTo("株洲日报讯(全媒体记者/马文章)");
    assertThat(kinds(first)).containsOnly(ParagraphKind.BODY).hasSize(6);
    assertThat(first.paragraphs().get(0).text()).startsWith("株洲日报讯(全媒体记者/马文章) 1月20日,市委常委、常务副市长阳望平");
    assertThat(first.end()).isEqualTo(HEADINGS.indexOf("确保人民群众安全温暖度过此轮寒潮。") + "确保人民群众安全温暖度过此轮寒潮。".length());
    Article second = issue.articles().get(1);
    assertThat(second.ordinal()).isEqualTo(2);
    assertThat(second.start()).isEqualTo(HEADINGS.indexOf("始终绷紧消防安全弦"));
    assertThat(second.end()).isEqualTo(HEADINGS.length() - 1);
  }

  @Test
  void theFragmentRepeatedAfterAColumnBreakIsSkipped() {
    Article article = parse(HEADINGS).articles().get(0);
    Paragraph before = article.paragraphs().get(2);
    Paragraph after = article.paragraphs().get(3);
    assertThat(before.text()).endsWith("株洲地区最高负荷量将达到255万千瓦。");
    assertThat(after).isEqualTo(new Paragraph(4, ParagraphKind.BODY, HEADINGS.indexOf("瓦。目前") + 2,
        HEADINGS.indexOf("瓦。目前") + "瓦。目前,全市总体供电能力能满足要求。".length(), "目前,全市总体供电能力能满足要求。", 0));
  }

  @Test
  void aHeadlineAndItsSubtitleHeadingAreOneTitleAndTheBylineIsNoParagraph() {
    ParsedIssue issue = parse(KICKER_HEADING);
    assertThat(titles(issue)).containsExactly("庚续“水口建党”精神 勇当公安火车头——市公安局全面激活队伍建设内生“引擎”走笔");
    Article article = issue.articles().get(0);
    assertThat(article.start()).isEqualTo(KICKER_HEADING.indexOf("庚续"));
    assertThat(article.byline()).isEqualTo("株洲日报全媒体记者/沈全华 齐卫国 通讯员/夏文涛 杨超");
    assertThat(article.authors()).extracting(Author::role, Author::name).containsExactly(
        tuple("全媒体记者", "沈全华"), tuple("全媒体记者", "齐卫国"), tuple("通讯员", "夏文涛"), tuple("通讯员", "杨超"));
    assertThat(kinds(article)).containsExactly(ParagraphKind.BODY, ParagraphKind.BODY, ParagraphKind.BODY,
        ParagraphKind.BODY, ParagraphKind.SUBHEAD, ParagraphKind.BODY);
    assertThat(article.paragraphs().get(0)).isEqualTo(new Paragraph(1, ParagraphKind.BODY,
        KICKER_HEADING.indexOf("警徽熠熠"), KICKER_HEADING.indexOf("新征程。") + 4, "警徽熠熠,心向党;初心如磐,新征程。", 0));
    assertThat(article.paragraphs().get(4).text()).isEqualTo("铸牢忠诚警魂让党旗高高飘扬战斗一线");
  }

  @Test
  void aMarkdownSubheadsSpanIsItsText() {
    Paragraph subhead = parse(KICKER_HEADING).articles().get(0).paragraphs().get(4);
    assertThat(subhead.text()).isEqualTo(Whitespace.normalize(KICKER_HEADING.substring(subhead.start(), subhead.end())));
    assertThat(subhead.start()).isEqualTo(KICKER_HEADING.indexOf("铸牢忠诚警魂"));
  }

  @Test
  void plainTitleLinesAndAKickerJoinedToItsTitle() {
    ParsedIssue issue = parse(PLAIN_TITLES);
    assertThat(titles(issue)).containsExactly("\"工作项目化\" 株洲这一改革经验获全省推介", "书画等级考试今日开始报名");
    Article first = issue.articles().get(0);
    assertThat(first.start()).isZero();
    assertThat(first.byline()).isEqualTo("株洲日报讯(全媒体记者/王娜)");
    assertThat(first.paragraphs()).hasSize(4);
    assertThat(first.paragraphs().get(0).start()).isEqualTo(PLAIN_TITLES.indexOf("株洲日报讯(全媒体记者/王娜)"));
    Article second = issue.articles().get(1);
    assertThat(second.start()).isEqualTo(PLAIN_TITLES.indexOf("书画等级考试今日开始报名"));
    assertThat(second.byline()).isEqualTo("株洲日报讯(全媒体记者/孙晓静)");
    assertThat(second.paragraphs()).extracting(Paragraph::n).containsExactly(1, 2, 3);
    assertThat(second.paragraphs().get(0).text())
        .startsWith("株洲日报讯(全媒体记者/孙晓静)有需要报名书画等级考试的考生们注意了,2024年上半年");
  }

  @Test
  void aSentenceBrokenAtAColumnIsOneParagraphSpanningBothPieces() {
    Paragraph joined = parse(PLAIN_TITLES).articles().get(0).paragraphs().get(2);
    int start = PLAIN_TITLES.indexOf("会上,株洲市自然资源和规划局\n");
    int end = PLAIN_TITLES.indexOf("得到省委主要领导批示认可。") + "得到省委主要领导批示认可。".length();
    assertThat(joined).isEqualTo(new Paragraph(3, ParagraphKind.BODY, start, end,
        "会上,株洲市自然资源和规划局创新探索的\"工作项目化\"改革经验获全省推介。2022年,该局提出以现代企业管理理念,"
            + "打通企业和群众办事的堵点、卡点,推出以\"大部制、扁平化\"为主要内容的\"工作项目化\"改革,得到省委主要领导批示认可。", 0));
  }

  @Test
  void anAuthorSignedUnderTheHeadlineIsItsByline() {
    ParsedIssue issue = parse(SIGNED_UNDER_TITLE);
    assertThat(titles(issue)).containsExactly("唱好研发“双城计” 加快培育新质生产力", "推动硬质合金 产业数字化转型 助力硬质合金强国建设");
    assertThat(issue.articles()).extracting(Article::byline).containsExactly("市委党校 易理", "荷塘区 徐涛");
    assertThat(issue.articles().get(0).paragraphs()).hasSize(4);
    assertThat(issue.articles().get(0).paragraphs().get(0).text()).startsWith("省委、省政府提出将长沙建设成为全球研发中心城市");
    assertThat(issue.articles().get(1).paragraphs()).extracting(p -> p.text().substring(0, 9))
        .containsExactly("一是强化政府引导。", "二是搭建合作平台。");
  }

  @Test
  void anAuthorSignedAtTheEndClosesTheArticleAndTheNextTitleStartsANewOne() {
    ParsedIssue issue = parse(SIGNED_AT_END);
    assertThat(issue.articles()).hasSize(2);
    Article signed = issue.articles().get(0);
    assertThat(signed.byline()).isEqualTo("市委党校管理学教研部 邓莹璐");
    assertThat(signed.authors()).containsExactly(new Author("", "市委党校管理学教研部", "邓莹璐", false));
    // no headline: the first words stand in for it
    assertThat(signed.title()).isEqualTo("坚持文明强市，推进城乡精神文明建设融合发…");
    assertThat(signed.start()).isZero();
    Article next = issue.articles().get(1);
    assertThat(next.title()).isEqualTo("坚定不移推动株洲 全面从严治党向纵深发展");
    assertThat(next.byline()).isEmpty();
    assertThat(next.start()).isEqualTo(SIGNED_AT_END.indexOf("坚定不移推动株洲"));
    assertThat(next.paragraphs()).hasSize(1);
  }

  @Test
  void textBeforeAnyTitleIsAnArticleNamedByItsFirstWords() {
    String text = "\n\n" + "近日,天元区雷打石镇先锋村党委、株洲公交发展股份有限公司第四党支部联合开展支部共建活动。\n";
    ParsedIssue issue = parse(text);
    assertThat(issue.articles()).singleElement().satisfies(a -> {
      assertThat(a.title()).isEqualTo("近日,天元区雷打石镇先锋村党委、株洲公交…");
      assertThat(a.start()).isEqualTo(2);
      assertThat(a.byline()).isEmpty();
    });
  }

  @Test
  void anEmptyIssueHasNoArticlesAndNoReadableText() {
    ParsedIssue issue = parse("\n \n");
    assertThat(issue.articles()).isEmpty();
    assertThat(issue.hasReadableText()).isFalse();
    assertThat(parse("1.\n\n2024-01-21\n").hasReadableText()).isFalse();
  }
}
