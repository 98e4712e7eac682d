package org.clusterforum.discussion.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.clusterforum.discussion.model.Theme;
import org.clusterforum.discussion.model.ThemeRepository;
import org.clusterforum.platform.audit.AuditAction;
import org.clusterforum.platform.audit.AuditTarget;
import org.clusterforum.platform.audit.AuditTrail;
import org.clusterforum.platform.security.Permission;
import org.clusterforum.platform.security.Viewer;
import org.clusterforum.platform.space.Space;
import org.clusterforum.platform.space.SpaceRepository;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.validation.Texts;

/**
 * Administrators shape the themes: create (at the top level or as a sub-theme, one level deep), rename and
 * describe, move up and down among their siblings, archive (read-only) and bring back. A theme's address (slug)
 * never changes, so links keep working. Every change is in the audit log.
 */
@ApplicationScoped
public class ThemeAdministration {

    /** Positions are spaced so a new theme fits at the end without renumbering the others. */
    static final int STEP = 10;

    @Inject
    ThemeRepository themes;

    @Inject
    SpaceRepository spaces;

    @Inject
    AuditTrail audit;

    /** Every theme in home-page order: top-level themes by position, each followed by its sub-themes. */
    @Transactional
    public List<AdminTheme> themes(Viewer viewer) {
        requireAdministrator(viewer);
        List<Theme> ordered = treeOrder(themes.findAllOrdered());
        List<AdminTheme> rows = new ArrayList<>();
        for (Theme t : ordered) {
            List<Theme> siblings = siblingsOf(ordered, t.getParent());
            Theme parent = t.getParent();
            rows.add(new AdminTheme(t.getId(), t.getName(), t.getSlug(), t.getDescription(),
                    parent == null ? null : parent.getId(), parent == null ? null : parent.getName(),
                    t.getThreadCount(), t.getPostCount(), t.isArchived(), siblings.getFirst().equals(t),
                    siblings.getLast().equals(t)));
        }
        return rows;
    }

    /** Top-level themes by position, each followed by its sub-themes by position. */
    public static List<Theme> treeOrder(List<Theme> byPosition) {
        List<Theme> ordered = new ArrayList<>();
        for (Theme top : byPosition) {
            if (top.getParent() == null) {
                ordered.add(top);
                byPosition.stream().filter(t -> t.getParent() != null && t.getParent().equals(top))
                        .forEach(ordered::add);
            }
        }
        return ordered;
    }

    @Transactional
    public AdminTheme theme(Viewer viewer, long id) {
        return themes(viewer).stream().filter(t -> t.id() == id).findFirst()
                .orElseThrow(() -> new NotFound("Theme"));
    }

    /**
     * Creates a theme at the end of its level: under {@code parentSlug} (a top-level theme) or, if blank, at the
     * top level. Its address is made from the name unless {@code slug} is given. Returns its id.
     */
    @Transactional
    public long createTheme(Viewer viewer, String name, String slug, String description, String parentSlug) {
        requireAdministrator(viewer);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String cleanName = checkedName(name, problems);
        String cleanDescription = checkedDescription(description, problems);
        String cleanSlug = Texts.clean(slug).toLowerCase(Locale.ROOT);
        if (cleanSlug.isEmpty() && !cleanName.isEmpty()) {
            cleanSlug = freeSlug(Texts.slug(cleanName));
        } else if (!cleanSlug.isEmpty()) {
            if (!cleanSlug.matches("[a-z0-9]+(-[a-z0-9]+)*") || cleanSlug.length() > Space.MAX_NAME) {
                problems.add("slug", "Use lower-case letters, digits and single hyphens for the address.");
            } else if (spaces.findBySlug(cleanSlug).isPresent()) {
                problems.add("slug", "Another theme or group already uses this address.");
            }
        }
        Theme parent = checkedParent(parentSlug, null, problems);
        problems.throwIfAny();
        List<Theme> all = themes.findAllOrdered();
        int position = siblingsOf(all, parent).stream().mapToInt(Theme::getPosition).max().orElse(0) + STEP;
        Theme created = themes.add(new Theme(cleanName, cleanSlug, cleanDescription, position, parent));
        audit.record(viewer, AuditAction.CREATE_THEME, target(created),
                parent == null ? null : "Under " + parent.getName());
        return created.getId();
    }

    /** Renames a theme, changes its description and where it sits (under another top-level theme or on top). */
    @Transactional
    public void editTheme(Viewer viewer, long id, String name, String description, String parentSlug) {
        requireAdministrator(viewer);
        Theme theme = find(id);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String cleanName = checkedName(name, problems);
        String cleanDescription = checkedDescription(description, problems);
        Theme parent = checkedParent(parentSlug, theme, problems);
        problems.throwIfAny();
        List<String> changes = new ArrayList<>();
        if (!cleanName.equals(theme.getName())) {
            changes.add("Renamed from “" + theme.getName() + "”");
        }
        if (!cleanDescription.equals(theme.getDescription())) {
            changes.add("Description changed");
        }
        theme.rename(cleanName, cleanDescription);
        if (!Objects.equals(parent, theme.getParent())) {
            changes.add(parent == null ? "Moved to the top level" : "Moved under " + parent.getName());
            List<Theme> all = themes.findAllOrdered();
            theme.nestUnder(parent);
            theme.placeAt(siblingsOf(all, parent).stream().filter(t -> !t.equals(theme))
                    .mapToInt(Theme::getPosition).max().orElse(0) + STEP);
        }
        if (!changes.isEmpty()) {
            audit.record(viewer, AuditAction.EDIT_THEME, target(theme), String.join(". ", changes));
        }
    }

    /** Swaps a theme with its previous ({@code up}) or next sibling; at either end nothing changes. */
    @Transactional
    public void moveTheme(Viewer viewer, long id, boolean up) {
        requireAdministrator(viewer);
        Theme theme = find(id);
        List<Theme> siblings = new ArrayList<>(siblingsOf(themes.findAllOrdered(), theme.getParent()));
        int at = siblings.indexOf(theme);
        int to = up ? at - 1 : at + 1;
        if (to < 0 || to >= siblings.size()) {
            return;
        }
        siblings.set(at, siblings.get(to));
        siblings.set(to, theme);
        for (int i = 0; i < siblings.size(); i++) {
            siblings.get(i).placeAt((i + 1) * STEP); // evenly spaced again, whatever the positions were
        }
        audit.record(viewer, AuditAction.REORDER_THEMES, target(theme), up ? "Moved up" : "Moved down");
    }

    /** Archives a theme (read-only; still listed and readable) or brings it back. Twice changes nothing. */
    @Transactional
    public void archiveTheme(Viewer viewer, long id, boolean archived) {
        requireAdministrator(viewer);
        Theme theme = find(id);
        if (theme.isArchived() != archived) {
            theme.archive(archived);
            audit.record(viewer, archived ? AuditAction.ARCHIVE_THEME : AuditAction.UNARCHIVE_THEME, target(theme),
                    null);
        }
    }

    private Theme find(long id) {
        return themes.findAllOrdered().stream().filter(t -> t.getId() == id).findFirst()
                .orElseThrow(() -> new NotFound("Theme"));
    }

    private static List<Theme> siblingsOf(List<Theme> all, Theme parent) {
        return all.stream().filter(t -> Objects.equals(t.getParent(), parent))
                .sorted(Comparator.comparingInt(Theme::getPosition).thenComparing(Theme::getId)).toList();
    }

    private static String checkedName(String name, InvalidInput.Collector problems) {
        String clean = Texts.clean(name);
        if (Texts.length(clean) < 2 || Texts.length(clean) > Space.MAX_NAME) {
            problems.add("name", "Give the theme a name of 2 to " + Space.MAX_NAME + " characters.");
        } else if (Texts.slug(clean).isEmpty()) {
            problems.add("name", "Use some letters or digits in the name.");
        }
        return clean;
    }

    private static String checkedDescription(String description, InvalidInput.Collector problems) {
        String clean = Texts.clean(description);
        if (Texts.length(clean) > Space.MAX_DESCRIPTION) {
            problems.add("description", "Shorten the description to " + Space.MAX_DESCRIPTION + " characters.");
        }
        return clean;
    }

    /** The top-level theme to nest under (blank: none); a theme cannot go under itself or a sub-theme. */
    private Theme checkedParent(String parentSlug, Theme theme, InvalidInput.Collector problems) {
        String slug = Texts.clean(parentSlug);
        if (slug.isEmpty()) {
            return null;
        }
        Theme parent = themes.findBySlug(slug).orElse(null);
        if (parent == null) {
            problems.add("parent", "There is no theme “" + slug + "” to put it under.");
        } else if (parent.equals(theme)) {
            problems.add("parent", "A theme cannot be its own sub-theme.");
        } else if (parent.getParent() != null) {
            problems.add("parent", "Sub-themes go one level deep: choose a top-level theme.");
        } else if (theme != null && themes.findAllOrdered().stream().anyMatch(t -> theme.equals(t.getParent()))) {
            problems.add("parent", "“" + theme.getName() + "” has sub-themes of its own, so it stays at the top"
                    + " level.");
        }
        return parent;
    }

    /** The slug, or the slug with -2, -3… when a theme or group already has it. */
    private String freeSlug(String base) {
        String root = base.length() > Space.MAX_NAME - 4 ? base.substring(0, Space.MAX_NAME - 4) : base;
        String candidate = root;
        for (int n = 2; spaces.findBySlug(candidate).isPresent(); n++) {
            candidate = root + "-" + n;
        }
        return candidate;
    }

    private static AuditTarget target(Theme theme) {
        return new AuditTarget("theme", theme.getId(), theme.getName(), theme.address());
    }

    private static void requireAdministrator(Viewer viewer) {
        if (!viewer.can(Permission.ADMINISTER)) {
            throw new Forbidden("Only administrators manage themes.");
        }
    }
}
