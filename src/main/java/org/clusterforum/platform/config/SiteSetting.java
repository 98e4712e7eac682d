package org.clusterforum.platform.config;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A site setting an administrator changed in a page; it overrides the configured default. */
@Entity
@Table(name = "SITE_SETTING")
public class SiteSetting {

    @Id
    @Column(name = "NAME", length = 60)
    private String name;

    @Column(name = "SETTING", nullable = false, length = 500)
    private String value;

    @Version
    private long version;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    protected SiteSetting() {
    }

    SiteSetting(String name, String value) {
        this.name = name;
        this.value = value;
    }

    @PrePersist
    @PreUpdate
    void stamp() {
        updatedAt = Instant.now();
    }

    void change(String value) {
        this.value = value;
    }

    String value() {
        return value;
    }

    String name() {
        return name;
    }
}
