package org.clusterforum.discussion.model;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.clusterforum.platform.space.Space;

/** A public category of discussion (e.g. "Regulation &amp; UKCA/MDR"), ordered by position, optionally nested. */
@Entity
@Table(name = "THEME")
@DiscriminatorValue("THEME")
@NamedQuery(name = "Theme.findAllOrdered", query = "select t from Theme t order by t.position, t.id")
@NamedQuery(name = "Theme.findBySlug", query = "select t from Theme t where t.slug = :slug")
@NamedQuery(name = "Theme.count", query = "select count(t) from Theme t")
public class Theme extends Space {

    @Column(name = "POSITION", nullable = false)
    private int position;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "PARENT_ID")
    private Theme parent;

    protected Theme() {
    }

    public Theme(String name, String slug, String description, int position, Theme parent) {
        super(name, slug, description);
        this.position = position;
        this.parent = parent;
    }

    @Override
    public String address() {
        return "/themes/theme?slug=" + getSlug();
    }

    public int getPosition() {
        return position;
    }

    public Theme getParent() {
        return parent;
    }

    /** Its place among its siblings (lower first). */
    public void placeAt(int position) {
        this.position = position;
    }

    /** Puts it under another theme (one level deep) or, with null, at the top level. */
    public void nestUnder(Theme newParent) {
        this.parent = newParent;
    }

    /** Renames it and changes its description; its address (slug) stays. */
    public void rename(String newName, String newDescription) {
        describe(newName, newDescription);
    }
}
