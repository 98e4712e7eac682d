package org.clusterforum.admin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clusterforum.account.service.AccountService;
import org.clusterforum.account.service.StaffMember;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.security.Role;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.web.Pages;

/**
 * /admin/roles: who is an expert, moderator or administrator, and a form to give a member a role (or take it
 * away). Anyone but an administrator gets "page not found".
 */
@Named
@ViewScoped
public class RolesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    @Inject
    CurrentMember currentMember;

    private List<StaffMember> staff = List.of();
    private String who;
    private Role role;

    public void load() {
        if (!currentMember.can("ADMINISTER")) {
            Pages.notFound();
            return;
        }
        staff = accounts.staff(currentMember.viewer());
    }

    public void change() {
        try {
            StaffMember changed = accounts.changeRole(currentMember.viewer(), who, role);
            Pages.info(changed.displayName() + " is now " + article(changed.role()) + ".");
            Pages.redirect("/admin/roles");
        } catch (InvalidInput problems) {
            Pages.show(problems, "change");
        } catch (Forbidden e) {
            Pages.error(e.getMessage());
        }
    }

    /** "Make member" on a staff row: takes their role away. */
    public void revoke(StaffMember member) {
        try {
            accounts.changeRole(currentMember.viewer(), "@" + member.handle(), Role.MEMBER);
            Pages.info(member.displayName() + " is no longer " + article(member.role()) + ".");
            Pages.redirect("/admin/roles");
        } catch (InvalidInput problems) {
            problems.messages().values().forEach(Pages::error);
        } catch (Forbidden e) {
            Pages.error(e.getMessage());
        }
    }

    private static String article(Role role) {
        String label = role.label().toLowerCase();
        return (label.startsWith("a") || label.startsWith("e") ? "an " : "a ") + label;
    }

    public List<Role> getRoles() {
        return List.of(Role.values());
    }

    public List<StaffMember> getStaff() {
        return staff;
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = who;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
