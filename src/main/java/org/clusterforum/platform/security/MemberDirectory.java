package org.clusterforum.platform.security;

import java.util.Optional;

/**
 * Resolves the signed-in caller to a {@link Viewer}. Implemented by the account feature, so the platform
 * knows nothing about members' tables. Empty when the member no longer exists or may not sign in.
 */
public interface MemberDirectory {

    Optional<Viewer> viewerOf(long memberId);
}
