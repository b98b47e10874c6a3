package org.pledgegraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.pledgegraph.PledgegraphException;

/**
 * A saved SPARQL query ({@code queries/NAME.rq}): the question it answers, its parameters and
 * the parsed query. Its header says {@code # Question: ...} and, per parameter,
 * {@code # Param: ?var TYPE description}. Parameters are bound as RDF terms through a VALUES
 * block at the head of the query pattern; an unbound parameter leaves the query unrestricted.
 */
public final class SavedQuery {
    /** Where saved queries live, in the working directory, under pledgegraph.home and on the classpath. */
    public static final String DIR = "queries";
    private static final Pattern QUESTION = Pattern.compile("^#\\s*Question:\\s*(.+)$");
    private static final Pattern PARAM = Pattern.compile("^#\\s*Param:\\s*\\?(\\S+)\\s+(\\S+)\\s*(.*)$");

    private final String name;
    private final String question;
    private final List<QueryParam> params;
    private final Query query;

    private SavedQuery(String name, String question, List<QueryParam> params, Query query) {
        this.name = name;
        this.question = question;
        this.params = List.copyOf(params);
        this.query = query;
    }

    /** Parses a query text; {@code name} names it in errors (a file name). */
    public static SavedQuery parse(String name, String text) {
        String question = "";
        List<QueryParam> params = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            Matcher q = QUESTION.matcher(line);
            Matcher p = PARAM.matcher(line);
            if (q.matches()) {
                question = q.group(1).strip();
            } else if (p.matches()) {
                params.add(param(name, i + 1, p));
            } else if (line.startsWith("# Param")) {
                throw new PledgegraphException(name + ":" + (i + 1) + ": expected '# Param: ?var TYPE description'");
            }
        }
        try {
            return new SavedQuery(name, question, params, QueryFactory.create(text));
        } catch (QueryParseException e) {
            throw new PledgegraphException(name + ":" + e.getLine() + ": " + e.getMessage().strip().split("\\R")[0]);
        }
    }

    private static QueryParam param(String name, int line, Matcher p) {
        try {
            return new QueryParam(p.group(1), ParamType.valueOf(p.group(2)), p.group(3));
        } catch (IllegalArgumentException e) {
            throw new PledgegraphException(name + ":" + line + ": bad parameter '" + p.group(1) + " " + p.group(2)
                    + "': type must be one of " + java.util.Arrays.toString(ParamType.values()));
        }
    }

    /** Reads a query from a file. */
    public static SavedQuery read(Path file) {
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new PledgegraphException(file + ": cannot read: " + e.getMessage());
        }
    }

    /**
     * Finds a query by file path or by name: {@code FILE.rq} as given, else {@code NAME.rq} in
     * {@code queries/} of the working directory, of {@code pledgegraph.home}, or of the classpath.
     */
    public static SavedQuery find(String nameOrFile) {
        Path given = Path.of(nameOrFile);
        if (Files.isRegularFile(given)) {
            return read(given);
        }
        String file = nameOrFile.endsWith(".rq") ? nameOrFile : nameOrFile + ".rq";
        for (Path dir : searchDirs()) {
            Path candidate = dir.resolve(file);
            if (Files.isRegularFile(candidate)) {
                return read(candidate);
            }
        }
        return fromClasspath(file).orElseThrow(() -> new PledgegraphException(nameOrFile
                + ": no such query file, and no saved query of that name in " + searchDirs()));
    }

    private static List<Path> searchDirs() {
        List<Path> dirs = new ArrayList<>();
        dirs.add(Path.of(DIR));
        String home = System.getProperty("pledgegraph.home");
        if (home != null) {
            dirs.add(Path.of(home, DIR));
        }
        return dirs;
    }

    private static Optional<SavedQuery> fromClasspath(String file) {
        if (file.contains("/") || file.contains("\\")) {
            return Optional.empty();
        }
        try (InputStream in = SavedQuery.class.getClassLoader().getResourceAsStream(DIR + "/" + file)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(parse("classpath:" + DIR + "/" + file, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new PledgegraphException("classpath:" + DIR + "/" + file + ": cannot read: " + e.getMessage());
        }
    }

    public String name() {
        return name;
    }

    public String question() {
        return question;
    }

    public List<QueryParam> params() {
        return params;
    }

    /** The query as written, unbound. */
    public Query query() {
        return query.cloneQuery();
    }

    /**
     * The query with {@code values} bound: each name must be a declared parameter and each
     * value must fit its type.
     *
     * @throws PledgegraphException naming the query and the parameter that is wrong
     */
    public Query bind(Map<String, String> values) {
        Map<Var, Node> terms = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            QueryParam p = params.stream().filter(x -> x.name().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new PledgegraphException(name + ": no parameter '" + e.getKey()
                            + "' (it takes: " + (params.isEmpty() ? "none" : paramNames()) + ")"));
            try {
                terms.put(Var.alloc(p.name()), p.type().toNode(e.getValue()));
            } catch (IllegalArgumentException ex) {
                throw new PledgegraphException(name + ": parameter " + p.name() + ": " + ex.getMessage());
            }
        }
        Query q = query.cloneQuery();
        if (!terms.isEmpty()) {
            q.setQueryPattern(withValues(q.getQueryPattern(), terms));
        }
        return q;
    }

    private String paramNames() {
        return String.join(", ", params.stream().map(QueryParam::name).toList());
    }

    private static Element withValues(Element pattern, Map<Var, Node> terms) {
        ElementData data = new ElementData();
        terms.keySet().forEach(data::add);
        var builder = BindingFactory.builder();
        terms.forEach(builder::add);
        Binding row = builder.build();
        data.add(row);
        ElementGroup group = new ElementGroup();
        group.addElement(data);
        if (pattern instanceof ElementGroup) {
            ((ElementGroup) pattern).getElements().forEach(group::addElement);
        } else {
            group.addElement(pattern);
        }
        return group;
    }
}
