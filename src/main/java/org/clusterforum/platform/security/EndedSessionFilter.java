package org.clusterforum.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Ends the session of a member who may no longer sign in (suspended by a moderator, or gone) on their very next
 * page: the session is invalidated and they land on the sign-in page, which tells them why when they try again.
 * Static resources pass without a look.
 */
@WebFilter(urlPatterns = "/*")
public class EndedSessionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentMember currentMember;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && !isResource(request) && !currentMember.isSignedIn()) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            request.logout();
            response.sendRedirect(request.getContextPath() + ForumAuthenticationMechanism.SIGN_IN_PAGE + "?ended=1");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isResource(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.contains("/jakarta.faces.resource/") || uri.contains("/resources/");
    }
}
