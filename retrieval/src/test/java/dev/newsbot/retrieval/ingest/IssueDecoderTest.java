package dev.newsbot.retrieval.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The encodings issue files arrive in, and the files that are refused with a message saying what to send. */
class IssueDecoderTest {

  /** 002, 54场“春风行动”: ASCII digits, commas and brackets among Chinese, and no character U+xx00. */
  static final String EXCERPT = """
      54场“春风行动” 让9000余人上岗

      株洲日报讯(全媒体记者/何春林) 春风温暖早行人。1至2月,54场“春风行动”招聘成效显著,服务企业3000余家次,\
      提供岗位7万余个,吸引入场求职人员4.33万人次,初步达成求职意向9000余人。
      """;

  /** 001, "宝妈计划": holds 一 (U+4E00), whose UTF-16 form has a zero byte, like most Chinese text. */
  static final String WITH_YI = "经熟人介绍,她参加了荷塘区举办的\"宝妈计划\"技能培训班,有了一间门面,主要对接家政服务行业。\n";

  static final String BINARY_MESSAGE = " is not a text file (it looks binary): send the issue as plain text"
      + " (.txt, UTF-8, GB18030 or UTF-16) or an e-paper PDF, not an image or word-processor file";

  @Test
  void utf8IsDecodedAsIs() {
    assertThat(IssueDecoder.decode("001.txt", EXCERPT.getBytes(StandardCharsets.UTF_8))).isEqualTo(EXCERPT);
  }

  @Test
  void aUtf8ByteOrderMarkIsDropped() {
    assertThat(IssueDecoder.decode("001.txt", withPrefix(EXCERPT.getBytes(StandardCharsets.UTF_8), 0xEF, 0xBB, 0xBF)))
        .isEqualTo(EXCERPT);
  }

  @Test
  void utf16WithByteOrderMark() {
    assertThat(IssueDecoder.decode("le.txt", withPrefix(EXCERPT.getBytes(StandardCharsets.UTF_16LE), 0xFF, 0xFE)))
        .isEqualTo(EXCERPT);
    assertThat(IssueDecoder.decode("be.txt", withPrefix(EXCERPT.getBytes(StandardCharsets.UTF_16BE), 0xFE, 0xFF)))
        .isEqualTo(EXCERPT);
    // Java's "UTF-16" encoder writes a big-endian BOM itself
    assertThat(IssueDecoder.decode("bom.txt", WITH_YI.getBytes(StandardCharsets.UTF_16))).isEqualTo(WITH_YI);
  }

  @Test
  void utf16WithoutByteOrderMarkIsToldFromTheZeroBytesOfAsciiCharacters() {
    assertThat(IssueDecoder.decode("le.txt", EXCERPT.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(EXCERPT);
    assertThat(IssueDecoder.decode("be.txt", EXCERPT.getBytes(StandardCharsets.UTF_16BE))).isEqualTo(EXCERPT);
  }

  @Test
  void utf16WithoutByteOrderMarkHoldingCharactersWithAZeroByte() {
    assertThat(IssueDecoder.decode("le.txt", WITH_YI.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(WITH_YI);
    assertThat(IssueDecoder.decode("be.txt", WITH_YI.getBytes(StandardCharsets.UTF_16BE))).isEqualTo(WITH_YI);
    String seed = SeedIssues.text("001_4237cd71e9e911f0.txt");
    assertThat(IssueDecoder.decode("001.txt", seed.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(seed);
  }

  @Test
  void gb18030IsTheFallbackWhenTheBytesAreNotUtf8() {
    Charset gb = Charset.forName("GB18030");
    assertThat(IssueDecoder.decode("gb.txt", EXCERPT.getBytes(gb))).isEqualTo(EXCERPT);
    String seed = SeedIssues.text("003_6c0e209a15f5e767.txt");
    assertThat(IssueDecoder.decode("003.txt", seed.getBytes(gb))).isEqualTo(seed);
  }

  @Test
  void windowsAndOldMacLineEndsBecomeLineFeeds() {
    assertThat(IssueDecoder.decode("crlf.txt", "54场“春风行动” 让9000余人上岗\r\n\r\n春风温暖早行人。\r".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("54场“春风行动” 让9000余人上岗\n\n春风温暖早行人。\n");
  }

  @Test
  void emptyAndWhitespaceOnlyFilesAreRefusedAsEmpty() {
    String message = " is empty: send the issue's text as a UTF-8 .txt file";
    assertThatThrownBy(() -> IssueDecoder.decode("blank.txt", new byte[0]))
        .isInstanceOf(RejectedIssueException.class).hasMessage("blank.txt" + message);
    assertThatThrownBy(() -> IssueDecoder.decode("spaces.txt", " \n\t\r\n  ".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(RejectedIssueException.class).hasMessage("spaces.txt" + message);
  }

  @Test
  void aByteOrderMarkWithNothingAfterItIsRefusedAsEmpty() {
    assertThatThrownBy(() -> IssueDecoder.decode("bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}))
        .isInstanceOf(RejectedIssueException.class).hasMessageContaining("bom.txt is empty");
    assertThatThrownBy(() -> IssueDecoder.decode("bom16.txt", new byte[] {(byte) 0xFF, (byte) 0xFE, ' ', 0, '\n', 0}))
        .isInstanceOf(RejectedIssueException.class).hasMessageContaining("bom16.txt is empty");
  }

  @Test
  void aPdfIsRefusedWithAMessageSayingWhatToSend() {
    byte[] head = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nstream\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    byte[] stream = new byte[600];
    new Random(7).nextBytes(stream);
    byte[] pdf = new byte[head.length + stream.length];
    System.arraycopy(head, 0, pdf, 0, head.length);
    System.arraycopy(stream, 0, pdf, head.length, stream.length);
    assertThatThrownBy(() -> IssueDecoder.decode("株洲日报_2024-03-12.pdf", pdf))
        .isInstanceOf(RejectedIssueException.class).hasMessage("株洲日报_2024-03-12.pdf" + BINARY_MESSAGE);
  }

  @Test
  void imagesAndWordFilesAreRefusedAsBinary() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', 0, 0, 1, 0, 0, 0,
        1, 0, 8, 6, 0, 0, 0, 0x5c, 0x72, (byte) 0xa8, 0x66};
    assertThatThrownBy(() -> IssueDecoder.decode("page1.png", png))
        .isInstanceOf(RejectedIssueException.class).hasMessage("page1.png" + BINARY_MESSAGE);
    byte[] docx = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0, (byte) 0xdf, (byte) 0xa4, (byte) 0xd2, 0x6c, 0x5a, 1, 0,
        0, 0x20, 5, 0, 0, 0x13, 0, 8, 2, '[', 'C', 'o', 'n', 't', 'e', 'n', 't', '_', 'T', 'y', 'p', 'e', 's', ']', '.',
        'x', 'm', 'l'};
    assertThatThrownBy(() -> IssueDecoder.decode("issue.docx", docx))
        .isInstanceOf(RejectedIssueException.class).hasMessage("issue.docx" + BINARY_MESSAGE);
  }

  @Test
  void textWithManyControlCharactersIsRefusedAsBinary() {
    byte[] bytes = "株洲日报\u0001\u0002\u0003\u0004讯".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> IssueDecoder.decode("ctl.txt", bytes))
        .isInstanceOf(RejectedIssueException.class).hasMessage("ctl.txt" + BINARY_MESSAGE);
  }

  private static byte[] withPrefix(byte[] body, int... prefix) {
    byte[] out = new byte[prefix.length + body.length];
    for (int k = 0; k < prefix.length; k++) {
      out[k] = (byte) prefix[k];
    }
    System.arraycopy(body, 0, out, prefix.length, body.length);
    return out;
  }
}
