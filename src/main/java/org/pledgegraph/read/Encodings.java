package org.pledgegraph.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.mozilla.universalchardet.Constants;
import org.mozilla.universalchardet.UniversalDetector;

/** Finds the charset of a byte array and decodes it strictly (no replacement characters). */
final class Encodings {
    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset BIG5 = Charset.forName("Big5");

    /** The decoded text and the charset that decoded it. */
    record Decoded(String text, Charset charset) {
    }

    private Encodings() {
    }

    /** The length of the byte-order mark {@code bom} at the start of {@code bytes}, or 0. */
    static int bomLength(byte[] bytes, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8) && startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        if ((charset.equals(StandardCharsets.UTF_16LE) && startsWith(bytes, 0xFF, 0xFE))
                || (charset.equals(StandardCharsets.UTF_16BE) && startsWith(bytes, 0xFE, 0xFF))) {
            return 2;
        }
        return 0;
    }

    /** The charset announced by a byte-order mark, if any. */
    static Optional<Charset> fromBom(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    /**
     * UTF-16 without a BOM. ASCII puts its NUL bytes on one side of the byte pairs, which suggests
     * the byte order; but Chinese has few ASCII characters and some Han characters (一 U+4E00) hold
     * a NUL byte too, so the suggestion is only tried first: the order kept is the one that reads as
     * text (Han, punctuation, ASCII), as the wrong one gives Hangul, symbols and unpaired surrogates.
     */
    static Optional<Charset> utf16ByNuls(byte[] bytes) {
        long even = 0;
        long odd = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                if ((i & 1) == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        if (bytes.length % 2 != 0 || even + odd == 0) {
            return Optional.empty();
        }
        List<Charset> orders = odd >= even ? List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)
                : List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE);
        for (Charset order : orders) {
            Optional<String> text = decode(bytes, 0, order);
            if (text.isPresent() && textLike(text.get())) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }

    private static boolean textLike(String text) {
        long total = text.codePoints().count();
        long like = text.codePoints().filter(Encodings::isTextChar).count();
        return total > 0 && like * 20 >= total * 19;
    }

    private static boolean isTextChar(int c) {
        return (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t'
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
    }

    /** Candidate charsets for bytes without a BOM, most likely first. */
    static List<Charset> candidates(byte[] bytes) {
        String guess = detect(bytes);
        if (guess == null) {
            return List.of(StandardCharsets.UTF_8, GB18030, BIG5);
        }
        if (Constants.CHARSET_BIG5.equals(guess) || Constants.CHARSET_EUC_TW.equals(guess)) {
            return List.of(StandardCharsets.UTF_8, BIG5, GB18030);
        }
        return List.of(StandardCharsets.UTF_8, GB18030, BIG5);
    }

    private static String detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        int step = 64 * 1024;
        for (int at = 0; at < bytes.length && !detector.isDone(); at += step) {
            detector.handleData(bytes, at, Math.min(step, bytes.length - at));
        }
        detector.dataEnd();
        return detector.getDetectedCharset();
    }

    /** Decodes {@code bytes} from {@code offset} strictly, or returns empty if they are not valid. */
    static Optional<String> decode(byte[] bytes, int offset, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
