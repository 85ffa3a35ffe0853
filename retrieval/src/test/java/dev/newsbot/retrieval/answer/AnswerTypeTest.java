package dev.newsbot.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.retrieval.text.Folding;
import org.junit.jupiter.api.Test;

/** Reading the asked-for kind of fact from a question, and seeing it missing from a text (real seed sentences). */
class AnswerTypeTest {

  private static boolean lacks(String question, String text) {
    return AnswerType.of(Folding.fold(question)).lacksAskedFact(Folding.fold(text));
  }

  @Test
  void aQuestionForMoneyNeedsAnAmountOfMoney() {
    String examNotice = "2024年上半年教育部教育考试院书画等级考试将于6月15日至16日举行,考生可登录网站报名。";
    assertThat(lacks("书画等级考试报名费多少钱", examNotice)).isTrue();
    assertThat(lacks("陈爱科考了焊工证以后一个月挣多少", "顺利应聘到了一家企业,月收入近万元。")).isFalse();
    assertThat(lacks("残疾人家庭的增收物资值多少钱", "发放了价值约6万元的阳光增收物资。")).isFalse();
    assertThat(lacks("How much is the registration fee?", examNotice)).isTrue();
    // a fee asked: an amount of something else is no answer
    String invested = "在“万企兴万村”活动中,株洲青商会会员单位投入资金1200余万元。";
    assertThat(lacks("How much is the chamber's membership fee?", invested)).isTrue();
    assertThat(lacks("青商会入会费多少钱", invested)).isTrue();
    assertThat(lacks("书画等级考试报名费多少钱", "报名费为每科120元。")).isFalse();
  }

  @Test
  void aCountWithAMeasureWordNeedsThatMeasureOrOneUsedLikeIt() {
    assertThat(lacks("全国有多少辆母亲健康快车", "项目已覆盖全国31个省份。")).isTrue();
    assertThat(lacks("名录里收了多少位高技能人才", "收录了我市293名获得过市级以上荣誉高技能人才。")).isFalse();
    assertThat(lacks("专场招聘会办了几场", "举办各类专场招聘会33场。")).isFalse();
    assertThat(lacks("边坡垮了会影响多少户", "将严重危及边坡上、下方共60户居民的生命财产安全。")).isFalse();
  }

  @Test
  void aDateQuestionNeedsADateButAWordWithTimeInItIsNoDateQuestion() {
    assertThat(lacks("京港澳高速扩容什么时候开工", "-京港澳高速长株段扩容工程获批")).isTrue();
    assertThat(lacks("集中受理到什么时候为止", "集中受理时间为今年3月10日至9月10日。")).isFalse();
    assertThat(lacks("建议搞“炎帝时间”的是谁", "建议设立“炎帝时间”,以一年一个主题的方式办展。")).isFalse();
  }

  @Test
  void aQuestionForADayNeedsADayNotJustAYear() {
    String history = "位于石峰区建设北路39号的二汽运小区,建于上个世纪90年代,原管理单位于2009年破产。";
    assertThat(lacks("二汽运小区边坡治理是哪天开工进场的", history)).isTrue();
    assertThat(lacks("二汽运小区边坡治理是哪天开工进场的", "12月1日,边坡治理施工队正式进场。")).isFalse();
    assertThat(lacks("书画等级考试哪两天考", "考试时间为5月18日至5月19日。")).isFalse();
  }

  @Test
  void aQuestionForATelephoneNumberNeedsOne() {
    String notice = "直接向当地生态环境分局局长举报、投诉。";
    assertThat(lacks("生态环境局举报投诉电话多少", notice)).isTrue();
    assertThat(lacks("生态环境局举报投诉电话多少", "-市生态环境局:12369 -荷塘分局局长周应和:19973366029")).isFalse();
    assertThat(lacks("高新朋友圈活动有报名电话吗", "公司内部不少员工都开始报名加入。")).isTrue();
    assertThat(lacks("为什么要直接给局长打电话", notice)).isFalse();
  }

  @Test
  void aQuestionForAnOfficeHolderNeedsThatOfficeOfThatOrganisation() {
    assertThat(lacks("市人社局局长是谁？", "市人社局局长潘友表示,“技能人才是支撑中国制造的重要力量。”")).isFalse();
    assertThat(lacks("株洲市公安局局长是哪位", "市公安局党委书记、局长唐文发展望新年工作。")).isFalse();
    assertThat(lacks("天元生态环境分局局长是谁", "- 天元分局局长文红武:18073322698")).isFalse();
    assertThat(lacks("市生态环境局局长叫什么名字", "- 天元分局局长文红武:18073322698")).isTrue();
    assertThat(lacks("市生态环境局局长叫什么名字", "直接向当地生态环境分局局长举报、投诉。")).isTrue();
    // a deputy answers only a question for a deputy
    assertThat(lacks("天元区发改局副局长是谁", "天元区发改局副局长罗倩妮在活动现场")).isFalse();
    assertThat(lacks("天元区发改局局长是谁", "天元区发改局副局长罗倩妮在活动现场")).isTrue();
    // no organisation in "那个经理": the office alone
    assertThat(lacks("麦格米特管招人的那个经理叫什么", "人力资源部经理刘子龙说。")).isFalse();
  }

  @Test
  void anOfficeHolderIsAnsweredOnlyByANameAfterTheOffice() {
    AnswerType who = AnswerType.of(Folding.fold("天元生态环境分局局长是谁"));
    assertThat(who.lacksExactAnswer(Folding.fold("- 天元分局局长文红武:18073329772"))).isFalse();
    String mention = "请第一时间拿起电话,直接向当地生态环境分局局长举报、投诉。";
    assertThat(who.lacksAskedFact(Folding.fold(mention))).isFalse(); // the paper does speak of the office
    assertThat(who.lacksExactAnswer(Folding.fold(mention))).isTrue(); // but names nobody here
    assertThat(AnswerType.of(Folding.fold("现在的市委书记是谁"))
        .lacksExactAnswer(Folding.fold("350名顶级青年人才今天和市委书记一起在忙啥？"))).isTrue();
  }

  @Test
  void theDateOfAnEventIsAnsweredExactlyByASentenceNamingTheEvent() {
    AnswerType when = AnswerType.of(Folding.fold("学堂冲5栋旁边那段下水道是哪天开挖找到断口的？"));
    String blocked = "1月24日,学堂冲二村5栋旁下水道堵塞,污水漫出井盖,脏乱不堪。";
    assertThat(when.lacksAskedFact(Folding.fold(blocked))).isFalse(); // a day, of something else
    assertThat(when.lacksExactAnswer(Folding.fold(blocked))).isTrue();
    assertThat(when.lacksExactAnswer(Folding.fold("2月2日,他组织开挖,半小时后发现下水道在天然气管道附近被挖断。")))
        .isFalse();
    // "为止" after the question word names no event
    assertThat(AnswerType.of(Folding.fold("这个集中受理到什么时候为止"))
        .lacksExactAnswer(Folding.fold("集中受理时间为今年3月10日至9月10日。"))).isFalse();
  }

  @Test
  void anOrdinalDoesNotAnswerHowMany() {
    assertThat(lacks("How many hospitals does Zhuzhou have?", "第二，构建整合型医疗卫生服务体系。")).isTrue();
    assertThat(lacks("株洲有多少家医院", "全市有十余家三级医院。")).isFalse();
  }

  @Test
  void questionsAskingForNoKindOfFactLackNothing() {
    assertThat(lacks("学堂冲的下水道为什么老堵", "餐馆未及时清理隔油池,油垢流入并沉淀到化粪池。")).isFalse();
  }

  @Test
  void aQuestionForAHeadlineIsRecognised() {
    assertThat(AnswerType.of(Folding.fold("写二汽运边坡的那篇标题叫啥")).asksTitle()).isTrue();
    assertThat(AnswerType.of(Folding.fold("二汽运小区在哪条路上")).asksTitle()).isFalse();
  }

  private static double fit(String question, String text) {
    return AnswerType.of(Folding.fold(question)).fit(Folding.fold(text));
  }

  @Test
  void aCountFitsBestWhereItsNumberCountsTheAskedThing() {
    String q = "那家厂这回招了多少新人";
    // the counted thing itself, a word sharing a character with it, any quantity, a bare 一
    assertThat(fit("那家厂招了多少工人", "通过招聘会招到120名工人,产能回升。")).isEqualTo(1.0);
    assertThat(fit(q, "通过招聘会招到120名新员工,产能回升。")).isEqualTo(0.85);
    assertThat(fit(q, "厂区新建了3条生产线。")).isEqualTo(0.6);
    assertThat(fit(q, "一批批产品先后下线。")).isEqualTo(0.3);
    assertThat(fit(q, "厂里正在调试新设备。")).isEqualTo(0.0);
    // the best quantity of the sentence counts, not its first
    assertThat(fit(q, "一批批产品下线,厂里招到120名新员工。")).isEqualTo(0.85);
  }

  @Test
  void whyOrWhatForAsksForNoNoun() {
    // "为啥一直…" asks for a reason: a sentence holding 一直 is no better fit than another
    assertThat(fit("那条路为啥一直堵着", "路面一直没有恢复。")).isEqualTo(0.0);
    assertThat(fit("那条路为什么一直堵着", "路面一直没有恢复。")).isEqualTo(0.0);
    // "啥网站" still asks for a 网站
    assertThat(fit("在啥网站报名", "考生可登录报名网站报名。")).isEqualTo(1.0);
  }

  @Test
  void anAdverbAfterTheDateQuestionWordNamesNoEventAndFreeIsNoFee() {
    // "到几号就结束": 就 starts no event word, so a day given for the end is an answer; "免费开放" asks no price
    AnswerType type = AnswerType.of(Folding.fold("公益游泳池免费开放到几号就结束了"));
    assertThat(type.lacksAskedFactQuoted(Folding.fold("活动7月15日至8月25日举行。"))).isFalse();
    assertThat(lacks("游泳池门票费多少", "活动7月15日至8月25日举行。")).isTrue();
  }

  @Test
  void aThingsWorthNeedsItsValueNotAFreeService() {
    String free = "快车为妇女开展免费检查,全省已有86辆。";
    assertThat(lacks("健康快车一辆车值多少钱", free)).isTrue();
    assertThat(lacks("健康快车一辆车值多少钱", "每辆快车价值约50万元。")).isFalse();
  }

  @Test
  void aGenericVerbAfterTheDateQuestionWordNamesNoEvent() {
    // "哪天开始改成冬季作息": 改成 says nothing of the event, which the text names otherwise ("执行")
    AnswerType type = AnswerType.of(Folding.fold("中小学哪天开始改成冬季作息"));
    assertThat(type.lacksAskedFactQuoted(Folding.fold("自11月25日起,全市中小学执行冬季作息时间。"))).isFalse();
  }

  @Test
  void howManyReportersWroteItAsksForTheWriters() {
    assertThat(AnswerType.of(Folding.fold("湘江候鸟那篇稿子是哪两个记者写的")).asksCredit()).isEqualTo(Credits.Credit.WRITER);
    assertThat(AnswerType.of(Folding.fold("那张图是哪个记者拍的")).asksCredit()).isEqualTo(Credits.Credit.PHOTO);
  }

  @Test
  void theEventOfADateQuestionMayBeWrittenApart() {
    // "什么时候全部查完": 查完 is written "检查…完成" in the text
    AnswerType type = AnswerType.of(Folding.fold("燃气公司上门查安全,最晚什么时候全部查完"));
    assertThat(type.lacksAskedFactQuoted(Folding.fold("据介绍,入户检查计划于12月15日前全面完成。"))).isFalse();
    assertThat(type.lacksAskedFactQuoted(Folding.fold("据介绍,入户宣传于12月15日开始。"))).isTrue();
  }
}
