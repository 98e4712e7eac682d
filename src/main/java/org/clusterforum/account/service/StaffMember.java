package org.clusterforum.account.service;

import java.io.Serializable;
import org.clusterforum.platform.security.Role;

/** A member with a site role beyond member, as the roles page lists them. */
public record StaffMember(long id, String displayName, String handle, Role role) implements Serializable {
}
