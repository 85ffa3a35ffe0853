package dev.newsbot.retrieval.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Which blocks are photo captions: read from the credits around them and the headline above them. */
final class Captions {

  private static final Pattern PHOTO_CREDIT = Pattern.compile("(记者|通讯员|摄影)?[/／]?\\S{1,12}\\s*摄[)）]?$");
  /** The number or place of a photo opening its caption: "图①", "图1", "上图", "左图". */
  private static final Pattern PHOTO_NUMBER = Pattern.compile("^(?:图\\s*[①-⑩0-9一二三四五六]|[上下左右中]图)");

  private Captions() {}

  /**
   * A short block ending in a photo credit is a caption, and so is a short block just before a
   * credit or before such a captioned block (two photos, one credit).
   */
  static List<Block> mark(List<Block> blocks) {
    boolean[] credited = new boolean[blocks.size()];
    for (int k = 0; k < blocks.size(); k++) {
      Block b = blocks.get(k);
      credited[k] = b.kind() == BlockKind.BODY && b.text().length() <= 160 && PHOTO_CREDIT.matcher(b.text()).find();
    }
    for (int k = blocks.size() - 1; k >= 0; k--) {
      // "图① …", "上图 …": the numbered captions of a group of photos, a credit at most two blocks on
      Block b = blocks.get(k);
      if (b.kind() == BlockKind.BODY && b.text().length() <= 320 && PHOTO_NUMBER.matcher(b.text()).lookingAt()
          && creditWithin(blocks, k + 1, 3)) {
        credited[k] = true;
      }
    }
    List<Block> out = new ArrayList<>(blocks);
    for (int k = 0; k < out.size(); k++) {
      Block b = out.get(k);
      boolean overNumberedPhotos = b.kind() == BlockKind.TITLE && k + 1 < out.size()
          && PHOTO_NUMBER.matcher(out.get(k + 1).text()).lookingAt();
      // "初冬采油茶" / "某某 摄" / "11月18日，…": a picture's headline over its credit and caption
      boolean overCreditAndCaption = b.kind() == BlockKind.TITLE && k + 2 < out.size() && BlockReader.isPhotoCredit(out.get(k + 1))
          && out.get(k + 2).kind() == BlockKind.BODY && out.get(k + 2).text().length() <= 200
          && Bylines.lead(out.get(k + 2).text()).isEmpty() && !out.get(k + 2).text().contains("报讯");
      boolean beforeCredit = k + 1 < out.size() && (BlockReader.isPhotoCredit(out.get(k + 1)) || credited[k + 1])
          && (b.kind() == BlockKind.BODY || (b.kind() == BlockKind.TITLE && !isHeadlineOverPhotos(out, k) && !overNumberedPhotos && !overCreditAndCaption))
          && b.text().length() <= 160 && !b.text().contains("日报讯") && Bylines.lead(b.text()).isEmpty();
      if (credited[k] || beforeCredit) {
        out.set(k, b.as(BlockKind.CAPTION));
      }
    }
    return out;
  }

  /**
   * A title line over photos whose story then opens with a news lead ("“技能大师走基层”宣讲 /
   * 他们的梦想被技能大师点亮", photo, caption, "株洲日报(全媒体记者/…)…") is that story's headline,
   * not a caption; so is one printed over two lines.
   */
  private static boolean isHeadlineOverPhotos(List<Block> blocks, int k) {
    if (blocks.get(k).raw().strip().indexOf('\n') >= 0) {
      return true;
    }
    for (int j = k + 1; j < blocks.size() && j <= k + 6; j++) {
      Block b = blocks.get(j);
      if (b.kind() == BlockKind.BODY && PHOTO_CREDIT.matcher(b.text()).find() && b.text().length() <= 160
          || BlockReader.isPhotoCredit(b)) {
        continue;
      }
      return b.kind() == BlockKind.BYLINE || (b.kind() == BlockKind.BODY && Bylines.lead(b.text()).isPresent());
    }
    return false;
  }

  /** A photo credit among the {@code n} blocks from {@code from}, as a block or closing a short one. */
  private static boolean creditWithin(List<Block> blocks, int from, int n) {
    for (int k = from; k < Math.min(blocks.size(), from + n); k++) {
      Block b = blocks.get(k);
      if (BlockReader.isPhotoCredit(b) || (b.kind() == BlockKind.BODY && b.text().length() <= 160 && PHOTO_CREDIT.matcher(b.text()).find())) {
        return true;
      }
    }
    return false;
  }
}
