package org.pledgegraph.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pledgegraph.read.Document;
import org.pledgegraph.read.Unit;

/**
 * The area and topics of every unit of a document (GUIDELINES section 6). The area is, in order:
 * the one its section heading names; the subject of the document's title; for a document without
 * area headings, the area of the topic the unit names first (双方将加强航天合作 → space → economic);
 * for a unit that names no topic but answers the one before it (土方对此表示欢迎), that unit's area;
 * else {@link Area#Relations}, the relationship as a whole, or, in a statement one party makes
 * alone (中华人民共和国政府声明), where there is no relationship to speak of, {@link Area#Political}. A document that has area headings keeps its other sections
 * (一, 二 … or none) in Relations: there the headings, not the words, decide.
 */
public final class DomainClassifier {
    /**
     * A unit that opens by answering the unit before it (中方对此表示感谢, 中方对巴方为此所作努力表示赞赏): 对此 or 为此
     * in its first clause, not 对此次 (this visit). Later in a unit (……再次访问，中方对此表示感谢) it answers the unit itself.
     */
    private static final List<String> ANSWERS = List.of("对此", "为此");
    /** What ends a unit's first clause. */
    private static final String CLAUSE_ENDS = "，,；;：:";
    /** 对此 followed by one of these is 此次, 此项 … (this visit, this item), no answer. */
    private static final String NOT_ANSWER_AFTER = "次项类种届";

    private final AreaClassifier areas;
    private final TopicTagger topics;
    private final Concepts concepts;

    public DomainClassifier(AreaClassifier areas, TopicTagger topics, Concepts concepts) {
        this.areas = areas;
        this.topics = topics;
        this.concepts = concepts;
    }

    /** The classifier with the shipped rules, topic terms and concepts. */
    public static DomainClassifier load() {
        return new DomainClassifier(AreaClassifier.load(), TopicTagger.load(), Concepts.load());
    }

    public Concepts concepts() {
        return concepts;
    }

    /** One domain per unit of {@code doc}, in order; {@code parties}: how many parties make the statement. */
    public List<Domain> classify(Document doc, int parties) {
        Area otherwise = parties < 2 ? Area.Political : Area.Relations;
        // Every unit of a section has its heading: read each heading once.
        Map<String, Optional<Area>> headingAreas = new HashMap<>();
        for (Unit u : doc.units()) {
            headingAreas.computeIfAbsent(u.section().heading(), areas::heading);
        }
        boolean sectioned = headingAreas.values().stream().anyMatch(Optional::isPresent);
        Optional<Area> subject = areas.subject(doc.title());
        List<Domain> out = new java.util.ArrayList<>();
        Optional<Area> lead = Optional.empty();
        Optional<Area> before = Optional.empty();
        for (Unit u : doc.units()) {
            Optional<Area> item = u.marker().isEmpty() ? Optional.empty() : lead;
            Optional<Area> answered = answersBefore(u.plain()) ? before : Optional.empty();
            Domain d = classify(u, headingAreas.get(u.section().heading()), sectioned, subject, item, answered, otherwise);
            out.add(d);
            before = Optional.of(d.area());
            if (u.isLeadIn()) {
                lead = areas.heading(u.plain());
            } else if (u.marker().isEmpty()) {
                lead = Optional.empty();
            }
        }
        return out;
    }

    /** 对此 or 为此 in the first clause of {@code plain}, not as 对此次 …: the unit answers the one before it. */
    static boolean answersBefore(String plain) {
        return ANSWERS.stream().anyMatch(answer -> answersBefore(plain, answer));
    }

    private static boolean answersBefore(String plain, String answer) {
        int at = plain.indexOf(answer);
        if (at < 0) {
            return false;
        }
        for (int i = 0; i < at; i++) {
            if (CLAUSE_ENDS.indexOf(plain.charAt(i)) >= 0) {
                return false;
            }
        }
        int next = at + answer.length();
        return next >= plain.length() || NOT_ANSWER_AFTER.indexOf(plain.charAt(next)) < 0;
    }

    /**
     * {@code lead}: the area a list's lead-in names as a heading would (双方同意在以下领域加强务实合作：
     * → economic), which its marked items take before their own topic words. {@code answered}: the area of the
     * unit before, for a unit that answers it (对此) and names no topic itself.
     */
    private Domain classify(Unit unit, Optional<Area> heading, boolean sectioned, Optional<Area> subject,
                            Optional<Area> lead, Optional<Area> answered, Area otherwise) {
        TopicTagger.Tags tags = topics.tags(unit.plain());
        Area area = heading
                .or(() -> lead)
                .or(() -> subject)
                .or(() -> sectioned ? Optional.empty() : tags.leading().flatMap(concepts::areaOf))
                .or(() -> answered)
                .orElse(otherwise);
        return new Domain(area, tags.topicsOr(area));
    }
}
