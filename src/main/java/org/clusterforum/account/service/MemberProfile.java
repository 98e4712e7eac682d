package org.clusterforum.account.service;

import java.time.Instant;
import org.clusterforum.account.model.OrganisationKind;
import org.clusterforum.platform.security.Role;

/** What anyone may see of a member on their profile page. No email: that stays private. */
public record MemberProfile(long id, String displayName, String handle, String organisationName, OrganisationKind organisationKind,
                            Role role, Instant joinedAt, int postCount, int reputation) {

    public String getRoleLabel() {
        return role.label();
    }
}
