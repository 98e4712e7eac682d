package org.clusterforum.discussion.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.clusterforum.account.model.Member;
import org.clusterforum.platform.persistence.BaseEntity;
import org.clusterforum.platform.richtext.RichText;

/**
 * Unposted text of one member in one place ({@code reply-<threadId>} or {@code new-thread}). The body is sanitised
 * like any post, because it is shown again in the editor.
 */
@Entity
@Table(name = "DRAFT")
public class Draft extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "MEMBER_ID", nullable = false)
    private Member member;

    @Column(name = "PLACE", nullable = false, length = 60)
    private String place;

    @Column(name = "TITLE", length = 200)
    private String title;

    @Column(name = "SPACE_SLUG", length = 80)
    private String spaceSlug;

    @Embedded
    private RichText body;

    protected Draft() {
    }

    public Draft(Member member, String place) {
        this.member = Objects.requireNonNull(member);
        this.place = Objects.requireNonNull(place);
    }

    public void write(String title, String spaceSlug, RichText body) {
        this.title = title;
        this.spaceSlug = spaceSlug;
        this.body = Objects.requireNonNull(body);
    }

    public String getTitle() {
        return title;
    }

    public String getSpaceSlug() {
        return spaceSlug;
    }

    public RichText getBody() {
        return body;
    }
}
