package org.clusterforum.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/**
 * The viewer of the current request, for views ({@code #{currentMember.can('START_THREAD')}}) and backing
 * beans. Resolved from the authenticated caller on every request, so a role change or suspension takes effect
 * at once, also in open sessions.
 */
@Named
@RequestScoped
public class CurrentMember {

    @Inject
    HttpServletRequest request;

    @Inject
    MemberDirectory directory;

    private Viewer viewer;

    public Viewer viewer() {
        if (viewer == null) {
            viewer = resolve();
        }
        return viewer;
    }

    private Viewer resolve() {
        // The servlet request's principal also works while an error page is dispatched, where the Security API's
        // context is not available.
        Principal principal = request.getUserPrincipal();
        if (principal == null) {
            return Viewer.anonymous();
        }
        try {
            return directory.viewerOf(Long.parseLong(principal.getName())).orElse(Viewer.anonymous());
        } catch (NumberFormatException e) {
            return Viewer.anonymous();
        }
    }

    public boolean can(String permission) {
        return viewer().can(Permission.valueOf(permission));
    }

    public boolean isSignedIn() {
        return !viewer().isAnonymous();
    }

    public Long getId() {
        return viewer().memberId();
    }

    public String getDisplayName() {
        return viewer().displayName();
    }

    public String getRoleLabel() {
        return viewer().isAnonymous() ? "" : viewer().role().label();
    }
}
