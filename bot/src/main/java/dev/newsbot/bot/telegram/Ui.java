package dev.newsbot.bot.telegram;

import dev.newsbot.retrieval.text.Language;
import java.util.Locale;

/** The bot's own words, in Chinese or English: the language of the question, or of the user's app. */
enum Ui {
  CHINESE,
  ENGLISH;

  static Ui of(Language language) {
    return language == Language.ENGLISH ? ENGLISH : CHINESE;
  }

  /** From Telegram's {@code language_code} of the user's app: English for "en…", Chinese otherwise. */
  static Ui ofLanguageCode(String code) {
    return code != null && code.toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : CHINESE;
  }

  private String pick(String zh, String en) {
    return this == ENGLISH ? en : zh;
  }

  String sourcesHeading() {
    return pick("出处：", "Sources:");
  }

  String notFoundFor() {
    return pick("没有找到：", "Not found: ");
  }

  String sourceButton(int n) {
    return "[" + n + "] " + pick("原文", "Source");
  }

  String thanks(boolean up) {
    return up ? pick("谢谢反馈！👍", "Thanks for the feedback! 👍") : pick("谢谢反馈，我们会改进。👎",
        "Thanks, we will look into it. 👎");
  }

  String tooFast(int perMinute) {
    return pick("提问有点太快了：每人每分钟最多 " + perMinute + " 个问题。请过一会儿再问。",
        "You are asking a little too fast: at most " + perMinute + " questions a minute. Please try again shortly.");
  }

  String tooLong(int length, int max) {
    return pick("这个问题太长了（" + length + " 个字）。请把问题缩短到 " + max + " 个字以内再发。",
        "That question is too long (" + length + " characters). Please keep it under " + max + " characters.");
  }

  String textOnly() {
    return pick("我只能回答文字提问。请直接发一句话问报纸上的内容，或发送 /help 查看用法。",
        "I can only answer questions sent as text. Ask about the news in a sentence, or send /help.");
  }

  String uploadsAdminsOnly() {
    return pick("只有管理员可以上传报纸文件。请直接用文字提问。",
        "Only admins can upload issues of the paper. Please ask your question as text.");
  }

  String askUsage() {
    return pick("用法：/ask 你的问题，例如 /ask 这次下雪市区积雪有多厚？",
        "Usage: /ask your question, for example /ask How thick was the snow in the city?");
  }

  String unknownCommand() {
    return pick("没有这个命令。发送 /help 查看我能做什么。", "I don't know that command. Send /help to see what I can do.");
  }

  String buttonInvalid() {
    return pick("这个按钮已失效。", "This button is no longer valid.");
  }

  String notYourAnswer() {
    return pick("只有提问的人可以评价这个回答。", "Only the person who asked can rate this answer.");
  }

  String paragraphGone() {
    return pick("这一期已经更新，无法显示整段。当时引用的原文是：", "That issue has changed since; the quote as it was cited:");
  }

  String paragraphLabel(int n) {
    return pick("第" + n + "段", "paragraph " + n);
  }

  String issueFileLabel() {
    return pick("文件：", "Issue file: ");
  }

  String dateUnknown() {
    return pick("日期不详", "date unknown");
  }

  String inferred() {
    return pick("（推断）", " (inferred)");
  }

  String somethingWentWrong() {
    return pick("抱歉，回答时出了问题。请稍后再试。", "Sorry, something went wrong while answering. Please try again later.");
  }
}
