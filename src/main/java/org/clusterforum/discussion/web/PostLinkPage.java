package org.clusterforum.discussion.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clusterforum.discussion.service.PostService;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.web.Ids;
import org.clusterforum.platform.web.Pages;

/** /threads/post?id=N: a post's own URL; sends the browser to the thread page that holds it, at the post. */
@Named
@RequestScoped
public class PostLinkPage {

    @Inject
    PostService postService;

    @Inject
    CurrentMember currentMember;

    private String id;

    public void go() {
        Long postId = Ids.parse(id);
        try {
            if (postId == null) {
                throw new NotFound("Post");
            }
            Pages.redirect(postService.locate(currentMember.viewer(), postId).url());
        } catch (NotFound e) {
            Pages.notFound();
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
