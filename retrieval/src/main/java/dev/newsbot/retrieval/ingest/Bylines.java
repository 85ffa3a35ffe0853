package dev.newsbot.retrieval.ingest;

import dev.newsbot.retrieval.text.Lexicon;
import dev.newsbot.retrieval.text.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the people out of an article's credits: bylines ("株洲日报全媒体记者/沈全华 齐卫国",
 * "记者 张三 通讯员 李四"), the byline inside a news lead ("株洲日报讯(全媒体记者/王娜)"), photo
 * credits ("记者/何春林 摄") and signatures ("市委党校 易理", "网友 张书乐"). Roles, surnames and the
 * characters names seldom end with are word lists ({@link Lexicon}), not rules about one paper.
 */
public final class Bylines {

  private static final Pattern ROLE = Pattern.compile(Lexicon.alternation("byline-roles"));
  private static final Pattern STAFF = Pattern.compile(Lexicon.alternation("page-staff"));
  /** "株洲日报讯(", "本报讯（", "新华社长沙4月2日电(", "株洲日报(": a news lead opening its byline. */
  private static final Pattern LEAD = Pattern.compile(
      "^\\s*(?:[\\p{IsHan}]{0,16}?(?:日报|晚报|都市报|商报|时报|报|社|台|网|电)讯?|本报讯|本报)\\s*[(（]([^)）]{2,80})[)）]");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s、，,;；]+");
  /** A signature: a unit (or "网友"), a space, a name ("民革湖南科技职业学院支部 易为欢"). */
  private static final Pattern SIGNATURE = Pattern.compile("^([\\p{IsHan}·]{2,20})[ \\t\u3000]+([\\p{IsHan}]{2,4})$");

  /**
   * Where a signed author works, at a commentary's end: "(作者单位:某区某局)", "某某（作者系某校教师）";
   * group 1 the name before it, if any, group 2 the unit.
   */
  private static final Pattern AFFILIATION = Pattern.compile(
      "^([\\p{IsHan}]{2,4})?\\s*[(（]\\s*作者(?:单位\\s*[:：]|系|为|是)\\s*([^()（）]{2,40})[)）]$");
  private static final Pattern UNIT_THEN_NAME = Pattern.compile("(\\S{2,30})\\s+([\\p{IsHan}]{2,4})");
  /** An author's name after the mark commentaries print before it: "□甄思远", "◎ 何某". */
  private static final Pattern MARKED = Pattern.compile("^[□■◎●○◆◇]\\s*([\\p{IsHan}]{2,4})$");

  /** The paper's editorial voice, signing a commentary: "本报评论员", "特约评论员". */
  private static final Pattern EDITORIAL = Pattern.compile("^(?:" + Lexicon.rule("signatures", "editorial-voice").pattern() + ")$");

  /** "尹秋实/文 包一帆/图": a name, then its role after a slash, as some pages print credits. */
  private static final Pattern NAME_THEN_ROLE = Pattern.compile("([\\p{IsHan}]{2,4})\\s*[/／]\\s*(文|图|摄影|摄像)(?=\\s|$)");

  private Bylines() {}

  /** The people of a byline or photo credit; empty when it names none. */
  public static List<Author> read(String byline) {
    String text = NAME_THEN_ROLE.matcher(byline.strip().replaceAll("[()（）\\[\\]【】]", " ").replaceFirst("^[□■◎◇◆●○]", "").strip())
        .replaceAll("$2/$1");
    boolean photo = text.endsWith("摄");
    if (photo) {
      text = text.substring(0, text.length() - 1);
    }
    List<Author> out = new ArrayList<>();
    Matcher m = ROLE.matcher(text);
    List<int[]> roles = new ArrayList<>();
    while (m.find()) {
      if (m.end() == text.length() || "/／:：".indexOf(text.charAt(m.end())) >= 0
          || Character.isWhitespace(text.charAt(m.end()))) {
        roles.add(new int[] {m.start(), m.end()}); // "马文章" holds no role 文: a role stands before a separator
      }
    }
    for (int k = 0; k < roles.size(); k++) {
      String role = text.substring(roles.get(k)[0], roles.get(k)[1]);
      int to = k + 1 < roles.size() ? roles.get(k + 1)[0] : text.length();
      String names = text.substring(roles.get(k)[1], to).replaceFirst("^[/／:：\\s]+", "");
      for (String token : joinedNames(SEPARATORS.split(names))) {
        if (Names.isNameWhereOneIsDue(token)) {
          out.add(new Author(role, "", token, photo || role.startsWith("摄") || role.equals("图") || role.equals("图片")));
        }
      }
    }
    if (roles.isEmpty() && photo) {
      for (String token : joinedNames(SEPARATORS.split(text.replaceAll("[/／:：]", " ").strip()))) {
        if (Names.isNameWhereOneIsDue(token)) {
          out.add(new Author("", "", token, true));
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * The tokens of a list of names, a lone character joined to the one after it: typesetting puts a
   * space inside a two-character name ("岳 晗", "王 玺"), and nobody's name is one character.
   */
  static List<String> joinedNames(String[] tokens) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < tokens.length; k++) {
      String t = tokens[k];
      if (t.length() == 1 && Character.isIdeographic(t.codePointAt(0)) && k + 1 < tokens.length
          && tokens[k + 1].length() <= 2) {
        out.add(t + tokens[++k]);
      } else {
        out.add(t);
      }
    }
    return out;
  }

  /** The byline inside a news lead ("株洲日报讯(全媒体记者/王娜 通讯员/周士杰)"), if the text opens with one. */
  public static Optional<Lead> lead(String paragraph) {
    Matcher m = LEAD.matcher(paragraph);
    if (!m.find()) {
      return Optional.empty();
    }
    List<Author> authors = read(m.group(1));
    return authors.isEmpty() ? Optional.empty() : Optional.of(new Lead(m.end(), authors));
  }

  /**
   * A news lead's opening: where its byline ends in the paragraph and whom it names.
   *
   * @param end     offset in the paragraph after the closing bracket
   * @param authors the people it names
   */
  public record Lead(int end, List<Author> authors) {}

  /**
   * A signature line: a unit and a name ("市委党校管理学教研部 邓莹璐", "网友 张书乐"), or a name
   * alone ("何春林").
   */
  public static Optional<Author> signature(String line) {
    String s = line.strip();
    Matcher affiliation = AFFILIATION.matcher(s);
    if (affiliation.matches()) {
      String name = affiliation.group(1) == null ? "" : affiliation.group(1);
      Matcher inside = UNIT_THEN_NAME.matcher(affiliation.group(2).strip());
      if (name.isEmpty() && inside.matches() && Names.isNameWhereOneIsDue(inside.group(2))) {
        return Optional.of(new Author("", inside.group(1), inside.group(2), false)); // "（作者系某校教师 某某）"
      }
      return name.isEmpty() || Names.isNameWhereOneIsDue(name)
          ? Optional.of(new Author("", affiliation.group(2).strip(), name, false)) : Optional.empty();
    }
    if (EDITORIAL.matcher(s).matches()) {
      return Optional.of(new Author("", "", s, false)); // "本报评论员": the paper's own voice signs it
    }
    Matcher marked = MARKED.matcher(s);
    if (marked.matches()) {
      return Names.isNameWhereOneIsDue(marked.group(1)) ? Optional.of(new Author("", "", marked.group(1), false))
          : Optional.empty();
    }
    if (isName(s)) {
      return Optional.of(new Author("", "", s, false));
    }
    Matcher m = SIGNATURE.matcher(s);
    boolean named = m.matches() && (isName(m.group(2))
        || (Names.endsLikeUnit(m.group(1)) && Names.isNameWhereOneIsDue(m.group(2)))); // "石峰区 晁雨宁"
    if (named && !ROLE.matcher(m.group(1)).find() && !STAFF.matcher(m.group(1)).find()) {
      return Optional.of(new Author("", m.group(1), m.group(2), false));
    }
    return Optional.empty();
  }

  /**
   * A credit line and nothing else ("记者/姚时美 摄", "株洲日报全媒体记者/何春林 文/图"): short, no full stop
   * or comma, naming people after a role or before "摄". No sentence to quote.
   */
  public static boolean isCredit(String text) {
    String t = text.strip();
    return t.length() <= 40 && t.indexOf('。') < 0 && t.indexOf('，') < 0 && t.indexOf(',') < 0 && !read(t).isEmpty()
        && (t.endsWith("摄") || ROLE.matcher(t).find());
  }

  /** A line of page staff ("责任编辑:王建设 美术编辑:王玺", "制图:谭俊杰"): no article's author. */
  public static boolean isPageStaff(String line) {
    String s = line.strip().replaceFirst("^本版", "");
    Matcher m = STAFF.matcher(s);
    if (!m.lookingAt() || s.length() > 60) {
      return false;
    }
    String rest = s.substring(m.end());
    // "编辑:某某", or "编辑 某某 / 美编 某某": a staff word, then a name and another staff word
    return rest.matches("\\s*[:：/].*") || (rest.matches("\\s+\\S.*") && STAFF.matcher(rest).find());
  }

  /** Where a line is page furniture of another kind: an advertisement, a weather box, the imprint. */
  public static boolean isFurnitureLine(String line) {
    return FURNITURE.matcher(line.strip()).lookingAt();
  }

  private static final Pattern FURNITURE = Pattern.compile("^(?:" + Lexicon.alternation("page-furniture") + ")");

  /** A person's name ({@link Names#isName}). */
  public static boolean isName(String s) {
    return Names.isName(s);
  }
}
