package org.clusterforum.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.clusterforum.platform.persistence.Page;
import org.clusterforum.platform.persistence.PageRequest;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.web.Ids;
import org.clusterforum.platform.web.Pages;
import org.clusterforum.search.service.SearchFilters;
import org.clusterforum.search.service.SearchHit;
import org.clusterforum.search.service.SearchService;

/**
 * /search?q=dtac+evidence&amp;kind=challenges&amp;place=regulation&amp;by=@ada&amp;from=2026-01-01&amp;to=2026-11-30&amp;page=2:
 * results for what the viewer may read, best first, with
 * the matching words marked. Every filter is in the URL, so a search can be bookmarked and shared.
 */
@Named
@RequestScoped
public class SearchPage {

    @Inject
    SearchService search;

    @Inject
    CurrentMember currentMember;

    @Inject
    org.clusterforum.discussion.service.DiscussionService discussions;

    @Inject
    org.clusterforum.challenge.service.TagService tagService;

    private String q;
    private String kind;
    private java.util.List<org.clusterforum.group.service.GroupSummary> groupList;

    @Inject
    org.clusterforum.group.service.GroupService groups;
    private String place;
    private String by;
    private String from;
    private String to;
    private String tag;
    private String solved;
    private String page;
    private Page<SearchHit> results;
    private java.util.List<org.clusterforum.discussion.service.ThemeSummary> themes;
    private java.util.List<org.clusterforum.challenge.service.TagView> tags;

    public void load() {
        try {
            SearchFilters filters = new SearchFilters(kind, place, by, day(from, "from", "first"),
                    day(to, "to", "last"), tag, solved);
            results = search.search(currentMember.viewer(), q, filters,
                    PageRequest.of(Ids.parse(page), SearchService.RESULTS_PER_PAGE));
        } catch (InvalidInput problems) {
            problems.messages().values().forEach(Pages::error);
        }
    }

    private static java.time.LocalDate day(String text, String field, String which) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInput.of(field, "Give the " + which + " day as year-month-day, for example 2026-11-30.");
        }
    }

    /** The themes to narrow a search to, in home-page order. */
    public java.util.List<org.clusterforum.discussion.service.ThemeSummary> getThemes() {
        if (themes == null) {
            themes = discussions.themes(currentMember.viewer());
        }
        return themes;
    }

    /** The viewer's groups, to search in one of them. */
    public java.util.List<org.clusterforum.group.service.GroupSummary> getGroups() {
        if (groupList == null) {
            groupList = groups.myGroups(currentMember.viewer());
        }
        return groupList;
    }

    public boolean isFiltered() {
        return !blank(kind) || !blank(place) || !blank(by) || !blank(from) || !blank(to) || !blank(tag)
                || !blank(solved);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public boolean isSearched() {
        return q != null && !q.isBlank();
    }

    /** The query string of this search without the page, for the pager's links. */
    public String getQuery() {
        StringBuilder query = new StringBuilder("q=").append(URLEncoder.encode(q == null ? "" : q,
                StandardCharsets.UTF_8));
        if ("discussions".equals(kind) || "challenges".equals(kind) || "people".equals(kind)) {
            query.append("&kind=").append(kind);
        }
        for (String[] param : new String[][] {{"place", place}, {"by", by}, {"from", from}, {"to", to},
                {"tag", tag}, {"solved", solved}}) {
            if (!blank(param[1])) {
                query.append('&').append(param[0]).append('=').append(URLEncoder.encode(param[1].strip(),
                        StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    public Page<SearchHit> getResults() {
        return results;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getBy() {
        return by;
    }

    public void setBy(String by) {
        this.by = by;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    /** The expertise tags, to narrow a search to challenges carrying one. */
    public java.util.List<org.clusterforum.challenge.service.TagView> getTags() {
        if (tags == null) {
            tags = tagService.approvedTags();
        }
        return tags;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getSolved() {
        return solved;
    }

    public void setSolved(String solved) {
        this.solved = solved;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
