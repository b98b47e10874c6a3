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
