package org.pledgegraph.serve;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.pledgegraph.PledgegraphException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The saved queries a server offers: every {@code NAME.rq} in the folders given (earlier folders
 * win), read once. Names are plain words ({@code [A-Za-z0-9_-]+}), never paths.
 */
public final class QueryCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(QueryCatalog.class);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");

    private final Map<String, SavedQuery> queries;

    private QueryCatalog(Map<String, SavedQuery> queries) {
        this.queries = Collections.unmodifiableMap(queries);
    }

    /** The queries in {@code dirs}; a folder that does not exist is skipped, a bad file is an error. */
    public static QueryCatalog of(List<Path> dirs) {
        Map<String, SavedQuery> found = new TreeMap<>();
        for (Path dir : dirs) {
            for (Path file : rqFiles(dir)) {
                String name = nameOf(file);
                if (NAME.matcher(name).matches() && !found.containsKey(name)) {
                    found.put(name, parse(file));
                }
            }
        }
        return new QueryCatalog(found);
    }

    /**
     * The usual places, as {@link SavedQuery#find} looks: {@code queries/} of the working
     * directory, of {@code pledgegraph.home}, then of the classpath (the jar).
     */
    public static QueryCatalog standard() {
        List<Path> dirs = new ArrayList<>();
        dirs.add(Path.of(SavedQuery.DIR));
        String home = System.getProperty("pledgegraph.home");
        if (home != null) {
            dirs.add(Path.of(home, SavedQuery.DIR));
        }
        classpathDir().ifPresent(dirs::add);
        QueryCatalog c = of(dirs);
        LOG.info("{} saved queries from {}", c.queries.size(), dirs);
        return c;
    }

    private static Optional<Path> classpathDir() {
        URL url = QueryCatalog.class.getClassLoader().getResource(SavedQuery.DIR);
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                return Optional.of(jarFileSystem(uri).provider().getPath(uri));
            }
            return Optional.of(Path.of(uri));
        } catch (URISyntaxException | IOException | RuntimeException e) {
            LOG.warn("{}: cannot list the saved queries in the jar: {}", url, e.getMessage());
            return Optional.empty();
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
            return FileSystems.newFileSystem(uri, Map.of());
        }
    }

    private static List<Path> rqFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList();
        } catch (IOException e) {
            throw new PledgegraphException(dir + ": cannot list saved queries: " + e.getMessage(), e);
        }
    }

    private static String nameOf(Path file) {
        String f = file.getFileName().toString();
        return f.substring(0, f.length() - ".rq".length());
    }

    private static SavedQuery parse(Path file) {
        try {
            return SavedQuery.parse(file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new PledgegraphException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The names, sorted. */
    public List<String> names() {
        return List.copyOf(queries.keySet());
    }

    /** The query called {@code name}, if there is one (a name that is not a plain word never is). */
    public Optional<SavedQuery> get(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    public int size() {
        return queries.size();
    }
}
