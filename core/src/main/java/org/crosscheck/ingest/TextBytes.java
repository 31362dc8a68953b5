package org.crosscheck.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * What the bytes of an input are: binary data (refused with a reason), or text whose encoding a
 * byte order mark names (UTF-8, UTF-16 or UTF-32, the mark dropped) or, without a mark, strict
 * UTF-8. Spans index into the decoded text, whatever the encoding was.
 */
final class TextBytes {
  /** How far into an input binary data is looked for (as git does). */
  static final int SNIFF = 8000;

  /** More control characters than this share of the sniffed bytes makes an input binary. */
  private static final double MAX_CONTROL_SHARE = 0.10;

  private record Magic(String kind, byte[] prefix) {}

  private static final List<Magic> MAGIC = List.of(
      new Magic("a PNG image", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)),
      new Magic("a JPEG image", bytes(0xFF, 0xD8, 0xFF)),
      new Magic("a GIF image", bytes('G', 'I', 'F', '8')),
      new Magic("a PDF document", bytes('%', 'P', 'D', 'F', '-')),
      new Magic("a ZIP archive (or an office document)", bytes('P', 'K', 0x03, 0x04)),
      new Magic("a gzip archive", bytes(0x1F, 0x8B)),
      new Magic("an old office document", bytes(0xD0, 0xCF, 0x11, 0xE0)),
      new Magic("an executable", bytes(0x7F, 'E', 'L', 'F')));

  private record Bom(Charset charset, byte[] mark) {}

  /** Longest first, so that UTF-32LE's mark is not taken for UTF-16LE's. */
  private static final List<Bom> BOMS = List.of(
      new Bom(Charset.forName("UTF-32BE"), bytes(0x00, 0x00, 0xFE, 0xFF)),
      new Bom(Charset.forName("UTF-32LE"), bytes(0xFF, 0xFE, 0x00, 0x00)),
      new Bom(StandardCharsets.UTF_8, bytes(0xEF, 0xBB, 0xBF)),
      new Bom(StandardCharsets.UTF_16BE, bytes(0xFE, 0xFF)),
      new Bom(StandardCharsets.UTF_16LE, bytes(0xFF, 0xFE)));

  private TextBytes() {}

  /**
   * Why these bytes are not text, or empty when they may be: a known file signature, NUL bytes
   * (UTF-16 without a byte order mark named as such), or many control characters.
   */
  static Optional<String> notText(byte[] bytes) {
    if (bom(bytes).isPresent()) {
      return Optional.empty();
    }
    for (Magic m : MAGIC) {
      if (startsWith(bytes, m.prefix())) {
        return Optional.of("binary file, not text: it looks like " + m.kind());
      }
    }
    int n = Math.min(bytes.length, SNIFF);
    int[] zeros = new int[2];
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        zeros[i % 2]++;
      } else if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B
          && b != 0x1B) || b == 0x7F) {
        controls++;
      }
    }
    if (zeros[0] + zeros[1] > 0) {
      int pairs = n / 2;
      boolean utf16 = pairs >= 2 && Math.max(zeros[0], zeros[1]) > pairs * 0.4
          && Math.min(zeros[0], zeros[1]) < pairs * 0.05;
      return Optional.of(utf16
          ? "looks like UTF-16 text without a byte order mark; save it as UTF-8 (or UTF-16 with a BOM)"
          : "binary file, not text: it has NUL bytes");
    }
    if (n > 0 && controls > n * MAX_CONTROL_SHARE) {
      return Optional.of("binary file, not text: " + Math.round(100.0 * controls / n)
          + "% of its first bytes are control characters");
    }
    return Optional.empty();
  }

  /**
   * Decodes strictly: by the byte order mark when there is one (and drops it), else as UTF-8.
   *
   * @throws UndecodableTextException naming the encoding and the byte offset (from the start of
   *     the input, mark included) of the first undecodable byte
   */
  static String decode(byte[] bytes) throws UndecodableTextException {
    Optional<Bom> bom = bom(bytes);
    Charset charset = bom.map(Bom::charset).orElse(StandardCharsets.UTF_8);
    int start = bom.map(b -> b.mark().length).orElse(0);
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    // never more chars than bytes in these encodings
    CharBuffer chars = CharBuffer.allocate(bytes.length - start + 1);
    CoderResult result = decoder.decode(in, chars, true);
    if (result.isUnderflow()) {
      result = decoder.flush(chars);
    }
    if (result.isError()) {
      throw new UndecodableTextException("not valid " + name(charset) + " at byte " + in.position());
    }
    if (result.isOverflow()) {
      throw new IllegalStateException("decoding " + charset + " gave more chars than bytes");
    }
    chars.flip();
    return chars.toString();
  }

  private static String name(Charset charset) {
    String name = charset.name();
    return name.endsWith("BE") || name.endsWith("LE") ? name.substring(0, name.length() - 2) : name;
  }

  private static Optional<Bom> bom(byte[] bytes) {
    return BOMS.stream().filter(b -> startsWith(bytes, b.mark())).findFirst();
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  /** Bytes that are not valid in the encoding they claim (or, without a mark, in UTF-8). */
  static final class UndecodableTextException extends Exception {
    private static final long serialVersionUID = 1L;

    UndecodableTextException(String message) {
      super(message);
    }
  }
}
