package org.pledgegraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.pledgegraph.data.DataFile;

/**
 * Makes a corpus for the benchmark: the seeds as they are, and synthetic joint statements between
 * pairs of states (names from the JDK's CLDR data) built from clause templates, with varying
 * dates, instruments, topics and sections, each signed and dated at its end (2003年5月17日于法国),
 * as statements are. The same scale and seeds give the same corpus.
 */
public final class CorpusGenerator {
    private static final long SEED = 20190605L;
    private static final String[] HEADINGS = {"政治合作", "安全合作", "务实合作", "人文交流", "国际协作"};

    private final List<String> clauses = resource("clauses.txt");
    private final List<String> instruments = resource("instruments.txt");
    private final List<String> topics = resource("topics.txt");
    private final List<String> states = stateNames();

    /**
     * Writes a corpus of {@code scale} files of about the seeds' size into {@code dir}: even
     * files are copies of the seeds (in turn), odd files hold synthetic statements of about the
     * same size, so that the corpus is about {@code scale} × the first seed. Scale 1 is the first
     * seed alone. The same scale gives the same files, byte for byte.
     *
     * @return the files written, in order
     */
    public List<Path> generate(List<Path> seeds, int scale, Path dir) throws IOException {
        if (seeds.isEmpty() || scale < 1) {
            throw new IllegalArgumentException("need at least one seed and a scale of at least 1");
        }
        Files.createDirectories(dir);
        long seedChars = Files.readString(seeds.get(0)).length();
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < scale; i++) {
            Path file;
            if (i % 2 == 0) {
                Path seed = seeds.get((i / 2) % seeds.size());
                file = dir.resolve(String.format("%05d-seed-%s", i, seed.getFileName()));
                Files.copy(seed, file, StandardCopyOption.REPLACE_EXISTING);
            } else {
                file = dir.resolve(String.format("%05d-synthetic.txt", i));
                Files.writeString(file, statements(new Random(SEED + i), seedChars), StandardCharsets.UTF_8);
            }
            out.add(file);
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
        sb.append(date(random, year)).append('于').append(a).append('\n');
        return sb.toString();
    }

    private String fill(String template, String a, String b, int year, Random random) {
        String instrument = instruments.get(random.nextInt(instruments.size()))
                .replace("{A}", a).replace("{B}", b);
        return template.replace("{I}", instrument)
                .replace("{DI}", signed(instrument))
                .replace("{AF}", a.substring(0, 1) + "方").replace("{BF}", b.substring(0, 1) + "方")
                .replace("{A}", a).replace("{B}", b)
                .replace("{Y}", Integer.toString(year + random.nextInt(5)))
                .replace("{D}", date(random, year))
                .replace("{T}", topics.get(random.nextInt(topics.size())));
    }

    /** The day {@code instrument} was signed, the same in every statement that says so: an instrument is signed once. */
    private static String signed(String instrument) {
        Random random = new Random(instrument.hashCode());
        return date(random, 1950 + random.nextInt(70));
    }

    private static String date(Random random, int year) {
        return year + "年" + (1 + random.nextInt(12)) + "月" + (1 + random.nextInt(28)) + "日";
    }

    /** Short Chinese names of the ISO states the lexicon reads as states (its exclusions left out). */
    private static List<String> stateNames() {
        Set<String> excluded = DataFile.read("org/pledgegraph/lexicon/states.tsv").stream()
                .filter(row -> row.size() > 1 && row.field(1).equals("exclude"))
                .map(row -> row.field(0)).collect(Collectors.toSet());
        return Arrays.stream(Locale.getISOCountries()).map(cc -> new Locale("", cc))
                .filter(region -> !excluded.contains(region.getISO3Country()))
                .map(region -> region.getDisplayCountry(Locale.SIMPLIFIED_CHINESE))
                .filter(name -> name.codePoints().allMatch(Character::isIdeographic))
                .filter(name -> name.length() >= 2 && name.length() <= 6)
                .sorted().toList();
    }

    private static List<String> resource(String name) {
        return DataFile.read(CorpusGenerator.class, name).stream().map(row -> row.text().strip()).toList();
    }
}
