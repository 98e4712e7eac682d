package org.clusterforum.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.clusterforum.platform.config.ForumConfig;
import org.clusterforum.platform.persistence.SqlStatements;

/**
 * With {@code FORUM_SQL_LOG=true}, logs how many SQL statements each page request cost ("SQL 4 GET
 * /threads/thread?id=1"); the benchmark script reads these lines. Off by default: one log line per request.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SqlCountFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(SqlCountFilter.class.getName());

    @Inject
    ForumConfig config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!config.sqlLog() || request.getDispatcherType() != DispatcherType.REQUEST) {
            chain.doFilter(request, response);
            return;
        }
        SqlStatements.reset();
        try {
            chain.doFilter(request, response);
        } finally {
            String query = request.getQueryString();
            LOG.info(() -> "SQL " + SqlStatements.count() + " " + request.getMethod() + " " + request.getRequestURI()
                    + (query == null ? "" : "?" + query) + " [" + String.join(" | ", SqlStatements.names()) + "]");
        }
    }
}
