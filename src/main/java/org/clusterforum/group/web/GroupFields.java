package org.clusterforum.group.web;

import java.io.Serializable;
import java.util.List;
import org.clusterforum.group.model.GroupVisibility;

/** What the forms creating and changing a group share: name, description and visibility. */
public abstract class GroupFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String description;
    private GroupVisibility visibility = GroupVisibility.PRIVATE;

    public List<GroupVisibility> getVisibilities() {
        return List.of(GroupVisibility.values());
    }

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

    public GroupVisibility getVisibility() {
        return visibility;
    }

    public void setVisibility(GroupVisibility visibility) {
        this.visibility = visibility;
    }
}
