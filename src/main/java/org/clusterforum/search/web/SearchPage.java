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
import org.clusterforum.search.service.SearchHit;
import org.clusterforum.search.service.SearchService;

/**
 * /search?q=dtac+evidence&amp;kind=challenges&amp;page=2: results for what the viewer may read, best first, with
 * the matching words marked. Every filter is in the URL, so a search can be bookmarked and shared.
 */
@Named
@RequestScoped
public class SearchPage {

    @Inject
    SearchService search;

    @Inject
    CurrentMember currentMember;

    private String q;
    private String kind;
    private String page;
    private Page<SearchHit> results;

    public void load() {
        try {
            results = search.search(currentMember.viewer(), q, kind,
                    PageRequest.of(Ids.parse(page), SearchService.RESULTS_PER_PAGE));
        } catch (InvalidInput problems) {
            problems.messages().values().forEach(Pages::error);
        }
    }

    public boolean isSearched() {
        return q != null && !q.isBlank();
    }

    /** The query string of this search without the page, for the pager's links. */
    public String getQuery() {
        StringBuilder query = new StringBuilder("q=").append(URLEncoder.encode(q == null ? "" : q,
                StandardCharsets.UTF_8));
        if ("discussions".equals(kind) || "challenges".equals(kind)) {
            query.append("&kind=").append(kind);
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

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
