package org.pledgegraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.pledgegraph.data.DataFile;

/**
 * Makes a corpus for the benchmark: the seeds as they are, and synthetic joint statements between
 * pairs of states (names from the JDK's CLDR data) built from clause templates, with varying
 * dates, instruments, topics and sections. The same scale and seed give the same corpus.
 */
public final class CorpusGenerator {
    private static final String[] HEADINGS = {"政治合作", "安全合作", "务实合作", "人文交流", "国际协作"};

    private final List<String> clauses = resource("clauses.txt");
    private final List<String> instruments = resource("instruments.txt");
    private final List<String> topics = resource("topics.txt");
    private final List<String> states = stateNames();

    /**
     * Writes {@code scale} × the size of {@code seeds} into {@code dir}: each round copies every
     * seed once and adds synthetic statements of about the same total size.
     *
     * @return the files written
     */
    public List<Path> generate(List<Path> seeds, int scale, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        long seedChars = 0;
        for (Path s : seeds) {
            seedChars += Files.readString(s).length();
        }
        Random random = new Random(20190605L);
        for (int round = 0; round < scale; round++) {
            for (Path s : seeds) {
                Path copy = dir.resolve(String.format("%05d-seed-%s", round, s.getFileName()));
                Files.copy(s, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                out.add(copy);
            }
            Path synthetic = dir.resolve(String.format("%05d-synthetic.txt", round));
            Files.writeString(synthetic, statements(random, seedChars));
            out.add(synthetic);
        }
        return out;
    }

    /** Synthetic statements, one after another, of about {@code chars} characters. */
    String statements(Random random, long chars) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < chars) {
            sb.append(statement(random)).append("\n\n");
        }
        return sb.toString();
    }

    private String statement(Random random) {
        String a = states.get(random.nextInt(states.size()));
        String b = states.get(random.nextInt(states.size()));
        if (a.equals(b)) {
            b = states.get((states.indexOf(a) + 1) % states.size());
        }
        int year = 1995 + random.nextInt(30);
        StringBuilder sb = new StringBuilder(a + "和" + b + "联合声明\n\n");
        sb.append(a).append("和").append(b).append("（以下简称“双方”）").append("，声明如下：\n\n");
        for (String heading : HEADINGS) {
            sb.append(heading).append("\n\n");
            for (String clause : clauses) {
                sb.append(fill(clause, a, b, year, random)).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private String fill(String template, String a, String b, int year, Random random) {
        String instrument = instruments.get(random.nextInt(instruments.size()));
        return template.replace("{I}", instrument)
                .replace("{AF}", a.substring(0, 1) + "方").replace("{BF}", b.substring(0, 1) + "方")
                .replace("{A}", a).replace("{B}", b)
                .replace("{Y}", Integer.toString(year + random.nextInt(5)))
                .replace("{D}", year + "年" + (1 + random.nextInt(12)) + "月" + (1 + random.nextInt(28)) + "日")
                .replace("{T}", topics.get(random.nextInt(topics.size())));
    }

    private static List<String> stateNames() {
        return Arrays.stream(Locale.getISOCountries())
                .map(cc -> new Locale("", cc).getDisplayCountry(Locale.SIMPLIFIED_CHINESE))
                .filter(name -> name.codePoints().allMatch(Character::isIdeographic))
                .filter(name -> name.length() >= 2 && name.length() <= 6)
                .sorted().toList();
    }

    private static List<String> resource(String name) {
        return DataFile.read(CorpusGenerator.class, name).stream().map(row -> row.text().strip()).toList();
    }
}
