package org.pledgegraph.serve;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Answers 405 to every method but GET, HEAD and OPTIONS: guards the admin area {@code /$/}. */
final class ReadOnlyFilter implements Filter {
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String method = ((HttpServletRequest) req).getMethod();
        if (READS.contains(method)) {
            chain.doFilter(req, resp);
            return;
        }
        HttpServletResponse http = (HttpServletResponse) resp;
        http.setHeader("Allow", "GET, HEAD, OPTIONS");
        http.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, method + " is not allowed: the server is read-only");
    }
}
