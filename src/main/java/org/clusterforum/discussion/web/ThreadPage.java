package org.clusterforum.discussion.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clusterforum.discussion.service.DiscussionService;
import org.clusterforum.discussion.service.DraftService;
import org.clusterforum.discussion.service.PostLocation;
import org.clusterforum.discussion.service.PostService;
import org.clusterforum.discussion.service.PostView;
import org.clusterforum.discussion.service.ThreadPageView;
import org.clusterforum.discussion.service.ThreadModeration;
import org.clusterforum.discussion.service.ThreadMerged;
import org.clusterforum.discussion.service.ThreadView;
import org.clusterforum.platform.persistence.Page;
import org.clusterforum.platform.persistence.PageRequest;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.web.Ids;
import org.clusterforum.platform.web.Pages;

/**
 * /threads/thread?id=42&amp;page=2: a thread's posts in order, with like, edit and delete for those who may;
 * {@code &amp;replyTo=P} or {@code &amp;quote=P} start a reply to post P. Request-scoped, so a visitor's reading
 * keeps no state on the server (the page is a stateless view for them); the reply box, which members only see,
 * keeps its state in the view-scoped {@link ReplyForm}.
 */
@Named
@RequestScoped
public class ThreadPage {

    @Inject
    DiscussionService discussions;

    @Inject
    PostService postService;

    @Inject
    CurrentMember currentMember;

    @Inject
    DraftService drafts;

    @Inject
    ReplyForm replyForm;

    @Inject
    ThreadModeration moderation;

    private String id;
    private String page;
    private String replyTo;
    private String quote;
    private String quoteText;
    private ThreadView thread;
    private Page<PostView> posts;

    /**
     * GET: the page in one service call (which also moves the member's read mark); 404 for a thread that does not
     * exist or cannot be seen; brings back an unposted reply; prepares a reply to or quote of a post.
     */
    public void load() {
        Long threadId = Ids.parse(id);
        ThreadPageView view;
        try {
            view = threadId == null ? null : discussions.threadPage(currentMember.viewer(), threadId,
                    PageRequest.of(Ids.parse(page), DiscussionService.POSTS_PER_PAGE));
        } catch (ThreadMerged e) {
            Pages.movedPermanently("/threads/thread?id=" + e.target()); // its posts live there now
            return;
        } catch (NotFound e) {
            view = null;
        }
        if (view == null) {
            Pages.notFound();
            return;
        }
        thread = view.thread();
        if (thread.challenge()) {
            // a challenge's posts are its answers, shown on its own page (any #post anchor is kept by the browser)
            Pages.redirect("/challenges/challenge?id=" + thread.id());
            return;
        }
        posts = view.posts();
        if (currentMember.isSignedIn()) {
            prepareReply(view.hasDraft());
        }
    }

    /**
     * Remembers the thread and page for this member's postbacks and fills the reply box if they may reply: their
     * unposted draft, then the post they answer or quote.
     */
    private void prepareReply(boolean hasDraft) {
        if (!thread.viewerMayReply()) {
            replyForm.start(thread.id(), posts.number(), null, null);
            return;
        }
        String body = null;
        if (hasDraft) {
            body = drafts.draft(currentMember.viewer(), DraftService.replyPlace(thread.id()))
                    .map(draft -> draft.body().html()).orElse(null);
            if (body != null) {
                Pages.notice("Your reply that was not posted yet is back in the reply box.");
            }
        }
        PostView.ReplyTo target = null;
        Long targetId = Ids.parse(quote != null ? quote : replyTo);
        if (targetId != null) {
            try {
                target = postService.replyTarget(currentMember.viewer(), thread.id(), targetId);
                if (quote != null) {
                    String quoted = postService.quote(currentMember.viewer(), thread.id(), targetId, quoteText);
                    body = body == null ? quoted : body + quoted;
                }
            } catch (NotFound e) {
                Pages.error("The post you wanted to answer is no longer available.");
            }
        }
        replyForm.start(thread.id(), posts.number(), body, target);
    }

    public void watch(boolean watch) {
        try {
            discussions.watchThread(currentMember.viewer(), thread.id(), watch);
            Pages.info(watch ? "You are watching this thread: replies will appear in your notifications."
                    : "You no longer watch this thread.");
            Pages.redirect("/threads/thread?id=" + thread.id());
        } catch (Forbidden | NotFound e) {
            Pages.error(e.getMessage());
        }
    }

    public void like(long postId) {
        try {
            postService.like(currentMember.viewer(), postId);
        } catch (Forbidden | NotFound e) {
            Pages.error(e.getMessage());
        }
        posts = null;
    }

    public void unlike(long postId) {
        try {
            postService.unlike(currentMember.viewer(), postId);
        } catch (Forbidden | NotFound e) {
            Pages.error(e.getMessage());
        }
        posts = null;
    }

    public void delete(long postId) {
        try {
            PostLocation location = postService.deletePost(currentMember.viewer(), postId);
            Pages.info("The post is deleted.");
            Pages.redirect(location.url());
        } catch (Forbidden | NotFound e) {
            Pages.error(e.getMessage());
        }
    }

    /** A moderator approves a new member's post that waits. */
    public void approve(long postId) {
        try {
            PostLocation location = moderation.approvePost(currentMember.viewer(), postId);
            Pages.info("The post is approved: everyone who may read the thread sees it now.");
            Pages.redirect(location.url());
        } catch (Forbidden | NotFound e) {
            Pages.error(e.getMessage());
        }
    }

    /** A moderator shows a deleted or hidden post again. */
    public void restore(long postId) {
        try {
            PostLocation location = moderation.restorePost(currentMember.viewer(), postId, null);
            Pages.info("The post is restored.");
            Pages.redirect(location.url());
        } catch (Forbidden | NotFound e) {
            Pages.error(e.getMessage());
        }
    }

    /** The thread shown; on a member's postback (no query string) the one their view showed. */
    public ThreadView getThread() {
        Long threadId = Ids.parse(id);
        if (threadId == null && currentMember.isSignedIn()) {
            threadId = replyForm.threadId();
        }
        if (thread == null && threadId != null) {
            try {
                thread = discussions.thread(currentMember.viewer(), threadId);
            } catch (NotFound e) {
                return null;
            }
        }
        return thread;
    }

    public Page<PostView> getPosts() {
        if (posts == null && getThread() != null) {
            Long number = Ids.parse(page);
            if (number == null && currentMember.isSignedIn() && replyForm.page() != null) {
                number = replyForm.page().longValue();
            }
            posts = discussions.posts(currentMember.viewer(), thread.id(),
                    PageRequest.of(number, DiscussionService.POSTS_PER_PAGE));
        }
        return posts;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getReplyTo() {
        return replyTo;
    }

    public void setReplyTo(String replyTo) {
        this.replyTo = replyTo;
    }

    public String getQuote() {
        return quote;
    }

    public void setQuote(String quote) {
        this.quote = quote;
    }

    public String getQuoteText() {
        return quoteText;
    }

    public void setQuoteText(String quoteText) {
        this.quoteText = quoteText;
    }

}
