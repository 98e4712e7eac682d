package org.clusterforum.discussion.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clusterforum.discussion.service.PostHistory;
import org.clusterforum.discussion.service.PostService;
import org.clusterforum.platform.security.CurrentMember;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.web.Ids;
import org.clusterforum.platform.web.Pages;

/** /threads/revisions?post=N: a post's current text and every earlier version, with who changed it and when. */
@Named
@RequestScoped
public class RevisionsPage {

    @Inject
    PostService postService;

    @Inject
    CurrentMember currentMember;

    private String post;
    private PostHistory history;

    public void load() {
        Long postId = Ids.parse(post);
        if (postId == null) {
            Pages.notFound();
            return;
        }
        try {
            history = postService.history(currentMember.viewer(), postId);
        } catch (NotFound e) {
            Pages.notFound();
        }
    }

    public PostHistory getHistory() {
        return history;
    }

    public String getPost() {
        return post;
    }

    public void setPost(String post) {
        this.post = post;
    }
}
