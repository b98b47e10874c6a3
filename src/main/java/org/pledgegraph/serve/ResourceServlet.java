package org.pledgegraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves read-only files from one folder of the classpath (the explorer's pages, the echarts
 * WebJar). A path with {@code ..}, a backslash or an unknown file type is not served.
 */
final class ResourceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "json", "application/json");

    private final String base;
    private final String index;

    /**
     * @param base  the classpath folder, e.g. {@code org/pledgegraph/serve/explore/}
     * @param index the file to serve for the folder itself, or null for none
     */
    ResourceServlet(String base, String index) {
        this.base = base.endsWith("/") ? base : base + "/";
        this.index = index;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null) {
            resp.sendRedirect(req.getRequestURI() + "/");
            return;
        }
        String file = path.equals("/") && index != null ? index : path.substring(1);
        String type = TYPES.get(extension(file));
        if (type == null || file.isEmpty() || file.contains("..") || file.contains("\\") || file.startsWith("/")) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = ResourceServlet.class.getClassLoader().getResourceAsStream(base + file)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            resp.setContentType(type);
            resp.setHeader("Cache-Control", "no-cache");
            in.transferTo(resp.getOutputStream());
        }
    }

    private static String extension(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
