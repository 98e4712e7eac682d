package org.clusterforum.group.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clusterforum.group.service.GroupForm;
import org.clusterforum.group.service.GroupService;
import org.clusterforum.platform.security.CurrentMember;

/** /groups/new: a group's name, description and visibility; the creator becomes its owner. */
@Named
@ViewScoped
public class NewGroupPage extends GroupFields {

    private static final long serialVersionUID = 1L;

    @Inject
    GroupService groups;

    @Inject
    CurrentMember currentMember;

    private String created;

    public void create() {
        if (created == null) { // a double click creates one group
            GroupActions.run(() -> created = groups.createGroup(currentMember.viewer(),
                            new GroupForm(getName(), getDescription(), getVisibility())),
                    "Your group is ready. Invite members from \u201cManage group\u201d.",
                    () -> "/groups/group?slug=" + created, "newGroup", null);
        }
    }
}
