package org.clusterforum.challenge.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import org.clusterforum.challenge.model.Tag;
import org.clusterforum.challenge.model.TagRepository;
import org.clusterforum.challenge.model.TagStatus;
import org.clusterforum.platform.security.Permission;
import org.clusterforum.platform.security.Viewer;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.validation.Texts;

/** The expertise taxonomy: approved tags for everyone, proposals by members, decisions by moderators. */
@ApplicationScoped
public class TagService {

    @Inject
    TagRepository tags;

    /** Approved tags in name order. */
    @Transactional
    public List<TagView> approvedTags() {
        return tags.withStatus(TagStatus.APPROVED).stream().map(TagView::of).toList();
    }

    @Transactional
    public TagView tag(String slug) {
        return tags.findBySlug(slug == null ? "" : slug).filter(Tag::isApproved).map(TagView::of)
                .orElseThrow(() -> new NotFound("Tag"));
    }

    /** A member proposes a new tag; it can be used once a moderator approves it. Returns its address. */
    @Transactional
    public String proposeTag(Viewer viewer, String name, String description) {
        if (viewer.isAnonymous() || !viewer.can(Permission.REPLY)) {
            throw new Forbidden("Sign in to propose a tag.");
        }
        var problems = new InvalidInput.Collector();
        String cleanName = Texts.clean(name);
        String slug = Texts.slug(cleanName);
        if (cleanName.isEmpty() || slug.isEmpty()) {
            problems.add("tagName", "Give the tag a name, such as \u201cClinical safety (DCB0129)\u201d.");
        } else if (Texts.length(cleanName) > Tag.MAX_NAME || slug.length() > Tag.MAX_SLUG) {
            problems.add("tagName", "Shorten the name to " + Tag.MAX_NAME + " characters.");
        } else {
            tags.findBySlug(slug).ifPresent(existing -> problems.add("tagName", existing.isApproved()
                    ? "The tag \u201c" + existing.getName() + "\u201d already exists."
                    : existing.getStatus() == TagStatus.PROPOSED
                    ? "Someone already proposed \u201c" + existing.getName() + "\u201d: it waits for a moderator."
                    : "\u201c" + existing.getName() + "\u201d was proposed before and turned down."));
        }
        String cleanDescription = Texts.clean(description);
        if (Texts.length(cleanDescription) < 10) {
            problems.add("tagDescription", "Describe in a sentence which challenges the tag is for.");
        } else if (Texts.length(cleanDescription) > Tag.MAX_DESCRIPTION) {
            problems.add("tagDescription", "Shorten the description to " + Tag.MAX_DESCRIPTION + " characters.");
        }
        problems.throwIfAny();
        tags.add(new Tag(slug, cleanName, cleanDescription, TagStatus.PROPOSED, viewer.memberId()));
        return slug;
    }

    /** Proposed tags waiting for a decision: moderators only. */
    @Transactional
    public List<TagView> proposedTags(Viewer viewer) {
        requireModerator(viewer);
        return tags.withStatus(TagStatus.PROPOSED).stream().map(TagView::of).toList();
    }

    /** A moderator approves or rejects a proposed tag. */
    @Transactional
    public void decideTag(Viewer viewer, String slug, boolean approve) {
        requireModerator(viewer);
        Tag tag = tags.findBySlug(slug == null ? "" : slug).filter(t -> t.getStatus() == TagStatus.PROPOSED)
                .orElseThrow(() -> new NotFound("Tag"));
        if (approve) {
            tag.approve();
        } else {
            tag.reject();
        }
    }

    /** Seeds an approved tag (start-up taxonomy). */
    @Transactional(Transactional.TxType.MANDATORY)
    void seed(String slug, String name, String description) {
        tags.add(new Tag(slug, name, description, TagStatus.APPROVED, null));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    long count() {
        return tags.count();
    }

    /** A tag's address from its name: lower-case letters and digits joined by single hyphens. */
    private static void requireModerator(Viewer viewer) {
        if (!viewer.can(Permission.MODERATE)) {
            throw new Forbidden("Only moderators decide on proposed tags.");
        }
    }
}
