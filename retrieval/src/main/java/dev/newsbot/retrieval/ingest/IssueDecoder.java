package dev.newsbot.retrieval.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns an issue file's bytes into text: UTF-8 (with or without BOM), UTF-16 (BOM, or detected
 * from its zero bytes) and GB18030/GBK are accepted; empty, Latin-1 and binary files are refused
 * with a message that says what to send instead.
 */
public final class IssueDecoder {

  private static final Charset GB18030 = Charset.forName("GB18030");

  private IssueDecoder() {}

  /** Decodes the bytes or throws {@link RejectedIssueException} saying why not. */
  public static String decode(String fileName, byte[] bytes) {
    if (bytes.length == 0 || isBlank(bytes)) {
      throw empty(fileName);
    }
    String text;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      text = strict(StandardCharsets.UTF_8, bytes, 3, fileName);
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      text = strict(StandardCharsets.UTF_16LE, bytes, 2, fileName);
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      text = strict(StandardCharsets.UTF_16BE, bytes, 2, fileName);
    } else if (looksUtf16(bytes, 1)) {
      text = strict(StandardCharsets.UTF_16LE, bytes, 0, fileName);
    } else if (looksUtf16(bytes, 0)) {
      text = strict(StandardCharsets.UTF_16BE, bytes, 0, fileName);
    } else {
      text = tryDecode(StandardCharsets.UTF_8, bytes);
      if (text == null && looksLatin1(bytes)) {
        throw new RejectedIssueException(fileName + " is Latin-1 (ISO-8859-1 or Windows-1252) text, not UTF-8,"
            + " GB18030 or UTF-16: convert it to UTF-8 (iconv -f WINDOWS-1252 -t UTF-8) and send it again");
      }
      if (text == null) {
        text = tryDecode(GB18030, bytes);
      }
      if (text == null) {
        throw binary(fileName);
      }
    }
    if (text.isBlank()) {
      throw empty(fileName);
    }
    if (controlShare(text) > 0.01) {
      throw binary(fileName);
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static RejectedIssueException empty(String fileName) {
    return new RejectedIssueException(fileName + " is empty: send the issue's text as a UTF-8 .txt file");
  }

  private static RejectedIssueException binary(String fileName) {
    return new RejectedIssueException(fileName + " is not a text file (it looks binary): send the issue as "
        + "plain text (.txt, UTF-8, GB18030 or UTF-16) or an e-paper PDF, not an image or word-processor file");
  }

  private static String strict(Charset cs, byte[] bytes, int offset, String fileName) {
    String text = tryDecode(cs, java.util.Arrays.copyOfRange(bytes, offset, bytes.length));
    if (text == null) {
      throw binary(fileName);
    }
    return text;
  }

  private static String tryDecode(Charset cs, byte[] bytes) {
    try {
      return cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * UTF-16 text has zero bytes on one side of its pairs (the high byte of ASCII digits, commas and
   * line ends) far more often than on the other (the low byte of a few characters such as 一).
   */
  private static boolean looksUtf16(byte[] bytes, int parity) {
    if (bytes.length < 4 || bytes.length % 2 != 0) {
      return false;
    }
    int here = 0;
    int there = 0;
    int pairs = Math.min(bytes.length / 2, 8192);
    for (int k = 0; k < pairs; k++) {
      here += bytes[2 * k + parity] == 0 ? 1 : 0;
      there += bytes[2 * k + 1 - parity] == 0 ? 1 : 0;
    }
    return here * 100 >= pairs && there * 4 < here;
  }

  /**
   * Text in a single-byte Latin charset: no control bytes, and its bytes above 127 stand mostly
   * alone between ASCII letters ("Zürich", "café"), where GB18030 and GBK put them in pairs.
   */
  private static boolean looksLatin1(byte[] bytes) {
    int runs = 0;
    int odd = 0;
    int run = 0;
    for (int k = 0; k <= bytes.length; k++) {
      int b = k < bytes.length ? bytes[k] & 0xFF : 0x20;
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' || b == 0x7F) {
        return false;
      }
      if (b >= 0x80) {
        run++;
      } else if (run > 0) {
        runs++;
        odd += run % 2;
        run = 0;
      }
    }
    return runs > 0 && odd * 2 >= runs;
  }

  private static double controlShare(String text) {
    int control = 0;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    return (double) control / text.length();
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int k = 0; k < prefix.length; k++) {
      if ((bytes[k] & 0xFF) != prefix[k]) {
        return false;
      }
    }
    return true;
  }
}
