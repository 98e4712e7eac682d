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
import org.clusterforum.platform.web.Ids;
import org.clusterforum.platform.web.Pages;

/** /admin/theme?id=4: rename a theme, change its description and where it sits. Its address stays. */
@Named
@ViewScoped
public class EditThemePage extends ThemeFields {

    private static final long serialVersionUID = 1L;

    @Inject
    ThemeAdministration administration;

    @Inject
    CurrentMember currentMember;

    private String id;
    private AdminTheme theme;
    private List<AdminTheme> parents = List.of();

    public void load() {
        Long themeId = Ids.parse(id);
        if (!currentMember.can("ADMINISTER") || themeId == null) {
            Pages.notFound();
            return;
        }
        try {
            List<AdminTheme> all = administration.themes(currentMember.viewer());
            theme = all.stream().filter(t -> t.id() == themeId).findFirst().orElseThrow(() -> new NotFound("Theme"));
            parents = all.stream().filter(t -> !t.subTheme() && t.id() != themeId).toList();
        } catch (NotFound e) {
            Pages.notFound();
            return;
        }
        if (getName() == null) {
            setName(theme.name());
            setDescription(theme.description());
            setParent(theme.parentId() == null ? null : slugOf(theme.parentId()));
        }
    }

    private String slugOf(long parentId) {
        return parents.stream().filter(t -> t.id() == parentId).map(AdminTheme::slug).findFirst().orElse(null);
    }

    public void save() {
        try {
            administration.editTheme(currentMember.viewer(), theme.id(), getName(), getDescription(), getParent());
            Pages.info("Theme saved.");
            Pages.redirect("/admin/themes");
        } catch (InvalidInput problems) {
            Pages.show(problems, "theme");
        } catch (Forbidden | NotFound e) {
            Pages.error(e.getMessage());
        }
    }

    public AdminTheme getTheme() {
        return theme;
    }

    public List<AdminTheme> getParents() {
        return parents;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
