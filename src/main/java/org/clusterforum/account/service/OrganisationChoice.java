package org.clusterforum.account.service;

/** An organisation as offered in the registration form's list. */
public record OrganisationChoice(long id, String name, String kindLabel) {

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getKindLabel() {
        return kindLabel;
    }
}
