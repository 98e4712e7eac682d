package org.clusterforum.it;

import java.util.UUID;
import org.clusterforum.account.model.OrganisationKind;
import org.clusterforum.account.service.AccountService;
import org.clusterforum.account.service.Registration;
import org.clusterforum.platform.security.Role;
import org.clusterforum.platform.security.TrustedWrites;
import org.clusterforum.platform.security.Viewer;

/** New members and staff for container tests, each with a unique email, as the services see them. */
final class TestPeople {

    static final String PASSWORD = "Severn estuary kites 42";

    private final AccountService accounts;

    TestPeople(AccountService accounts) {
        this.accounts = accounts;
    }

    Viewer member(String name) {
        String email = letters() + "-" + name.toLowerCase().replaceAll("[^a-z]+", "-") + "@example.org";
        long[] id = new long[1];
        // as an account made while email is off: its address counts as confirmed
        TrustedWrites.run(() -> id[0] = accounts.register(new Registration(name, email, PASSWORD, null,
                "Test Org " + name, OrganisationKind.COMPANY)));
        return accounts.viewerOf(id[0]).orElseThrow();
    }

    Viewer staff(Role role) {
        Viewer who = member(role.label() + " " + letters());
        accounts.grantRole(who.memberId(), role);
        return accounts.viewerOf(who.memberId()).orElseThrow();
    }

    /** Eight lower-case letters, different each time: a word no text of another test contains. */
    static String letters() {
        StringBuilder letters = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            letters.append(c <= '9' ? (char) ('g' + (c - '0')) : c);
        }
        return letters.toString();
    }
}
