package org.clusterforum.admin.web;

import java.io.Serializable;

/** What the forms creating and changing a theme share: name, description and the theme it sits under. */
public abstract class ThemeFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String description;
    private String parent;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** The slug of the top-level theme it sits under, or null at the top level. */
    public String getParent() {
        return parent;
    }

    public void setParent(String parent) {
        this.parent = parent;
    }
}
