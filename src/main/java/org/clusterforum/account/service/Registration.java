package org.clusterforum.account.service;

import org.clusterforum.account.model.OrganisationKind;

/**
 * What a person typed to register. The organisation is either an existing one ({@code organisationId}) or a new
 * one ({@code newOrganisationName} + {@code newOrganisationKind}).
 */
public record Registration(String displayName, String email, String password, Long organisationId,
                           String newOrganisationName, OrganisationKind newOrganisationKind) {

    @Override
    public String toString() {
        return "Registration[" + displayName + ", " + email + "]";
    }
}
