package dev.newsbot.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbot.retrieval.text.Folding;
import org.junit.jupiter.api.Test;

/** A thing's name asked for: given beside the thing's word, or anywhere when the text never says the word. */
class NamedThingTest {

  private static boolean named(String question, String text) {
    String thing = NamedThing.asked(Folding.fold(question));
    assertThat(thing).as(question).isNotNull();
    return NamedThing.named(Folding.fold(text), thing);
  }

  @Test
  void readsTheThingAskedFor() {
    assertThat(NamedThing.asked(Folding.fold("在哪个APP上能查到班次"))).isEqualTo("app"); // folded: lower case
    assertThat(NamedThing.asked(Folding.fold("她的公众号叫什么名字"))).isEqualTo("公众号");
    assertThat(NamedThing.asked(Folding.fold("首班车几点发车"))).isNull();
  }

  @Test
  void aNameBesideTheThingsWordNamesIt() {
    assertThat(named("他的短视频账号叫什么", "他把修表过程拍成短视频,账号“老周修表铺”已有粉丝3万。")).isTrue();
    assertThat(named("在哪个APP上能查", "市民可在“湘行通”APP上查询实时班次。")).isTrue();
  }

  @Test
  void aTitleFarFromTheThingsWordNamesNothing() {
    assertThat(named("他的短视频账号叫什么",
        "他新编了《江边晚唱》《石桥谣》等4部剧目,还把演出搬上短视频平台,账号粉丝已超过2万。")).isFalse();
  }

  @Test
  void withoutTheThingsWordAnyNameCounts() {
    assertThat(named("在哪个APP上能查", "市民下载“湘行通”即可查询实时班次。")).isTrue();
    assertThat(named("在哪个APP上能查", "市民下载手机软件即可查询实时班次。")).isFalse();
  }
}
