package dev.newsbot.retrieval.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** The people of credits, from the seed issues' own lines. */
class BylinesTest {

  @Test
  void aBylineOverTwoLinesNamesEveryReporterAndCorrespondent() {
    assertThat(Bylines.read("株洲日报全媒体记者/沈全华 齐卫国  \n通讯员/夏文涛 杨超"))
        .extracting(Author::role, Author::name)
        .containsExactly(tuple("全媒体记者", "沈全华"), tuple("全媒体记者", "齐卫国"), tuple("通讯员", "夏文涛"),
            tuple("通讯员", "杨超"));
  }

  @Test
  void namesGluedToTheNextRoleAndRolesInsideNamesAreToldApart() {
    // 004 "杨如通讯员/…"; "马文章" and "夏文涛" hold 文, which is a role only before a slash ("文/图")
    assertThat(Bylines.read("株洲日报全媒体记者/杨如通讯员/谭红冰 周奕江 摄"))
        .extracting(Author::role, Author::name, Author::photographer)
        .containsExactly(tuple("全媒体记者", "杨如", true), tuple("通讯员", "谭红冰", true), tuple("通讯员", "周奕江", true));
    assertThat(Bylines.read("全媒体记者/马文章")).extracting(Author::name).containsExactly("马文章");
    assertThat(Bylines.read("株洲日报全媒体记者/何春林 文/图")).extracting(Author::name).containsExactly("何春林");
    assertThat(Bylines.read("记者 蒲思远 通讯员 戴晓岚")).extracting(Author::role, Author::name)
        .containsExactly(tuple("记者", "蒲思远"), tuple("通讯员", "戴晓岚"));
  }

  @Test
  void aNewsLeadsBracketedBylineAndWhereItEnds() {
    String lead = "株洲日报讯(全媒体记者/王烽 通讯员/崔林) 如果你发现身边存在污染环境";
    assertThat(Bylines.lead(lead)).hasValueSatisfying(l -> {
      assertThat(l.end()).isEqualTo(lead.indexOf(')') + 1);
      assertThat(l.authors()).extracting(Author::name).containsExactly("王烽", "崔林");
    });
    assertThat(Bylines.lead("株洲日报(全媒体记者/杨凌霄) 12月23日,芦淞区个体私营企业协会")).isPresent();
    // brackets that hold no byline are no lead
    assertThat(Bylines.lead("株洲日报(资料图)记者昨从市总工会获悉")).isEmpty();
  }

  @Test
  void signaturesAreAUnitAndANameOrANameAlone() {
    assertThat(Bylines.signature("市委党校管理学教研部 邓莹璐")).contains(new Author("", "市委党校管理学教研部", "邓莹璐", false));
    assertThat(Bylines.signature("网友 张书乐")).contains(new Author("", "网友", "张书乐", false));
    assertThat(Bylines.signature("何春林")).contains(new Author("", "", "何春林", false));
    // a slogan, a place and a section are none
    assertThat(Bylines.signature("权威资讯 尽在掌握")).isEmpty();
    assertThat(Bylines.signature("石峰区")).isEmpty();
    // after a unit, a name with a rare surname signs too; a unit-less pair of words does not
    assertThat(Bylines.signature("石峰区 晁雨宁")).contains(new Author("", "石峰区", "晁雨宁", false));
    assertThat(Bylines.signature("株洲观察 让灯常亮")).isEmpty();
    // marks, affiliations and the editorial voice
    assertThat(Bylines.signature("□甄思远")).contains(new Author("", "", "甄思远", false));
    assertThat(Bylines.signature("(作者单位:石峰区人社局)")).contains(new Author("", "石峰区人社局", "", false));
    assertThat(Bylines.signature("常佩瑶(作者系市委党校教师)")).contains(new Author("", "市委党校教师", "常佩瑶", false));
    assertThat(Bylines.signature("本报评论员")).contains(new Author("", "", "本报评论员", false));
    assertThat(Bylines.signature("融媒·观察")).isEmpty();
  }

  @Test
  void pageStaffIsNoAuthor() {
    assertThat(Bylines.isPageStaff("责任编辑:王建设 美术编辑:张武")).isTrue();
    assertThat(Bylines.isPageStaff("制图:谭俊杰")).isTrue();
    assertThat(Bylines.isPageStaff("株洲日报全媒体记者/姚时美")).isFalse();
    assertThat(Bylines.isPageStaff("编辑部的故事")).isFalse();
  }
}
