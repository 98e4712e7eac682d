package org.clusterforum.moderation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.clusterforum.platform.audit.AuditAction;
import org.clusterforum.platform.audit.AuditEntryView;
import org.clusterforum.platform.audit.AuditTrail;
import org.clusterforum.platform.persistence.Page;
import org.clusterforum.platform.persistence.PageRequest;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.web.Ids;
import org.clusterforum.platform.web.Pages;

/**
 * /moderation/log?q=spam&amp;action=LOCK_THREAD&amp;page=2: the audit log for moderators and administrators,
 * newest first, searchable by text (who, what, why) and action; every filter is in the URL. Read-only: entries
 * cannot be changed or removed. Anyone else gets "page not found".
 */
@Named
@RequestScoped
public class AuditLogPage {

    @Inject
    AuditTrail audit;

    @Inject
    CurrentMember currentMember;

    private String q;
    private String action;
    private String page;
    private Page<AuditEntryView> entries;

    public void load() {
        try {
            entries = audit.log(currentMember.viewer(), chosenAction(), q,
                    PageRequest.of(Ids.parse(page), AuditTrail.ENTRIES_PER_PAGE));
        } catch (Forbidden e) {
            Pages.notFound();
        }
    }

    private AuditAction chosenAction() {
        return Arrays.stream(AuditAction.values()).filter(a -> a.name().equals(action)).findFirst().orElse(null);
    }

    public List<AuditAction> getActions() {
        return List.of(AuditAction.values());
    }

    /** The query string of the current filters, for the pager's links. */
    public String getFilterQuery() {
        StringBuilder query = new StringBuilder();
        if (q != null && !q.isBlank()) {
            query.append("&q=").append(java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (chosenAction() != null) {
            query.append("&action=").append(action);
        }
        return query.toString();
    }

    public boolean isFiltered() {
        return (q != null && !q.isBlank()) || chosenAction() != null;
    }

    public Page<AuditEntryView> getEntries() {
        return entries;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
