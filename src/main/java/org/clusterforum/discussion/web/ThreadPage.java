package org.clusterforum.discussion.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clusterforum.discussion.service.DiscussionService;
import org.clusterforum.discussion.service.PostLocation;
import org.clusterforum.discussion.service.PostView;
import org.clusterforum.discussion.service.ThreadView;
import org.clusterforum.platform.persistence.Page;
import org.clusterforum.platform.persistence.PageRequest;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.web.Ids;
import org.clusterforum.platform.web.Pages;

/**
 * /threads/thread?id=42&amp;page=2: a thread's posts in order, and the reply form for members. View-scoped, so
 * the thread is known while the reply form is decoded (its rendering depends on the thread).
 */
@Named
@ViewScoped
public class ThreadPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DiscussionService discussions;

    @Inject
    CurrentMember currentMember;

    private String id;
    private String page;
    private String replyBody;
    private String replied;
    private ThreadView thread;
    private Page<PostView> posts;

    /** GET: 404 for a thread that does not exist or cannot be seen. */
    public void load() {
        if (getThread() == null) {
            Pages.notFound();
        }
    }

    /**
     * Posts the reply once: a double click or a resubmitted form of the same page view does not post it twice
     * (the view-scoped bean remembers that this view already posted).
     */
    public synchronized void reply() {
        if (replied != null) {
            Pages.redirect(replied);
            return;
        }
        try {
            Long threadId = Ids.parse(id);
            if (threadId == null) {
                Pages.notFound();
                return;
            }
            PostLocation location = discussions.reply(currentMember.viewer(), threadId, replyBody);
            replyBody = null;
            replied = location.url();
            Pages.info("Your reply is posted.");
            Pages.redirect(replied);
        } catch (InvalidInput problems) {
            Pages.show(problems, "reply");
        } catch (Forbidden e) {
            Pages.error(e.getMessage());
        } catch (NotFound e) {
            Pages.notFound();
        }
    }

    public ThreadView getThread() {
        Long threadId = Ids.parse(id);
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
            posts = discussions.posts(currentMember.viewer(), thread.id(),
                    PageRequest.of(Ids.parse(page), DiscussionService.POSTS_PER_PAGE));
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

    public String getReplyBody() {
        return replyBody;
    }

    public void setReplyBody(String replyBody) {
        this.replyBody = replyBody;
    }
}
