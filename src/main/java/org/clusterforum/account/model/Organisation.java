package org.clusterforum.account.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Objects;
import org.clusterforum.platform.persistence.BaseEntity;
import org.clusterforum.platform.cache.ContentListener;

/**
 * A company, university, NHS provider or public body that members belong to. Names are unique ignoring case and
 * surrounding spaces, so "Acme Health" and " acme health " are one organisation.
 */
@Entity
@EntityListeners(ContentListener.class)
@Table(name = "ORGANISATION")
@NamedQuery(name = "Organisation.findByNameKey", query = "select o from Organisation o where o.nameKey = :key")
@NamedQuery(name = "Organisation.findAll", query = "select o from Organisation o order by o.nameKey")
public class Organisation extends BaseEntity {

    public static final int MAX_NAME = 120;

    @Column(name = "NAME", nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "NAME_KEY", nullable = false, length = MAX_NAME, unique = true)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    private OrganisationKind kind;

    protected Organisation() {
    }

    public Organisation(String name, OrganisationKind kind) {
        this.name = Objects.requireNonNull(name).strip();
        this.nameKey = keyOf(name);
        this.kind = Objects.requireNonNull(kind);
    }

    public static String keyOf(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }
}
