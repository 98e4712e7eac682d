package org.clusterforum.challenge.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.clusterforum.platform.cache.ContentListener;

/**
 * What a challenge has beyond its thread (same id): status, votes, answer count, the accepted answer, the
 * optional theme it relates to. Life cycle: open (no live answers) → answered (one or more) → solved (the asker
 * or a moderator accepted one; withdrawing goes back to answered) — or closed. Changes happen under a row lock
 * on this row (see ChallengeRepository.findLocked), so counts and votes stay exact under concurrency.
 */
@Entity
@EntityListeners({ContentListener.class, org.clusterforum.platform.search.SearchListener.class})
@Table(name = "CHALLENGE")
public class Challenge extends ThreadExtension implements org.clusterforum.platform.search.Searchable {

    @Column(name = "SPACE_ID", nullable = false) // a moderator may move it (its thread moves with it)
    private long spaceId;

    @Column(name = "ASKER_ID", nullable = false, updatable = false)
    private long askerId;

    @Column(name = "THEME_ID")
    private Long themeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 10)
    private ChallengeStatus status = ChallengeStatus.OPEN;

    @Column(name = "SETTLED", nullable = false)
    private boolean settled;

    @Column(name = "DELETED", nullable = false)
    private boolean deleted;

    @Column(name = "REMOVED_TAG_IDS", length = 200)
    private String removedTagIds;

    @Column(name = "ANSWER_COUNT", nullable = false)
    private int answerCount;

    @Column(name = "ACCEPTED_ANSWER_ID")
    private Long acceptedAnswerId;

    @Column(name = "SOLVED_AT")
    private Instant solvedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "CLOSED_REASON", length = 20)
    private CloseReason closedReason;

    @Column(name = "CLOSED_NOTE", length = 500)
    private String closedNote;

    @Column(name = "DUPLICATE_OF_ID")
    private Long duplicateOfId;

    protected Challenge() {
    }

    public Challenge(long threadId, long spaceId, long askerId, Long themeId, Instant createdAt) {
        super(threadId, createdAt);
        this.spaceId = spaceId;
        this.askerId = askerId;
        this.themeId = themeId;
    }

    /** A live answer was added. */
    public void answerAdded() {
        answerCount++;
        if (status == ChallengeStatus.OPEN) {
            status = ChallengeStatus.ANSWERED;
        }
        touch();
    }

    /** A live answer was deleted; if it was the accepted one the challenge is no longer solved. */
    public void answerRemoved(long answerId) {
        answerCount = Math.max(0, answerCount - 1);
        if (Objects.equals(acceptedAnswerId, answerId)) {
            acceptedAnswerId = null;
            solvedAt = null;
        }
        restate();
    }

    public void accept(long answerId, Instant at) {
        acceptedAnswerId = answerId;
        solvedAt = at;
        restate();
    }

    public void withdrawAcceptance() {
        acceptedAnswerId = null;
        solvedAt = null;
        restate();
    }

    private void restate() {
        if (status != ChallengeStatus.CLOSED) {
            status = acceptedAnswerId != null ? ChallengeStatus.SOLVED
                    : answerCount > 0 ? ChallengeStatus.ANSWERED : ChallengeStatus.OPEN;
        }
        settled = status == ChallengeStatus.SOLVED || status == ChallengeStatus.CLOSED;
        touch();
    }

    /** Closed by a moderator: no new answers; a duplicate names the original. */
    public void close(CloseReason reason, String note, Long duplicateOf) {
        status = ChallengeStatus.CLOSED;
        closedReason = reason;
        closedNote = note;
        duplicateOfId = duplicateOf;
        restate();
    }

    /** Open again: the status follows the answers as before. */
    public void reopen() {
        closedReason = null;
        closedNote = null;
        duplicateOfId = null;
        status = ChallengeStatus.OPEN;
        restate();
    }

    public CloseReason getClosedReason() {
        return closedReason;
    }

    public String getClosedNote() {
        return closedNote;
    }

    public Long getDuplicateOfId() {
        return duplicateOfId;
    }

    /**
     * Its opening post was deleted: the challenge leaves every list, and its tags; they are kept to be given back
     * on restore.
     */
    public void delete(java.util.List<Long> tagIds) {
        deleted = true;
        touch();
        removedTagIds = tagIds.isEmpty() ? null : tagIds.stream().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(","));
    }

    /** A moderator restored its opening post: it is listed again; returns the tags it had when deleted. */
    public java.util.List<Long> restore() {
        deleted = false;
        java.util.List<Long> tags = tagIdsSetAside();
        removedTagIds = null;
        touch();
        return tags;
    }

    /** The tags set aside while it is unlisted (deleted, or waiting for a moderator's approval). */
    public java.util.List<Long> tagIdsSetAside() {
        return removedTagIds == null ? java.util.List.of()
                : java.util.Arrays.stream(removedTagIds.split(",")).map(Long::valueOf).toList();
    }

    public boolean isDeleted() {
        return deleted;
    }

    public void changeTheme(Long themeId) {
        this.themeId = themeId;
        touch();
    }

    /** A moderator moved it to another space (the board or a group); its thread moves with it. */
    public void moveTo(long spaceId) {
        this.spaceId = spaceId;
        touch();
    }

    public long getSpaceId() {
        return spaceId;
    }

    public long getAskerId() {
        return askerId;
    }

    public Long getThemeId() {
        return themeId;
    }

    public ChallengeStatus getStatus() {
        return status;
    }

    public int getAnswerCount() {
        return answerCount;
    }

    public Long getAcceptedAnswerId() {
        return acceptedAnswerId;
    }

    @Override
    public Long searchThreadId() {
        return getId();
    }
}
