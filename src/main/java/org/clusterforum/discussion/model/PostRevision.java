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
 * The text a post had before edit number {@code number}, and who made that edit (at {@code createdAt}).
 * Immutable once written.
 */
@Entity
@Table(name = "POST_REVISION")
public class PostRevision extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "POST_ID", nullable = false)
    private Post post;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "EDITOR_ID", nullable = false)
    private Member editor;

    @Column(name = "NUMBER", nullable = false)
    private int number;

    @Embedded
    private RichText body;

    protected PostRevision() {
    }

    PostRevision(Post post, Member editor, int number, RichText previousBody) {
        this.post = Objects.requireNonNull(post);
        this.editor = Objects.requireNonNull(editor);
        this.number = number;
        this.body = Objects.requireNonNull(previousBody);
    }

    public Post getPost() {
        return post;
    }

    public Member getEditor() {
        return editor;
    }

    public int getNumber() {
        return number;
    }

    public RichText getBody() {
        return body;
    }
}
