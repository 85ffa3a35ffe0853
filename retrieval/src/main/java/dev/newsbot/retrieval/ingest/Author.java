package dev.newsbot.retrieval.ingest;

/**
 * One person an article credits: a reporter or correspondent of its byline ("全媒体记者/马文章"),
 * the author who signed it ("市委党校管理学教研部 邓莹璐"), or who took its photo ("记者/何春林 摄").
 *
 * @param role         the byline's role ("全媒体记者", "通讯员"), or "" for a signed author
 * @param unit         where a signed author works ("市委党校管理学教研部", "网友"), or ""
 * @param name         the person's name
 * @param photographer true when the credit is for a photo
 */
public record Author(String role, String unit, String name, boolean photographer) {

  /** "市委党校管理学教研部 邓莹璐" for a signed author, the bare name otherwise. */
  public String signedName() {
    return unit.isEmpty() ? name : unit + " " + name;
  }
}
