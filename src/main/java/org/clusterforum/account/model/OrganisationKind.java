package org.clusterforum.account.model;

/** The kinds of organisation in a health-technology cluster. */
public enum OrganisationKind {
    COMPANY("Company"),
    UNIVERSITY("University or research institute"),
    NHS_OR_CARE_PROVIDER("NHS or care provider"),
    PUBLIC_BODY("Public body"),
    OTHER("Other");

    private final String label;

    OrganisationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String getLabel() {
        return label;
    }
}
