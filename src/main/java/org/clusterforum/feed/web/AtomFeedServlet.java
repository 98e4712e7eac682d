package org.clusterforum.feed.web;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.clusterforum.challenge.model.ChallengeQuery;
import org.clusterforum.challenge.service.ChallengeItem;
import org.clusterforum.challenge.service.ChallengeList;
import org.clusterforum.challenge.service.ChallengeService;
import org.clusterforum.challenge.service.TagView;
import org.clusterforum.discussion.service.DiscussionService;
import org.clusterforum.discussion.service.NewestThreads;
import org.clusterforum.platform.config.SiteSettings;
import org.clusterforum.platform.persistence.PageRequest;
import org.clusterforum.platform.security.Viewer;
import org.clusterforum.platform.validation.NotFound;

/**
 * Atom feeds of public content, read as a visitor whoever asks (a feed reader has no session, and a feed URL may
 * be shared): {@code /feeds/theme?slug=…} (a theme's newest threads) and {@code /feeds/tag?tag=…} (the newest
 * challenges with a tag). Anything a visitor may not read is 404, as on the pages.
 */
@WebServlet(urlPatterns = {"/feeds/theme", "/feeds/tag"})
public class AtomFeedServlet extends HttpServlet {

    static final int ENTRIES = 20;

    @Inject
    DiscussionService discussions;

    @Inject
    ChallengeService challenges;

    @Inject
    SiteSettings site;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort())
                + request.getContextPath();
        SyndFeed feed;
        try {
            feed = request.getServletPath().endsWith("/tag")
                    ? tagFeed(base, request.getParameter("tag"))
                    : themeFeed(base, request.getParameter("slug"));
        } catch (NotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        feed.setLinks(List.of(link(feed.getLink(), "alternate"),
                link(base + request.getServletPath() + "?" + request.getQueryString(), "self")));
        response.setContentType("application/atom+xml");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "public, max-age=300");
        try {
            new SyndFeedOutput().output(feed, response.getWriter());
        } catch (FeedException e) {
            throw new IOException("The feed could not be written", e);
        }
    }

    private SyndFeed themeFeed(String base, String slug) {
        NewestThreads newest = discussions.newestThreads(Viewer.anonymous(), slug, ENTRIES);
        SyndFeed feed = feed(base, "tag:" + hostOf(base) + ",2026:theme:" + newest.theme().slug(),
                newest.theme().name() + " · " + site.siteName(), newest.theme().description(),
                base + "/themes/theme?slug=" + newest.theme().slug());
        List<SyndEntry> entries = new ArrayList<>();
        for (NewestThreads.Entry t : newest.entries()) {
            entries.add(entry(base, "thread:" + t.id(), t.title(), base + t.url(), t.authorName(), t.createdAt(),
                    t.lastActivityAt(), t.excerpt()));
        }
        feed.setEntries(entries);
        feed.setPublishedDate(date(newest.entries().isEmpty() ? null : newest.entries().get(0).createdAt()));
        return feed;
    }

    private SyndFeed tagFeed(String base, String tag) {
        if (tag == null || tag.isBlank()) {
            throw new NotFound("Tag");
        }
        ChallengeList list = challenges.list(Viewer.anonymous(), ChallengeQuery.View.NEWEST, false,
                List.of(tag.strip()), new PageRequest(1, ENTRIES));
        TagView tagView = list.tags().get(0);
        SyndFeed feed = feed(base, "tag:" + hostOf(base) + ",2026:challenge-tag:" + tagView.slug(),
                "Challenges tagged " + tagView.name() + " · " + site.siteName(), tagView.description(),
                base + "/challenges/tag?slug=" + tagView.slug());
        List<SyndEntry> entries = new ArrayList<>();
        for (ChallengeItem c : list.items().items()) {
            String summary = c.statusLabel() + " · " + c.answerCount() + (c.answerCount() == 1 ? " answer" : " answers")
                    + " · tags: " + c.tags().stream().map(TagView::name).collect(Collectors.joining(", "));
            entries.add(entry(base, "challenge:" + c.id(), c.title(), base + c.url(), c.askerName(), c.createdAt(),
                    c.lastActivityAt(), summary));
        }
        feed.setEntries(entries);
        feed.setPublishedDate(date(list.items().items().isEmpty() ? null : list.items().items().get(0).createdAt()));
        return feed;
    }

    private static SyndFeed feed(String base, String id, String title, String description, String link) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setUri(id);
        feed.setTitle(title);
        feed.setDescription(description == null || description.isBlank() ? null : description);
        feed.setLink(link);
        return feed;
    }

    private static SyndEntry entry(String base, String key, String title, String link, String author,
                                   Instant created, Instant updated, String text) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri("tag:" + hostOf(base) + ",2026:" + key);
        entry.setTitle(title);
        entry.setLink(link);
        entry.setAuthor(author);
        entry.setPublishedDate(date(created));
        entry.setUpdatedDate(date(updated == null ? created : updated));
        SyndContent summary = new SyndContentImpl();
        summary.setType("text");
        summary.setValue(text == null ? "" : text);
        entry.setDescription(summary);
        return entry;
    }

    private static SyndLink link(String href, String rel) {
        SyndLink link = new SyndLinkImpl();
        link.setHref(href);
        link.setRel(rel);
        if ("self".equals(rel)) {
            link.setType("application/atom+xml");
        }
        return link;
    }

    private static Date date(Instant instant) {
        return instant == null ? new Date(0) : Date.from(instant);
    }

    private static String hostOf(String base) {
        return java.net.URI.create(base).getHost();
    }
}
