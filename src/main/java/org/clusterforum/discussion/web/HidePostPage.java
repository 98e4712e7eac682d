package org.clusterforum.discussion.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clusterforum.discussion.service.EditablePost;
import org.clusterforum.discussion.service.PostLocation;
import org.clusterforum.discussion.service.PostService;
import org.clusterforum.discussion.service.ThreadModeration;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.web.Ids;
import org.clusterforum.platform.web.Pages;

/**
 * /threads/hide?post=N: a moderator (or the group's owner) hides someone's post with a reason its author will
 * see; the post stays in the thread, marked, and can be restored.
 */
@Named
@ViewScoped
public class HidePostPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PostService postService;

    @Inject
    ThreadModeration moderation;

    @Inject
    CurrentMember currentMember;

    private String post;
    private EditablePost shown;
    private String reason;

    public void load() {
        Long postId = Ids.parse(post);
        try {
            shown = postId == null ? null : postService.postForEdit(currentMember.viewer(), postId);
        } catch (NotFound e) {
            shown = null;
        } catch (Forbidden e) {
            Pages.error(e.getMessage());
            return;
        }
        if (shown == null) {
            Pages.notFound();
        }
    }

    public void hide() {
        if (shown == null) {
            return;
        }
        try {
            PostLocation location = moderation.hidePost(currentMember.viewer(), shown.postId(), reason);
            Pages.info("The post is hidden. Its author sees your reason.");
            Pages.redirect(location.url());
        } catch (InvalidInput problems) {
            Pages.show(problems, "hide");
        } catch (Forbidden | NotFound e) {
            Pages.error(e.getMessage());
        }
    }

    public EditablePost getShown() {
        return shown;
    }

    public String getPost() {
        return post;
    }

    public void setPost(String post) {
        this.post = post;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
