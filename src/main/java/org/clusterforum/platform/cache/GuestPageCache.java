package org.clusterforum.platform.cache;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clusterforum.platform.config.ForumConfig;

/**
 * Serves the pages visitors only read (home, theme, thread and profile pages) from memory to visitors without a session,
 * and makes sure reading them never leaves a session behind.
 * A cached page is used only while no content has changed since it was rendered ({@link ContentVersion}) and for
 * at most {@code FORUM_GUEST_CACHE_SECONDS} (default 60; 0 turns the cache off). Members, and any request with a
 * session, always get a freshly rendered page. Each response gets its own Content-Security-Policy nonce: the one
 * the page was rendered with is replaced in the headers and the HTML.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class GuestPageCache extends HttpFilter {

    private static final Set<String> PAGES = Set.of("/", "/index", "/index.xhtml", "/themes/theme", "/threads/thread",
            "/members/profile", "/challenges", "/challenges/challenge", "/challenges/tag");
    private static final int MAX_PAGES = 2_000;
    private static final int MAX_PAGE_BYTES = 1 << 20;
    /** All kept pages together (characters): junk query strings can evict pages but never exhaust memory. */
    private static final long MAX_TOTAL_CHARS = 32L << 20;
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

    @Inject
    ForumConfig config;

    @Inject
    ContentVersion content;

    /** Least recently used first; guarded by itself, with {@link #totalChars}. */
    private final LinkedHashMap<String, CachedPage> pages = new LinkedHashMap<>(256, 0.75f, true);
    private long totalChars;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!visitorReading(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        long version = content.current();
        int seconds = config.guestCacheSeconds();
        CachedPage page = null;
        if (seconds > 0) {
            synchronized (pages) {
                page = pages.get(key);
            }
        }
        if (page != null && page.fresh(version, seconds)) {
            page.writeTo(response, newNonce());
            return;
        }
        Map<String, String> headersBefore = new LinkedHashMap<>();
        response.getHeaderNames().forEach(name -> headersBefore.put(name, response.getHeader(name)));
        CapturingResponse capture = new CapturingResponse(response);
        chain.doFilter(request, capture);
        if (capture.sentElsewhere()) {
            return;
        }
        byte[] body = capture.body();
        Map<String, String> headers = new LinkedHashMap<>(headersBefore);
        headers.putAll(capture.headers());
        HttpSession made = request.getSession(false);
        if (made != null) {
            // A visitor's page needs no session (its view is stateless), but PrimeFaces keeps the CSP nonce in the
            // view map, which Faces puts in a new session: drop it, and its cookie, rather than keep one per read.
            made.invalidate();
            int status = capture.getStatus();
            String type = capture.getContentType();
            response.reset();
            response.setStatus(status);
            headers.forEach(response::setHeader);
            response.setContentType(type);
        }
        if (seconds > 0 && capture.getStatus() == HttpServletResponse.SC_OK && !capture.setsCookie()
                && body.length <= MAX_PAGE_BYTES && capture.getContentType() != null
                && capture.getContentType().startsWith("text/html")) {
            headers.remove("Set-Cookie");
            CachedPage fresh = CachedPage.of(version, capture.getContentType(), headers, body);
            if (fresh != null) {
                keep(key, fresh);
            }
        }
        response.setHeader("X-Forum-Cache", "miss");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private void keep(String key, CachedPage page) {
        synchronized (pages) {
            CachedPage previous = pages.put(key, page);
            totalChars += page.html().length() - (previous == null ? 0 : previous.html().length());
            var eldest = pages.entrySet().iterator();
            while ((pages.size() > MAX_PAGES || totalChars > MAX_TOTAL_CHARS) && eldest.hasNext()) {
                totalChars -= eldest.next().getValue().html().length();
                eldest.remove();
            }
        }
    }

    /** A visitor without a session asking for one of the pages visitors only read. */
    private static boolean visitorReading(HttpServletRequest request) {
        return "GET".equals(request.getMethod())
                && PAGES.contains(request.getRequestURI().substring(request.getContextPath().length()))
                && request.getRequestedSessionId() == null && request.getSession(false) == null
                && request.getHeader("Authorization") == null;
    }

    private static String newNonce() {
        return Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** A rendered page: its headers and HTML, with the CSP nonce it was rendered with. */
    private record CachedPage(long version, long renderedAt, String contentType, Map<String, String> headers,
                              String nonce, String html) {

        static CachedPage of(long version, String contentType, Map<String, String> headers, byte[] body) {
            String policy = headers.get("Content-Security-Policy");
            Matcher m = policy == null ? null : NONCE.matcher(policy);
            if (m == null || !m.find()) {
                return null; // without a known nonce the page cannot be given a fresh one: do not keep it
            }
            return new CachedPage(version, System.nanoTime(), contentType, Map.copyOf(headers), m.group(1),
                    new String(body, StandardCharsets.UTF_8));
        }

        boolean fresh(long currentVersion, int seconds) {
            return version == currentVersion && System.nanoTime() - renderedAt < seconds * 1_000_000_000L;
        }

        void writeTo(HttpServletResponse response, String newNonce) throws IOException {
            headers.forEach((name, value) -> response.setHeader(name, value.replace(nonce, newNonce)));
            response.setContentType(contentType);
            response.setHeader("X-Forum-Cache", "hit");
            byte[] body = html.replace(nonce, newNonce).getBytes(StandardCharsets.UTF_8);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
