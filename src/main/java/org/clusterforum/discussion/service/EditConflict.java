package org.clusterforum.discussion.service;

/**
 * Someone else saved the post after this editor opened it. The page shows their current text (read again with
 * {@link PostService#postForEdit}) and keeps the member's own text, so nothing is silently overwritten or lost.
 */
public class EditConflict extends RuntimeException {

    public EditConflict() {
        super("Someone else changed this post while you were editing it.");
    }
}
