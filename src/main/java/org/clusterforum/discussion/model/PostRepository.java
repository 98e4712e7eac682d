package org.clusterforum.discussion.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class PostRepository {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    public Post add(Post post) {
        em.persist(post);
        em.flush();
        return post;
    }

    /**
     * Posts of a thread with positions in [from, to], in order, with authors and organisations in the same query.
     * Positions are dense (1, 2, 3…), so a page is a range, not an OFFSET scan.
     */
    public List<Post> rangeOfThread(long threadId, int from, int to) {
        return em.createQuery("select p from Post p join fetch p.author a left join fetch a.organisation"
                        + " left join fetch p.replyTo r left join fetch r.author"
                        + " where p.thread.id = :thread and p.position between :from and :to order by p.position",
                        Post.class)
                .setParameter("thread", threadId).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    public Optional<Post> find(long id) {
        return Optional.ofNullable(em.find(Post.class, id));
    }

    /**
     * Loads the post with a row lock held until commit, so likes of one post are counted one at a time. (A lock,
     * not a version increment: liking must never turn into an edit conflict for the author.)
     */
    public Optional<Post> findLocked(long id) {
        return Optional.ofNullable(em.find(Post.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public void addRevision(PostRevision revision) {
        em.persist(revision);
    }

    /** Writes pending changes now, so a concurrent edit surfaces as an OptimisticLockException here. */
    public void flush() {
        em.flush();
    }

    /** A post's earlier texts, newest first, with their editors. */
    public List<PostRevision> revisionsOf(long postId) {
        return em.createQuery("select r from PostRevision r join fetch r.editor where r.post.id = :post"
                + " order by r.number desc", PostRevision.class).setParameter("post", postId).getResultList();
    }

    public boolean isLikedBy(long postId, long memberId) {
        return !em.createQuery("select l.id from PostLike l where l.post.id = :post and l.member.id = :member",
                        Long.class)
                .setParameter("post", postId).setParameter("member", memberId).setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** Which of these posts the member has liked: one query for a whole page. */
    public Set<Long> likedAmong(long memberId, Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select l.post.id from PostLike l where l.member.id = :member"
                        + " and l.post.id in :posts", Long.class)
                .setParameter("member", memberId).setParameter("posts", postIds).getResultList());
    }

    public void addLike(PostLike like) {
        em.persist(like);
        em.flush();
    }

    /** Removes the member's like; returns whether there was one. */
    public boolean removeLike(long postId, long memberId) {
        return em.createQuery("delete from PostLike l where l.post.id = :post and l.member.id = :member")
                .setParameter("post", postId).setParameter("member", memberId).executeUpdate() > 0;
    }

    /** Changes the like counter in one statement (no version increment). */
    public void adjustLikeCount(long postId, int delta) {
        em.createQuery("update Post p set p.likeCount = p.likeCount + :delta where p.id = :post")
                .setParameter("delta", delta).setParameter("post", postId).executeUpdate();
    }

    public int likeCount(long postId) {
        return em.createQuery("select p.likeCount from Post p where p.id = :post", Integer.class)
                .setParameter("post", postId).getSingleResult();
    }

    /** Recent posts by a member in threads of the given spaces' kind, newest first, for their profile. */
    public List<MemberPostRow> recentByAuthor(long memberId, int limit) {
        return em.createQuery("select new org.clusterforum.discussion.model.MemberPostRow(p.id, p.position,"
                        + " t.id, t.title, p.createdAt) from Post p join p.thread t"
                        + " where p.author.id = :member and p.deleted = false and TYPE(t.space) = Theme"
                        + " order by p.createdAt desc, p.id desc", MemberPostRow.class)
                .setParameter("member", memberId).setMaxResults(limit).getResultList();
    }
}
