package org.clusterforum.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Form sign-in driven by the sign-in page: that page hands the typed credentials to
 * {@code SecurityContext.authenticate}, this mechanism checks them against the identity store and remembers the
 * caller in the session. A visitor asking for a protected page (web.xml constraints) is redirected to the sign-in
 * page with {@code ?continue=<the page>}, and the sign-in page sends them back there afterwards. (This replaces
 * {@code @LoginToContinue}, whose saved request was not restored after a programmatic sign-in on Payara 7.)
 */
@ApplicationScoped
@AutoApplySession
public class ForumAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String SIGN_IN_PAGE = "/account/signin";

    @Inject
    IdentityStoreHandler identityStoreHandler;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null) {
            if (context.isProtected() && request.getUserPrincipal() == null) {
                return context.redirect(request.getContextPath() + SIGN_IN_PAGE + "?continue="
                        + URLEncoder.encode(pathAndQuery(request), StandardCharsets.UTF_8));
            }
            return context.doNothing();
        }
        CredentialValidationResult result = identityStoreHandler.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        return AuthenticationStatus.SEND_FAILURE; // the identity store left the reason on the request
    }

    private static String pathAndQuery(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    /**
     * The page to return to after signing in: only a path inside this forum (no scheme, no host, no
     * protocol-relative {@code //} or backslash tricks), so the parameter cannot send anyone elsewhere.
     */
    public static String safeContinue(String requested) {
        if (requested == null || !requested.startsWith("/") || requested.startsWith("//")
                || requested.contains("\\") || requested.startsWith(SIGN_IN_PAGE) || requested.length() > 500
                || requested.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return requested;
    }
}
