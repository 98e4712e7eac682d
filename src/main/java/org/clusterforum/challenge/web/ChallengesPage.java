package org.clusterforum.challenge.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.clusterforum.challenge.model.ChallengeQuery;
import org.clusterforum.challenge.service.ChallengeList;
import org.clusterforum.challenge.service.ChallengeService;
import org.clusterforum.challenge.service.TagView;
import org.clusterforum.platform.persistence.PageRequest;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.web.Ids;
import org.clusterforum.platform.web.Pages;

/**
 * /challenges?view=unanswered&amp;tags=dtac,data-protection&amp;page=2: one list of challenges (newest, unanswered,
 * unsolved, solved, top this month, or the member's own), optionally narrowed to challenges with all the given
 * tags. Request-scoped and read-only: every filter is a link.
 */
@Named
@RequestScoped
public class ChallengesPage {

    /** The tabs: URL value, label. */
    private static final List<String[]> VIEWS = List.of(new String[]{"newest", "Newest"},
            new String[]{"unanswered", "Unanswered"}, new String[]{"unsolved", "Unsolved"},
            new String[]{"solved", "Solved"}, new String[]{"top", "Top this month"});

    @Inject
    ChallengeService challenges;

    @Inject
    CurrentMember currentMember;

    private String view;
    private String tags;
    private String mine;
    private String theme;
    private String page;
    private ChallengeList list;

    public void load() {
        try {
            list = challenges.list(currentMember.viewer(), parsedView(), isMine(), tagSlugs(), theme,
                    PageRequest.of(Ids.parse(page), ChallengeService.PER_PAGE));
        } catch (NotFound e) {
            Pages.notFound();
        } catch (Forbidden e) {
            Pages.redirect("/account/signin?continue=" + URLEncoder.encode("/challenges?mine=true",
                    StandardCharsets.UTF_8));
        }
    }

    private ChallengeQuery.View parsedView() {
        if (view == null) {
            return ChallengeQuery.View.NEWEST;
        }
        try {
            return ChallengeQuery.View.valueOf(view.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return ChallengeQuery.View.NEWEST;
        }
    }

    private List<String> tagSlugs() {
        return tags == null || tags.isBlank() ? List.of()
                : Arrays.stream(tags.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public boolean isMine() {
        return "true".equals(mine);
    }

    /** The tabs with their links (keeping the tag filter) and which one is current. */
    public List<Tab> getTabs() {
        List<Tab> tabs = new ArrayList<>();
        String current = list.mine() ? "" : list.view().name().toLowerCase(Locale.ROOT);
        for (String[] v : VIEWS) {
            tabs.add(new Tab(v[1], url(v[0], false, tagList(list.tags()), themeSlug()), v[0].equals(current)));
        }
        if (currentMember.isSignedIn()) {
            tabs.add(new Tab("My challenges", url("newest", true, tagList(list.tags()), themeSlug()), list.mine()));
        }
        return tabs;
    }

    /** A tab of the list. */
    public record Tab(String label, String url, boolean current) {
    }

    /** The link that removes one tag from the filter. */
    public String withoutTag(String slug) {
        List<String> rest = list.tags().stream().map(TagView::slug).filter(s -> !s.equals(slug)).toList();
        return url(currentViewName(), list.mine(), rest, themeSlug());
    }

    /** The current list's address without a page number: the pager adds it. */
    public String getListUrl() {
        return url(currentViewName(), list.mine(), tagList(list.tags()), themeSlug());
    }

    /** The link that shows the list without the theme filter. */
    public String getWithoutTheme() {
        return url(currentViewName(), list.mine(), tagList(list.tags()), null);
    }

    private String themeSlug() {
        return list.theme() == null ? null : list.theme().slug();
    }

    private String currentViewName() {
        return list.view().name().toLowerCase(Locale.ROOT);
    }

    private static List<String> tagList(List<TagView> tags) {
        return tags.stream().map(TagView::slug).toList();
    }

    static String url(String view, boolean mine, List<String> tags) {
        return url(view, mine, tags, null);
    }

    static String url(String view, boolean mine, List<String> tags, String theme) {
        StringBuilder url = new StringBuilder("/challenges");
        char sep = '?';
        if (!"newest".equals(view)) {
            url.append(sep).append("view=").append(view);
            sep = '&';
        }
        if (mine) {
            url.append(sep).append("mine=true");
            sep = '&';
        }
        if (!tags.isEmpty()) {
            url.append(sep).append("tags=").append(URLEncoder.encode(String.join(",", tags), StandardCharsets.UTF_8));
            sep = '&';
        }
        if (theme != null) {
            url.append(sep).append("theme=").append(URLEncoder.encode(theme, StandardCharsets.UTF_8));
        }
        return url.toString();
    }

    public String getHeading() {
        if (list.mine()) {
            return "My challenges";
        }
        return switch (list.view()) {
            case NEWEST -> "Challenges";
            case UNANSWERED -> "Unanswered challenges";
            case UNSOLVED -> "Unsolved challenges";
            case SOLVED -> "Solved challenges";
            case TOP -> "Top challenges this month";
        };
    }

    public ChallengeList getList() {
        return list;
    }

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = view;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getMine() {
        return mine;
    }

    public void setMine(String mine) {
        this.mine = mine;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
