package org.clusterforum.discussion.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clusterforum.discussion.service.EditConflict;
import org.clusterforum.discussion.service.EditablePost;
import org.clusterforum.discussion.service.PostLocation;
import org.clusterforum.discussion.service.PostService;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.web.Ids;
import org.clusterforum.platform.web.Pages;

/**
 * /threads/edit?post=N: edit a post. If someone else saves it meanwhile, the page shows their version and keeps
 * the member's text in the editor, to save again on top of theirs.
 */
@Named
@ViewScoped
public class EditPostPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PostService postService;

    @Inject
    CurrentMember currentMember;

    private String post;
    private EditablePost original;
    private EditablePost conflicting;
    private String body;

    public void load() {
        Long postId = Ids.parse(post);
        if (postId == null) {
            Pages.notFound();
            return;
        }
        try {
            original = postService.postForEdit(currentMember.viewer(), postId);
            body = original.body().html();
        } catch (NotFound e) {
            Pages.notFound();
        } catch (Forbidden e) {
            Pages.error(e.getMessage());
        }
    }

    public void save() {
        if (original == null) {
            return;
        }
        try {
            PostLocation location = postService.editPost(currentMember.viewer(), original.postId(),
                    original.version(), body);
            Pages.info("Your changes are saved.");
            Pages.redirect(location.url());
        } catch (EditConflict e) {
            // Their version becomes the base of the next save; the member's text stays in the editor.
            conflicting = postService.postForEdit(currentMember.viewer(), original.postId());
            original = conflicting;
            Pages.error("Someone else changed this post while you were editing it. Their version is shown below; "
                    + "your text is still in the editor. Merge what you need, then save again.");
        } catch (InvalidInput problems) {
            Pages.show(problems, "edit");
        } catch (Forbidden e) {
            Pages.error(e.getMessage());
        } catch (NotFound e) {
            Pages.notFound();
        }
    }

    public EditablePost getOriginal() {
        return original;
    }

    public EditablePost getConflicting() {
        return conflicting;
    }

    public String getPost() {
        return post;
    }

    public void setPost(String post) {
        this.post = post;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
