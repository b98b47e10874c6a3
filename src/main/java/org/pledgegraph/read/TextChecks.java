package org.pledgegraph.read;

import java.nio.file.Path;

/** Checks that decoded text is Chinese text rather than binary data or text in another language. */
final class TextChecks {
    /** More than one control character in this many characters makes a file binary. */
    private static final int CONTROL_RATIO = 200;

    private TextChecks() {
    }

    static void requireNoNul(Path file, byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                throw new InputException(file, "binary file (NUL bytes), not text");
            }
        }
    }

    static void requireText(Path file, String text) {
        if (text.isBlank()) {
            throw new InputException(file, "empty file (whitespace only)");
        }
        long controls = text.chars().filter(TextChecks::isControl).count();
        if (controls > 0 && controls * CONTROL_RATIO > text.length()) {
            throw new InputException(file, "binary file (control characters), not text");
        }
        if (!hasChinese(text)) {
            throw new InputException(file, "no Chinese text in file");
        }
    }

    static boolean hasChinese(String text) {
        return text.codePoints().anyMatch(TextChecks::isHan);
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static boolean isControl(int c) {
        return c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F
                || (c >= 0x80 && c < 0xA0);
    }
}
