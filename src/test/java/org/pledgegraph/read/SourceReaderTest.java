package org.pledgegraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decoding input files of every encoding we meet, and refusing what is not Chinese text. */
class SourceReaderTest {
    static final String SIMPLIFIED = "中华人民共和国和巴西联邦共和国联合声明\n"
            + "应巴西联邦共和国总统邀请，中华人民共和国主席于2019年11月12日至14日对巴西进行国事访问。\n"
            + "双方同意深化全面战略伙伴关系，加强在农业、能源、基础设施等领域的合作。\n"
            + "双方支持多边贸易体制，反对保护主义，愿共同推动金砖国家合作取得新成果。\n";
    static final String TRADITIONAL = "中華人民共和國和越南社會主義共和國聯合聲明\n"
            + "雙方同意深化全面戰略合作夥伴關係，加強在經貿、投資、基礎設施等領域的合作。\n"
            + "雙方支持多邊貿易體制，願共同維護地區和平與穩定。\n";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    @ParameterizedTest
    @CsvSource({"UTF-8, SIMPLIFIED, UTF-8", "GBK, SIMPLIFIED, GB18030", "GB18030, SIMPLIFIED, GB18030",
        "Big5, TRADITIONAL, Big5", "UTF-8, TRADITIONAL, UTF-8", "UTF-16LE, SIMPLIFIED, UTF-16LE",
        "UTF-16BE, SIMPLIFIED, UTF-16BE"})
    void detectsTheEncoding(String written, String which, String detected) throws IOException {
        String text = which.equals("SIMPLIFIED") ? SIMPLIFIED : TRADITIONAL;
        Path file = write("in.txt", text.getBytes(Charset.forName(written)));
        SourceText src = SourceReader.read(file, null);
        assertEquals(text, src.text());
        assertEquals(Charset.forName(detected), src.charset());
    }

    @Test
    void readsGb18030CharactersOutsideGbk() throws IOException {
        String text = SIMPLIFIED + "双方欢迎“䶮”字项目。\n";
        Path file = write("in.txt", text.getBytes(Encodings.GB18030));
        assertEquals(text, SourceReader.read(file, null).text());
    }

    @ParameterizedTest
    @CsvSource({"EF BB BF, UTF-8", "FF FE, UTF-16LE", "FE FF, UTF-16BE"})
    void stripsTheByteOrderMark(String bom, String charset) throws IOException {
        byte[] mark = new byte[bom.split(" ").length];
        for (int i = 0; i < mark.length; i++) {
            mark[i] = (byte) Integer.parseInt(bom.split(" ")[i], 16);
        }
        Path file = write("bom.txt", withBom(mark, SIMPLIFIED.getBytes(Charset.forName(charset))));
        SourceText src = SourceReader.read(file, null);
        assertEquals(SIMPLIFIED, src.text());
        assertEquals(Charset.forName(charset), src.charset());
    }

    @Test
    void usesAForcedCharsetAndSaysWhenItDoesNotFit() throws IOException {
        Path file = write("gbk.txt", SIMPLIFIED.getBytes(Charset.forName("GBK")));
        assertEquals(SIMPLIFIED, SourceReader.read(file, Charset.forName("GBK")).text());
        InputException e = assertThrows(InputException.class, () -> SourceReader.read(file, StandardCharsets.UTF_8));
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"empty, empty file", "blank, empty file", "binary, binary file", "controls, binary file",
        "english, no Chinese text", "missing, no such file", "folder, is a folder"})
    void refusesWhatIsNotChineseText(String kind, String problem) throws IOException {
        Path file = switch (kind) {
            case "empty" -> write("e.txt", new byte[0]);
            case "blank" -> write("b.txt", " \n\t\r\n".getBytes(StandardCharsets.UTF_8));
            case "binary" -> write("x.bin", randomBytes());
            case "controls" -> write("c.txt", "双方\u0001\u0002\u0003\u0004同意\u0005\u0006".getBytes(StandardCharsets.UTF_8));
            case "english" -> write("en.txt", "Joint Statement of France and Brazil.\n".getBytes(StandardCharsets.UTF_8));
            case "missing" -> dir.resolve("nothing-here.txt");
            default -> dir;
        };
        InputException e = assertThrows(InputException.class, () -> SourceReader.read(file, null));
        assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertEquals(file, e.file());
        assertEquals(1, e.getMessage().lines().count());
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    @Test
    void refusesAFileInNoEncodingWeKnow() throws IOException {
        byte[] bytes = withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                new byte[] {(byte) 0xE4, (byte) 0xB8, 0x41, 0x42});
        InputException e = assertThrows(InputException.class, () -> SourceReader.read(write("bad.txt", bytes), null));
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }

    @Test
    void readsAFiftyMegabyteFile() throws IOException {
        Path file = dir.resolve("big.txt");
        byte[] chunk = SIMPLIFIED.getBytes(StandardCharsets.UTF_8);
        long size = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            while (size < 50L * 1024 * 1024) {
                out.write(chunk);
                size += chunk.length;
            }
        }
        SourceText src = SourceReader.read(file, null);
        assertEquals(size, src.text().getBytes(StandardCharsets.UTF_8).length);
        List<Document> docs = new DocumentReader().documents(src);
        assertEquals(size / chunk.length, docs.size());
        assertEquals(3, docs.get(docs.size() - 1).units().size());
    }

    @Test
    void expandsFilesAndFoldersAndReportsWhatIsMissing() throws IOException {
        Path a = write("a.txt", SIMPLIFIED.getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(dir.resolve("sub/deeper"));
        Path c = write("sub/deeper/c.txt", SIMPLIFIED.getBytes(StandardCharsets.UTF_8));
        Path b = write("sub/b.txt", SIMPLIFIED.getBytes(StandardCharsets.UTF_8));
        write("sub/notes.md", SIMPLIFIED.getBytes(StandardCharsets.UTF_8));
        Path missing = dir.resolve("gone.txt");
        List<InputException> problems = new ArrayList<>();
        List<Path> files = SourceReader.expand(List.of(missing, dir.resolve("sub"), a), problems::add);
        assertEquals(List.of(b, c, a), files);
        assertEquals(1, problems.size());
        assertEquals(missing, problems.get(0).file());
    }
}
