package org.pledgegraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * What users feed Pledgegraph: statements saved in every encoding, damaged text, and files that
 * are not statements at all. Each method writes one file into a folder and returns its path.
 */
final class Inputs {
    static final String FRA_BRA = "法兰西共和国和巴西联邦共和国联合声明\n"
            + "一、双方同意加强在能源、农业和基础设施领域的合作。\n"
            + "二、双方支持多边贸易体制，反对单边主义和保护主义。\n";
    static final String VNM_KAZ = "越南社会主义共和国和哈萨克斯坦共和国联合声明\n"
            + "双方愿深化在交通运输和数字经济领域的务实合作。\n"
            + "双方重申致力于维护地区和平与稳定。\n";
    static final String PAK_TUR_TRADITIONAL = "巴基斯坦伊斯蘭共和國和土耳其共和國聯合聲明\n"
            + "雙方同意加強在經貿、投資和基礎設施領域的合作。\n"
            + "雙方支持多邊貿易體制，反對保護主義。\n";
    static final String IDN_EGY = "印度尼西亚共和国和阿拉伯埃及共和国联合声明\n"
            + "双方同意扩大贸易和投资合作，支持以世界贸易组织为核心的多边贸易体制。\n";
    static final String MEX_ARG_UNBALANCED = "墨西哥合众国和阿根廷共和国联合声明\n"
            + "双方支持《巴黎协定的全面有效实施。\n"
            + "双方认为“多边主义是应对全球挑战的正确道路。\n"
            + "双方同意加强在卫生领域的合作。\n";
    static final String NO_PARTIES = "关于加强区域合作的联合声明\n"
            + "双方同意加强在农业、能源和卫生领域的合作。\n"
            + "双方支持多边贸易体制，反对保护主义。\n";

    private Inputs() {
    }

    static Path text(Path dir, String name, String text, Charset charset) throws IOException {
        return write(dir, name, text.getBytes(charset));
    }

    static Path withBom(Path dir, String name, String text, Charset charset) throws IOException {
        byte[] bom = charset.equals(StandardCharsets.UTF_8) ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                : new byte[] {(byte) 0xFF, (byte) 0xFE};
        byte[] body = text.getBytes(charset);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return write(dir, name, all);
    }

    static Path empty(Path dir, String name) throws IOException {
        return write(dir, name, new byte[0]);
    }

    /** Random bytes, as a picture or a zip saved with a .txt name. */
    static Path binary(Path dir, String name) throws IOException {
        byte[] bytes = new byte[8192];
        new Random(7).nextBytes(bytes);
        bytes[10] = 0;
        return write(dir, name, bytes);
    }

    static Path english(Path dir, String name) throws IOException {
        return text(dir, name, "Joint Statement of the French Republic and the Federative Republic of Brazil.\n"
                + "Both sides agreed to strengthen cooperation in energy and agriculture.\n", StandardCharsets.UTF_8);
    }

    /** A link whose target is gone: listed in the folder, but it cannot be read. */
    static Path brokenLink(Path dir, String name) throws IOException {
        return Files.createSymbolicLink(dir.resolve(name), dir.resolve("deleted-long-ago.txt"));
    }

    /** A named pipe: reading it would block forever. Null if mkfifo is not available. */
    static Path fifo(Path dir, String name) throws IOException, InterruptedException {
        Path fifo = dir.resolve(name);
        try {
            Process p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? fifo : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** A text file of at least {@code megabytes} MB (a statement repeated, as a pasted archive). */
    static Path large(Path dir, String name, int megabytes) throws IOException {
        Path file = dir.resolve(name);
        byte[] chunk = FRA_BRA.getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long size = 0; size < megabytes * 1024L * 1024L; size += chunk.length) {
                out.write(chunk);
            }
        }
        return file;
    }

    private static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }
}
