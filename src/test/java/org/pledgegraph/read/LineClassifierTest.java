package org.pledgegraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines in their context: headings only where a paragraph may start, paragraph ends in wrapped text. */
class LineClassifierTest {
    private final LineClassifier classifier = new LineClassifier(new LineRules(LayoutRules.standard()));

    @Test
    void findsHeadingsOnlyWhereAParagraphMayStart() {
        String text = """
                双方认为，两国在能源领域的合作不断深化，双方同意在核
                能合作
                方面继续推进大项目，加强技术交流与人员培训，扩大规模。
                双方同意进一步加强在数字经济和绿色发展领域的合作，共
                同推动全球治理体系朝着更加公正合理的方向发展。双方
                支持巴基斯坦和阿富汗加强对话，愿同地区国家一道维护
                地区和平稳定。
                """;
        List<Line> lines = classifier.classify(text);
        assertTrue(lines.stream().allMatch(l -> l.kind() == Line.Kind.BODY), lines.toString());
    }

    @Test
    void aShortUnpunctuatedLineEndsAParagraphInWrappedText() {
        String text = """
                中华人民共和国和越南社会主义共和国双方一致同意，继续加强两
                党两国高层交往，深化政治互信，推动全面战略合作伙伴关系不
                断向前发展。双方将深化经贸、投资、金融等领域务实合作，推
                动两国合作提质升级，造福两国人民。
                中华人民共和国主席
                越南社会主义共和国主席
                """;
        List<Line> lines = classifier.classify(text);
        assertEquals(6, lines.size());
        assertTrue(lines.get(5).boundary(), "a line after a short line starts a paragraph");
        assertTrue(!lines.get(1).boundary() && !lines.get(2).boundary(), "wrapped lines continue their paragraph");
    }
}
