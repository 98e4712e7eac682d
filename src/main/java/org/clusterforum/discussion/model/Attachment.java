package org.clusterforum.discussion.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.clusterforum.account.model.Member;
import org.clusterforum.platform.persistence.BaseEntity;
import org.clusterforum.platform.cache.ContentListener;

/** A file attached to a post; its bytes are stored under the data directory by {@code storageKey}. */
@Entity
@EntityListeners(ContentListener.class)
@Table(name = "ATTACHMENT")
public class Attachment extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "POST_ID", nullable = false)
    private Post post;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "UPLOADER_ID", nullable = false)
    private Member uploader;

    @Column(name = "FILE_NAME", nullable = false, length = 200)
    private String fileName;

    @Column(name = "CONTENT_TYPE", nullable = false, length = 40)
    private String contentType;

    @Column(name = "SIZE_BYTES", nullable = false)
    private long size;

    @Column(name = "STORAGE_KEY", nullable = false, length = 80, unique = true)
    private String storageKey;

    protected Attachment() {
    }

    public Attachment(Post post, Member uploader, String fileName, String contentType, long size, String storageKey) {
        this.post = Objects.requireNonNull(post);
        this.uploader = Objects.requireNonNull(uploader);
        this.fileName = Objects.requireNonNull(fileName);
        this.contentType = Objects.requireNonNull(contentType);
        this.size = size;
        this.storageKey = Objects.requireNonNull(storageKey);
    }

    public Post getPost() {
        return post;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }
}
