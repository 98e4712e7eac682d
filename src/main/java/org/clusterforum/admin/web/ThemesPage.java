package org.clusterforum.admin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.clusterforum.discussion.service.AdminTheme;
import org.clusterforum.discussion.service.ThemeAdministration;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.web.Pages;

/**
 * /admin/themes: every theme in home-page order with move up/down, archive and edit, and a form for a new theme
 * (optionally a sub-theme). Anyone but an administrator gets "page not found".
 */
@Named
@ViewScoped
public class ThemesPage extends ThemeFields {

    private static final long serialVersionUID = 1L;

    @Inject
    ThemeAdministration administration;

    @Inject
    CurrentMember currentMember;

    private List<AdminTheme> themes = List.of();

    public void load() {
        if (!currentMember.can("ADMINISTER")) {
            Pages.notFound();
            return;
        }
        themes = administration.themes(currentMember.viewer());
    }

    public void create() {
        try {
            administration.createTheme(currentMember.viewer(), getName(), null, getDescription(), getParent());
            Pages.info("Theme “" + getName().strip() + "” created. It is listed on the home page.");
            Pages.redirect("/admin/themes");
        } catch (InvalidInput problems) {
            Pages.show(problems, "create");
        } catch (Forbidden e) {
            Pages.error(e.getMessage());
        }
    }

    public void move(AdminTheme theme, boolean up) {
        act(() -> administration.moveTheme(currentMember.viewer(), theme.id(), up),
                "“" + theme.name() + "” moved " + (up ? "up." : "down."));
    }

    public void archive(AdminTheme theme, boolean archived) {
        act(() -> administration.archiveTheme(currentMember.viewer(), theme.id(), archived), archived
                ? "“" + theme.name() + "” is archived: still readable, but it takes no new threads or replies."
                : "“" + theme.name() + "” is open again.");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Pages.info(done);
            Pages.redirect("/admin/themes");
        } catch (Forbidden | NotFound e) {
            Pages.error(e.getMessage());
        }
    }

    /** Top-level themes, which can take sub-themes. */
    public List<AdminTheme> getParents() {
        return themes.stream().filter(t -> !t.subTheme()).toList();
    }

    public List<AdminTheme> getThemes() {
        return themes;
    }
}
