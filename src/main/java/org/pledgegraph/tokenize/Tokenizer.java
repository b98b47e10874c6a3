package org.pledgegraph.tokenize;

import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Splits Chinese text into tagged words with HanLP's standard tokenizer.
 *
 * <p>Words we need kept whole (our verb lexicon, actor names, compound terms) are added to
 * HanLP's in-memory custom dictionary when a tokenizer is built; no dictionary file is written.
 * HanLP's dictionary is process-wide, so insertions only ever add words. HanLP's analysis calls
 * are thread-safe but its configuration calls are not (hankcs/HanLP#732), so insertions take a
 * write lock and {@link #tokenize} a read lock: tokenizers may be built and used from many threads.
 */
public final class Tokenizer {
    private static final Logger LOG = LoggerFactory.getLogger(Tokenizer.class);
    private static final ReadWriteLock LOCK = new ReentrantReadWriteLock();
    private static final Set<String> INSERTED = new HashSet<>();

    /** A tokenizer that also keeps the given words whole, tagged as nouns. */
    public Tokenizer(Set<String> terms) {
        this(Map.of(), terms);
    }

    /**
     * A tokenizer that keeps the given words whole.
     *
     * @param tagged words with the HanLP tag to give them ("v", "d", "p" …)
     * @param terms  further words (names, terms), tagged "nz" unless HanLP knows them
     */
    public Tokenizer(Map<String, String> tagged, Set<String> terms) {
        Objects.requireNonNull(tagged, "tagged");
        Objects.requireNonNull(terms, "terms");
        LOCK.writeLock().lock();
        try {
            tagged.forEach((word, tag) -> insert(word, tag + " 1000"));
            terms.forEach(word -> {
                if (!tagged.containsKey(word)) {
                    insert(word, "nz 1000");
                }
            });
        } finally {
            LOCK.writeLock().unlock();
        }
    }

    private static void insert(String word, String nature) {
        if (word.isBlank() || !INSERTED.add(word + "\t" + nature)) {
            return;
        }
        if (!CustomDictionary.insert(word, nature)) {
            LOG.debug("HanLP did not take custom word {}", word);
        }
    }

    /**
     * {@code tokens} of {@code text} with {@code [begin, end)} made one word tagged {@code tag} where
     * HanLP cut across it (肯/v 方将/d → 肯方 将) or broke it into single characters (埃/b 方/q →
     * 埃方); what a cut word keeps outside the span is segmented again. Otherwise unchanged.
     */
    public List<Token> keepWhole(String text, List<Token> tokens, int begin, int end, String tag) {
        int first = 0;
        while (first < tokens.size() && tokens.get(first).end() <= begin) {
            first++;
        }
        int last = first;
        while (last < tokens.size() && tokens.get(last).begin() < end) {
            last++;
        }
        if (last - first < 1 || !cutAcross(tokens.subList(first, last), begin, end)) {
            return tokens;
        }
        List<Token> out = new ArrayList<>(tokens.subList(0, first));
        int from = tokens.get(first).begin();
        int to = tokens.get(last - 1).end();
        out.addAll(shifted(text, from, Math.max(from, begin)));
        out.add(new Token(text.substring(begin, end), tag, begin, end));
        out.addAll(shifted(text, Math.min(end, to), to));
        out.addAll(tokens.subList(last, tokens.size()));
        return out;
    }

    /** True if the words overlap the span's ends or, inside it, are all single characters. */
    private static boolean cutAcross(List<Token> words, int begin, int end) {
        if (words.get(0).begin() < begin || words.get(words.size() - 1).end() > end) {
            return true;
        }
        return words.size() > 1 && words.stream().allMatch(t -> t.text().length() == 1);
    }

    /** The words of {@code text[from, to)} with offsets into {@code text}. */
    private List<Token> shifted(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        if (from < to) {
            for (Token t : tokenize(text.substring(from, to))) {
                out.add(new Token(t.text(), t.tag(), t.begin() + from, t.end() + from));
            }
        }
        return out;
    }

    /** The words of {@code text}, in order, with offsets into it; punctuation included. */
    public List<Token> tokenize(String text) {
        Objects.requireNonNull(text, "text");
        List<Term> terms;
        LOCK.readLock().lock();
        try {
            terms = StandardTokenizer.segment(text);
        } finally {
            LOCK.readLock().unlock();
        }
        List<Token> tokens = new ArrayList<>(terms.size());
        int at = 0;
        for (Term t : terms) {
            int begin = text.indexOf(t.word, at);
            if (begin < 0 || !text.substring(at, begin).isBlank()) {
                throw new IllegalStateException("HanLP lost text at " + at + " of: " + text);
            }
            at = begin + t.word.length();
            tokens.add(new Token(t.word, t.nature == null ? "x" : t.nature.toString(), begin, at));
        }
        return tokens;
    }
}
