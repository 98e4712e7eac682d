package org.clusterforum.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.clusterforum.platform.config.SiteSettings;

/** Site-wide facts for the layout and forms: {@code #{site.name}}, the description, limits. */
@Named("site")
@ApplicationScoped
public class SiteInfo {

    @Inject
    SiteSettings settings;

    @Inject
    HttpServletRequest request;

    public String getName() {
        return settings.siteName();
    }

    /** The line under the name on the home page (and the pages' description for search engines). */
    public String getDescription() {
        return settings.siteDescription();
    }

    public boolean isRegistrationOpen() {
        return settings.registrationOpen();
    }

    /** Whether posts may carry files at all. */
    public boolean isAttachmentsAllowed() {
        return settings.attachmentsPerPost() > 0;
    }

    /** The hint next to a file input: how many files, of which kinds, how large. */
    public String getAttachmentHint() {
        int most = settings.attachmentsPerPost();
        return "Optional: up to " + most + (most == 1 ? " image" : " images") + " (PNG, JPEG, GIF, WebP) or PDFs, "
                + settings.attachmentMaxBytes() / (1024 * 1024) + " MB each.";
    }

    /**
     * The page being shown (path and query inside the forum), for "Sign in" links that bring the member back;
     * empty on the account pages themselves and on error pages.
     */
    public String getHere() {
        Object forwarded = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (forwarded != null) {
            return "";
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/account/")) {
            return "";
        }
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    /** The sign-in page's address, bringing the member back here afterwards. */
    public String getSignInUrl() {
        String here = getHere();
        return request.getContextPath() + "/account/signin"
                + (here.isEmpty() ? "" : "?continue=" + URLEncoder.encode(here, StandardCharsets.UTF_8));
    }

    /**
     * The address of page {@code page} of a paginated view: {@code pageUrl('/threads/thread', 'id', 42, 3)} is
     * {@code /threads/thread?id=42&page=3} (no page parameter for page 1; no other parameter when name is empty; {@code path} may carry its own query).
     */
    public String pageUrl(String path, String name, Object value, int page) {
        StringBuilder url = new StringBuilder(request.getContextPath()).append(path);
        char separator = path.indexOf('?') >= 0 ? '&' : '?';
        if (name != null && !name.isEmpty() && value != null) {
            url.append(separator).append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            separator = '&';
        }
        if (page > 1) {
            url.append(separator).append("page=").append(page);
        }
        return url.toString();
    }
}
