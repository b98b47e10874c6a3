package org.pledgegraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.pledgegraph.lexicon.Actor;
import org.pledgegraph.lexicon.ActorLexicon;
import org.pledgegraph.lexicon.ActorMention;
import org.pledgegraph.read.Document;
import org.pledgegraph.read.Unit;
import org.pledgegraph.tokenize.Token;
import org.pledgegraph.tokenize.Tokenizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds who commits to what in each unit of a document: the statements' parties, kinds,
 * verbs and negation (GUIDELINES section 3), with lead-ins passing party and kind to their lists.
 * Thread-safe: it keeps no state between calls.
 */
public final class StatementExtractor {
    private static final Logger LOG = LoggerFactory.getLogger(StatementExtractor.class);
    /** The punctuation that cuts a unit into parts (each a one-character token). */
    private static final String CUTS = "，,；;。！？：:";

    private final Tokenizer tokenizer;
    private final BiFunction<String, List<Actor>, List<ActorMention>> mentions;
    private final Predicates lex;
    private final SentenceReader reader;
    private final SubjectFinder subjects;

    /** An extractor that finds actors with the given lexicon. */
    public StatementExtractor(ActorLexicon lexicon) {
        this(lexicon.terms(), lexicon::mentions);
    }

    StatementExtractor(Set<String> terms, BiFunction<String, List<Actor>, List<ActorMention>> mentions) {
        this.lex = Predicates.load();
        this.tokenizer = new Tokenizer(lex.dictionary(), terms);
        this.mentions = Objects.requireNonNull(mentions, "mentions");
        this.reader = new SentenceReader(lex);
        this.subjects = new SubjectFinder(lex, new HeadFinder(lex));
    }

    /** The statements of each unit of {@code doc}, one list per unit, in order. */
    public List<List<Statement>> extract(Document doc, List<Actor> parties) {
        List<List<Statement>> out = new ArrayList<>();
        ListTracker lists = new ListTracker();
        Unit previous = null;
        List<Segmented> segmented = doc.units().stream().map(this::segment).toList();
        for (int i = 0; i < segmented.size(); i++) {
            Unit u = doc.units().get(i);
            lists.enter(u, previous);
            out.add(safely(u, segmented.get(i), parties, lists, doc));
            previous = u;
        }
        return out;
    }

    /** The unit's statements; a rule that fails on an odd unit costs that unit only, with a warning. */
    private List<Statement> safely(Unit u, Segmented tokens, List<Actor> parties, ListTracker lists, Document doc) {
        try {
            return unit(u, tokens.get(), parties, lists);
        } catch (RuntimeException e) {
            LOG.warn("{}: unit {}: no statements read ({}): {}", doc.source().name(), u.index(), e, u.text());
            return List.of();
        }
    }

    private List<Statement> unit(Unit u, List<Token> segmented, List<Actor> parties, ListTracker lists) {
        List<ActorMention> ms = mentions.apply(u.plain(), parties);
        List<Token> ts = segmented;
        for (ActorMention m : ms) {
            ts = tokenizer.keepWhole(u.plain(), ts, m.begin(), m.end(), "n");
        }
        List<SentenceReader.Part> parts = parts(ts, ms, parties);
        Optional<ListContext> ctx = lists.itemPosition() || !ownSubject(ts, parts) ? lists.current() : Optional.empty();
        if (u.isLeadIn()) {
            lists.leadIn(u, leadIn(ts, parts, ms, parties, ctx));
            return List.of();
        }
        if (u.marker().equals("——")) {
            parts = withoutLabels(ts, parts);
            if (parts.isEmpty()) {
                return ctx.map(c -> List.of(inherited(c))).orElse(List.of());
            }
        }
        List<Statement> found = reader.read(ts, parts, ms, parties, ctx, false);
        if (found.isEmpty() && ctx.isPresent() && lists.itemPosition() && !hasHead(ts, parts)) {
            return List.of(inherited(ctx.get()));
        }
        return found;
    }

    /**
     * A sentence that is no list item (no marker, not after ； or ：) and has a subject of its own,
     * a party (中方愿……) or a noun with a modal (上述备忘录将……), is not spoken by the lead-in;
     * the list goes on after it (item continuations without a subject still inherit).
     */
    private boolean ownSubject(List<Token> ts, List<SentenceReader.Part> parts) {
        for (SentenceReader.Part p : parts) {
            Subject.Type t = p.subject().type();
            if (t == Subject.Type.PARTY || t == Subject.Type.NOUN && modalAfter(ts, p)) {
                return true;
            }
        }
        return false;
    }

    private boolean modalAfter(List<Token> ts, SentenceReader.Part p) {
        for (int i = p.subject().next(); i < p.to(); i++) {
            if (lex.is(ts.get(i).text(), Role.MODAL)) {
                return true;
            }
        }
        return false;
    }

    private static Statement inherited(ListContext c) {
        return new Statement(c.parties(), c.kind(), c.verb(), -1, false, Set.of());
    }

    private boolean hasHead(List<Token> ts, List<SentenceReader.Part> parts) {
        HeadFinder f = new HeadFinder(lex);
        return parts.stream().anyMatch(p -> p.subject().type() == Subject.Type.NONE
                && !f.heads(ts, p.subject().next(), p.to()).isEmpty());
    }

    /** What a lead-in passes on; empty for a declaration formula (声明如下：). */
    private Optional<ListContext> leadIn(List<Token> ts, List<SentenceReader.Part> parts, List<ActorMention> ms,
                                         List<Actor> parties, Optional<ListContext> ctx) {
        if (ts.stream().anyMatch(t -> lex.is(t.text(), Role.FORMULA))) {
            return Optional.empty();
        }
        List<Statement> st = reader.read(ts, parts, ms, parties, ctx, true);
        if (!st.isEmpty()) {
            Statement s = st.get(0);
            return Optional.of(new ListContext(s.parties(), s.kind(), s.verb()));
        }
        Set<Actor> who = ctx.map(ListContext::parties).orElse(new HashSet<>(parties));
        Kind kind = ctx.map(ListContext::kind).orElse(Kind.Undertaking);
        String verb = ts.stream().filter(t -> t.isVerb()).map(Token::text).reduce((a, b) -> b)
                .orElse(ctx.map(ListContext::verb).orElse("包括"));
        return who.isEmpty() ? Optional.empty() : Optional.of(new ListContext(who, kind, verb));
    }

    /** Drops the four-character label that opens a —— item (——守望相助，……); all labels: none left. */
    private List<SentenceReader.Part> withoutLabels(List<Token> ts, List<SentenceReader.Part> parts) {
        List<SentenceReader.Part> rest = new ArrayList<>(parts);
        while (!rest.isEmpty() && length(ts, rest.get(0)) == 4 && !verbObject(ts, rest.get(0))) {
            rest.remove(0);
        }
        return rest;
    }

    /** A four-character clause that is a commitment, not a label: an action verb and its object (加强合作). */
    private boolean verbObject(List<Token> ts, SentenceReader.Part p) {
        return p.to() - p.from() == 2 && lex.is(ts.get(p.from()).text(), Role.ACTION)
                && (ts.get(p.from() + 1).tag().equals("n") || ts.get(p.from() + 1).tag().equals("vn"));
    }

    private static int length(List<Token> ts, SentenceReader.Part p) {
        return p.from() >= p.to() ? 0 : ts.get(p.to() - 1).end() - ts.get(p.from()).begin();
    }

    /**
     * A unit's words, or why HanLP could not give them (that unit alone then has no statements).
     * The units of a document are segmented one after the other, before any rule reads them:
     * HanLP's dictionaries then stay in the processor's caches, and segmentation runs about
     * twice as fast as when it alternates with the rules.
     */
    private record Segmented(List<Token> tokens, RuntimeException failure) {
        List<Token> get() {
            if (failure != null) {
                throw failure;
            }
            return tokens;
        }
    }

    private Segmented segment(Unit u) {
        try {
            return new Segmented(tokens(u), null);
        } catch (RuntimeException e) {
            return new Segmented(null, e);
        }
    }

    private List<Token> tokens(Unit u) {
        int skip = u.plain().startsWith(u.marker()) ? u.marker().length() : 0;
        List<Token> out = new ArrayList<>();
        for (Token t : tokenizer.tokenize(u.plain())) {
            if (t.begin() >= skip) {
                out.addAll(split(t));
            }
        }
        return notWith(names(out));
    }

    /**
     * 蒙方不同台湾建立……: HanLP reads 不同 as the adjective "different"; before a proper name and a
     * verb it is the negator 不 and the preposition 同 (with), which the frame rules then read.
     */
    private List<Token> notWith(List<Token> ts) {
        List<Token> out = new ArrayList<>(ts.size());
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            if (t.text().equals("不同") && i + 2 < ts.size() && properName(ts.get(i + 1)) && ts.get(i + 2).isVerb()) {
                out.add(new Token("不", "d", t.begin(), t.begin() + 1));
                out.add(new Token("同", "p", t.begin() + 1, t.end()));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private static boolean properName(Token t) {
        String g = t.tag();
        return g.startsWith("ns") || g.startsWith("nr") || g.startsWith("nt") || g.equals("nz");
    }

    /**
     * 总统托卡耶夫: HanLP cuts foreign names after a title into single characters (托/v 卡/n 耶 夫).
     * After a title word (tag nnt) a run of name parts and single characters of three or more
     * characters in all becomes one name (nr), so no part of it is read as a verb.
     */
    private List<Token> names(List<Token> ts) {
        List<Token> out = new ArrayList<>(ts.size());
        for (int i = 0; i < ts.size(); i++) {
            out.add(ts.get(i));
            if (!ts.get(i).tag().equals("nnt")) {
                continue;
            }
            int j = i + 1;
            while (j < ts.size() && namePart(ts.get(j))) {
                j++;
            }
            if (j - i > 2 && ts.get(j - 1).end() - ts.get(i + 1).begin() >= 3) {
                String w = ts.get(i + 1).text();
                for (int k = i + 2; k < j; k++) {
                    w += ts.get(k).text();
                }
                out.add(new Token(w, "nr", ts.get(i + 1).begin(), ts.get(j - 1).end()));
                i = j - 1;
            }
        }
        return out;
    }

    private boolean namePart(Token t) {
        String g = t.tag();
        if (g.startsWith("nr")) {
            return true;
        }
        boolean function = g.equals("w") || g.startsWith("p") || g.startsWith("c") || g.startsWith("u")
                || g.startsWith("d") || g.startsWith("m") || g.startsWith("q") || g.equals("f");
        return t.text().length() == 1 && !function && !roleWord(t.text());
    }

    private boolean roleWord(String w) {
        for (Role r : Role.values()) {
            if (lex.is(w, r)) {
                return true;
            }
        }
        return false;
    }

    /** Undoes HanLP's merge of an ought with the preposition after it (应在 → 应 在). */
    private List<Token> split(Token t) {
        String w = t.text();
        if (t.isVerb()) {
            return List.of(t);
        }
        if (w.length() == 2 && lex.is(w.substring(0, 1), Role.OUGHT) && !lex.isPredicate(w)
                && lex.is(w.substring(1), Role.FRAME_LOC) || w.length() == 2 && w.startsWith("应")
                && lex.is(w.substring(1), Role.FRAME_OBJECT)) {
            return List.of(new Token(w.substring(0, 1), "v", t.begin(), t.begin() + 1),
                    new Token(w.substring(1), "p", t.begin() + 1, t.end()));
        }
        return List.of(t);
    }

    private static boolean isCut(Token t) {
        return t.text().length() == 1 && CUTS.indexOf(t.text().charAt(0)) >= 0;
    }

    private List<SentenceReader.Part> parts(List<Token> ts, List<ActorMention> ms, List<Actor> parties) {
        List<SentenceReader.Part> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= ts.size(); i++) {
            if (i == ts.size() || isCut(ts.get(i))) {
                if (i > from) {
                    parts.add(new SentenceReader.Part(from, i, subjects.find(ts, from, i, ms, parties)));
                }
                from = i + 1;
            }
        }
        return parts;
    }
}
