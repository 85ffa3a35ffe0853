package dev.newsbot.retrieval.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.retrieval.text.Sentences;
import dev.newsbot.retrieval.text.Whitespace;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Passages of about 300 characters, cut from real articles. */
class ChunkerTest {

  /** 001: "宝妈计划", five paragraphs of 42 to 170 characters. */
  static final String SHORT_PARAGRAPHS = """
      "宝妈计划"帮带孩妈妈找工作

      株洲日报讯(全媒体记者/何春林 通讯员/周士杰) 3月8日,国际劳动妇 女节,荷塘区开展了"春风行动·百企 万岗"招聘会,并启动了"宝妈计划", 帮助宝妈们实现家门口就业。

      "照顾家庭的同时,又有工作,增加了收入,这是宝妈们共同的心愿。"招聘会现场,市民李丹通过自身经历,邀请大家加入"宝妈计划"。李丹是一位宝妈,平日里需要照顾小孩和家庭,时间碎片化,迟迟没有找到合适的工作。经熟人介绍,她参加了荷塘区举办的"宝妈计划"技能培训班,有了一间门面,主要对接家政服务行业,服务对象就是附近的宝妈们。

      "我们前期搜集了一批工作时间 比较灵活的岗位,适合宝妈们。"荷塘 区人社局相关负责人介绍,"宝妈计划"将招募100名"小区管家",培训内容包括保洁、家务服务、老人护理、育儿,经培训,宝妈们可就近上岗了。

      "这个好,本就是我们擅长的家务活,从事家政服务又增加了一份收入。"求职者聂女士笑道。

      此次招聘会由市人社局主办,荷塘区人社局、总工会、妇联等单位承办。68家企业提供了242个岗位,初步达成求职意向439人。"宝妈计划"一共收集到79条信息,1名市民有创业意向,78名市民有就业意向。同时,荷塘区还通过视频号、抖音直播带岗等形式,线上组织129家企业,为有求职需求的人群提供岗位142个,岗位需求人数408人,八成岗位适合女性。
      """;

  /** 001: a paragraph of over 300 characters under a short title, then a shorter one. */
  static final String LONG_PARAGRAPH = """
      招聘会现场

      2023年,全市开展"春风行动·百企万岗" 大型招聘会、"311就业服务节""云上指导·职 为你来"职业指导、就业服务"三进"等专项活 动,举办招聘会544场,为高校毕业生、农民工 等重点群体提供暖心就业服务,促成6.8万名 劳动者初步达成就业意向;3.55万名在株高校 2023届毕业生就业去向落实率90.29%,高出 全省平均水平。6558位实名制登记离校未就 业高校毕业生就业率96.08%。推行"五创"联 动机制,强化创业服务协同,新发放创业担保 贷款3.57亿元、一次性创业补贴58万元,完成 创业培训9457人,建成创业孵化基地41个。株 洲市(湖南工业大学)大学生创业孵化园跻身 2023年度省级创业孵化基地行列。

      今年,人社部门将持续发挥牵线搭桥作用,深入开展政校企合作,组织优质企业进校园招聘;组织邀请更多的高校毕业生进入本地企业实习与见习;一对一关心帮扶离校未就业大学生;推动创业引领工程,实现湖南工大学子创业培训全覆盖,在大学生心中播下创业的种子,带动大学生就业。
      """;

  private static Article only(String text) {
    ParsedIssue issue = Excerpts.parse(text);
    assertThat(issue.articles()).hasSize(1);
    return issue.articles().get(0);
  }

  @Test
  void shortParagraphsAreKeptTogetherAndTheFirstPassageStartsAtTheHeadline() {
    Article article = only(SHORT_PARAGRAPHS);
    List<Paragraph> p = article.paragraphs();
    List<Chunk> chunks = Chunker.chunk(SHORT_PARAGRAPHS, article);
    assertThat(chunks).extracting(Chunk::paragraph).containsExactly(1, 2, 3, 4);
    assertThat(chunks.get(0)).isEqualTo(new Chunk(1, 1, 0, p.get(0).end(), "\"宝妈计划\"帮带孩妈妈找工作" + p.get(0).text()));
    assertThat(chunks.get(1)).isEqualTo(new Chunk(1, 2, p.get(1).start(), p.get(1).end(), p.get(1).text()));
    assertThat(chunks.get(3)).isEqualTo(new Chunk(1, 4, p.get(3).start(), p.get(4).end(),
        "\"这个好,本就是我们擅长的家务活,从事家政服务又增加了一份收入。\"求职者聂女士笑道。" + p.get(4).text()));
  }

  @Test
  void aLongParagraphIsCutBetweenSentences() {
    Article article = only(LONG_PARAGRAPH);
    Paragraph longOne = article.paragraphs().get(0);
    assertThat(longOne.text()).hasSizeGreaterThan(Chunker.TARGET);
    List<Chunk> chunks = Chunker.chunk(LONG_PARAGRAPH, article);
    assertThat(chunks).extracting(Chunk::paragraph).containsExactly(1, 1, 2);
    assertThat(chunks.get(0).start()).isZero();
    assertThat(chunks.get(0).text()).startsWith("招聘会现场2023年,全市开展\"春风行动·百企万岗\"大型招聘会、\"311就业服务节\"")
        .endsWith("完成创业培训9457人,建成创业孵化基地41个。")
        .hasSizeLessThanOrEqualTo(Chunker.TARGET);
    assertThat(chunks.get(1).text()).isEqualTo("株洲市(湖南工业大学)大学生创业孵化园跻身2023年度省级创业孵化基地行列。");
    assertThat(chunks.get(1).end()).isEqualTo(longOne.end());
    assertThat(LONG_PARAGRAPH.substring(chunks.get(0).end(), chunks.get(1).start())).isBlank();
    assertThat(chunks.get(2).text()).startsWith("今年,人社部门将持续发挥牵线搭桥作用").isEqualTo(article.paragraphs().get(1).text());
  }

  @Test
  void labelsAreLeftOutButTheFirstPassageStillStartsAtTheHeadline() {
    Article article = only(Excerpts.LABELS);
    List<Chunk> chunks = Chunker.chunk(Excerpts.LABELS, article);
    assertThat(chunks).extracting(Chunk::paragraph).containsExactly(2, 4, 6);
    assertThat(chunks.get(0).start()).isZero();
    assertThat(chunks.get(0).text()).startsWith("耗资300万元改造下水道不通反堵株洲日报全媒体记者/姚时美【呼声】芦淞区贺家土街道");
    assertThat(chunks.get(1).start()).isEqualTo(article.paragraphs().get(3).start());
    assertThat(chunks).extracting(Chunk::text).noneMatch(t -> t.contains("【目击】"));
  }

  @Test
  void everyPassageOfTheSeedIssuesIsTheNormalisedTextAtItsOffsetsInsideItsArticle() {
    int passages = 0;
    for (String file : SeedIssues.FILES) {
      ParsedIssue issue = SeedIssues.parse(file);
      String text = issue.text();
      for (Article article : issue.articles()) {
        String where = file + " article " + article.ordinal();
        List<Chunk> chunks = Chunker.chunk(text, article);
        assertThat(chunks).as(where).isNotEmpty();
        assertThat(chunks.get(0).start()).as(where).isEqualTo(article.start());
        int at = article.start();
        for (Chunk c : chunks) {
          passages++;
          assertThat(c.article()).as(where).isEqualTo(article.ordinal());
          assertThat(c.start()).as(where).isGreaterThanOrEqualTo(at);
          assertThat(c.end()).as(where).isGreaterThan(c.start()).isLessThanOrEqualTo(article.end());
          assertThat(c.text()).as(where).isEqualTo(Whitespace.normalize(text.substring(c.start(), c.end())));
          at = c.end();
        }
      }
    }
    assertThat(passages).isGreaterThan(150);
  }

  @Test
  void everyBodyCharacterOfTheSeedIssuesIsInAPassage() {
    for (String file : SeedIssues.FILES) {
      ParsedIssue issue = SeedIssues.parse(file);
      String text = issue.text();
      for (Article article : issue.articles()) {
        List<Chunk> chunks = Chunker.chunk(text, article);
        for (Paragraph p : article.paragraphs()) {
          if (!p.kind().searchable()) {
            continue;
          }
          for (int k = p.start(); k < p.end(); k++) {
            int at = k;
            if (!Whitespace.isSpace(text.charAt(k))) {
              assertThat(chunks).as("%s article %d paragraph %d offset %d", file, article.ordinal(), p.n(), k)
                  .anyMatch(c -> c.start() <= at && at < c.end());
            }
          }
        }
      }
    }
  }

  @Test
  void passagesOfTheSeedIssuesAreAboutThreeHundredCharactersAndCutOnlyAtSentenceEnds() {
    for (String file : SeedIssues.FILES) {
      ParsedIssue issue = SeedIssues.parse(file);
      String text = issue.text();
      for (Article article : issue.articles()) {
        List<Chunk> chunks = Chunker.chunk(text, article);
        for (int k = 0; k < chunks.size(); k++) {
          Chunk c = chunks.get(k);
          String where = file + " article " + article.ordinal() + " passage " + (k + 1);
          Paragraph p = article.paragraphs().get(c.paragraph() - 1);
          if (k > 0) {
            assertThat(c.text().length() <= Chunker.TARGET || Sentences.split(c.text()).size() == 1)
                .as(where + " has " + c.text().length() + " characters").isTrue();
          }
          boolean cutInsideParagraph = c.end() < p.end() && c.end() > p.start();
          if (cutInsideParagraph) {
            List<Sentences.Span> sentences = Sentences.split(text.substring(p.start(), p.end()));
            assertThat(sentences).as(where + " ends between sentences")
                .anyMatch(s -> p.start() + s.end() == c.end());
          }
        }
      }
    }
  }

  @Test
  void aLongParagraphOfIssue003IsCutIntoThreeWholeSentencePassages() {
    ParsedIssue issue = SeedIssues.parse("003_6c0e209a15f5e767.txt");
    Article article = issue.articles().get(1);
    assertThat(article.title()).isEqualTo("坚定不移推动株洲 全面从严治党向纵深发展");
    Paragraph last = article.paragraphs().get(3);
    List<Chunk> cuts = Chunker.chunk(issue.text(), article).stream().filter(c -> c.paragraph() == last.n()).toList();
    assertThat(cuts).hasSize(3);
    assertThat(cuts).allSatisfy(c -> assertThat(c.text()).endsWith("。").hasSizeLessThanOrEqualTo(Chunker.TARGET));
    assertThat(cuts.get(0).start()).isEqualTo(last.start());
    assertThat(cuts.get(2).end()).isEqualTo(last.end());
    assertThat(String.join("", cuts.stream().map(Chunk::text).toList())).isEqualTo(last.text());
  }
}
