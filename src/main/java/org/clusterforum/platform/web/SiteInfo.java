package org.clusterforum.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.clusterforum.platform.config.ForumConfig;

/** Site-wide facts for the layout: {@code #{site.name}}. */
@Named("site")
@ApplicationScoped
public class SiteInfo {

    @Inject
    ForumConfig config;

    @Inject
    HttpServletRequest request;

    public String getName() {
        return config.siteName();
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
}
