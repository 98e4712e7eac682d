package org.clusterforum.discussion.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AttachmentRepository {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    public Optional<Attachment> find(long id) {
        return Optional.ofNullable(em.find(Attachment.class, id));
    }

    /** Inserted at once, so ids (and the order attachments are shown in) follow the order they were chosen. */
    public void add(Attachment attachment) {
        em.persist(attachment);
        em.flush();
    }

    /** Attachments of a page of posts in one query. */
    public List<Attachment> ofPosts(Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Attachment a where a.post.id in :posts order by a.id", Attachment.class)
                .setParameter("posts", postIds).getResultList();
    }
}
