package dev.newsbot.bot.reliability;

import dev.newsbot.bot.testkit.FakeBotApi.Call;
import dev.newsbot.bot.testkit.FakeBotApi;
import dev.newsbot.bot.testkit.FakeMethods;
import dev.newsbot.bot.testkit.TelegramHtml;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Everything the bot tried to show users in a run (every sendMessage and editMessageText, failed
 * tries included, and every button notice), checked as Telegram and a reader would: valid HTML,
 * at most 4096 characters, not blank, no stack trace or Java internals, no token.
 *
 * @param messages    message texts checked
 * @param notices     button notices checked
 * @param invalidHtml texts Telegram's HTML parser would refuse
 * @param overLimit   texts over 4096 characters, or notices over 200
 * @param blank       empty or blank texts
 * @param internals   texts showing a stack trace, an exception or a Java class
 * @param token       calls whose parameters hold the token
 * @param longest     the longest message text, in characters
 * @param examples    the first few problems, for the failure message
 */
record WhatUsersSee(int messages, int notices, int invalidHtml, int overLimit, int blank, int internals, int token,
    int longest, List<String> examples) {

  /** What a stack trace or an exception looks like to a reader. */
  static final Pattern INTERNALS = Pattern.compile("(?m)^\\s*at [\\w$.]+\\(|Caused by:|\\b[A-Z]\\w*Exception\\b"
      + "|\\b(?:java|javax|sun|jdk|okhttp3|dev\\.newsbot|org\\.(?:telegram|sqlite|slf4j)|com\\.fasterxml)\\.[a-z]"
      + "|\\.java:\\d+");

  static WhatUsersSee of(List<Call> calls) {
    int messages = 0;
    int notices = 0;
    int invalidHtml = 0;
    int overLimit = 0;
    int blank = 0;
    int internals = 0;
    int token = 0;
    int longest = 0;
    List<String> examples = new ArrayList<>();
    for (Call c : calls) {
      if (c.params().toString().contains(FakeBotApi.SECRET)) {
        token++;
        note(examples, "token in " + c.method());
      }
      boolean message = c.method().equals("sendmessage") || c.method().equals("editmessagetext");
      boolean notice = c.method().equals("answercallbackquery");
      if (!message && !notice) {
        continue;
      }
      String text = notice ? c.params().path("text").asText("") : c.text();
      String html = "HTML".equals(c.params().path("parse_mode").asText()) ? text : null;
      String visible = html == null ? text : TelegramHtml.visible(html);
      if (message) {
        messages++;
        longest = Math.max(longest, text.length());
        if (text.isBlank()) {
          blank++;
          note(examples, "blank message");
        }
        if (text.length() > FakeMethods.MAX_TEXT) {
          overLimit++;
          note(examples, "message of " + text.length() + " characters");
        }
        String problem = html == null ? null : TelegramHtml.problem(html);
        if (problem != null) {
          invalidHtml++;
          note(examples, "invalid HTML (" + problem + "): " + cut(text));
        }
      } else {
        notices++;
        if (text.length() > FakeMethods.MAX_CALLBACK_TEXT) {
          overLimit++;
          note(examples, "notice of " + text.length() + " characters");
        }
      }
      if (INTERNALS.matcher(visible).find()) {
        internals++;
        note(examples, "internals shown: " + cut(visible));
      }
    }
    return new WhatUsersSee(messages, notices, invalidHtml, overLimit, blank, internals, token, longest,
        List.copyOf(examples));
  }

  int problems() {
    return invalidHtml + overLimit + blank + internals + token;
  }

  private static void note(List<String> examples, String what) {
    if (examples.size() < 10) {
      examples.add(what);
    }
  }

  private static String cut(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }
}
