package org.clusterforum.challenge.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The tag taxonomy and experts' declared tags. */
@ApplicationScoped
public class TagRepository {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    public Tag add(Tag tag) {
        em.persist(tag);
        em.flush();
        return tag;
    }

    public Optional<Tag> findBySlug(String slug) {
        return em.createQuery("select t from Tag t where t.slug = :slug", Tag.class).setParameter("slug", slug)
                .getResultList().stream().findFirst();
    }

    public List<Tag> findBySlugs(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select t from Tag t where t.slug in :slugs", Tag.class).setParameter("slugs", slugs)
                .getResultList();
    }

    public List<Tag> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select t from Tag t where t.id in :ids", Tag.class).setParameter("ids", ids)
                .getResultList();
    }

    public List<Tag> withStatus(TagStatus status) {
        return em.createQuery("select t from Tag t where t.status = :s order by t.name", Tag.class)
                .setParameter("s", status).getResultList();
    }

    public long count() {
        return em.createQuery("select count(t) from Tag t", Long.class).getSingleResult();
    }

    /** Changes the challenge counters of these tags in one statement. */
    public void adjustChallengeCount(Collection<Long> tagIds, int delta) {
        if (!tagIds.isEmpty()) {
            em.createQuery("update Tag t set t.challengeCount = t.challengeCount + :d where t.id in :ids")
                    .setParameter("d", delta).setParameter("ids", tagIds).executeUpdate();
        }
    }

    public List<Tag> expertiseOf(long memberId) {
        return em.createQuery("select t from Expertise e join e.tag t where e.memberId = :m order by t.name",
                Tag.class).setParameter("m", memberId).getResultList();
    }

    /** Declared tags of several members, each list in tag name order. */
    public Map<Long, List<Tag>> expertiseOf(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Tag>> tags = new HashMap<>();
        em.createQuery("select e.memberId, t from Expertise e join e.tag t where e.memberId in :m order by t.name",
                        Object[].class).setParameter("m", memberIds).getResultList()
                .forEach(r -> tags.computeIfAbsent((Long) r[0], k -> new java.util.ArrayList<>()).add((Tag) r[1]));
        return tags;
    }

    public void addExpertise(Expertise expertise) {
        em.persist(expertise);
    }

    public void removeExpertise(long memberId, Collection<Long> tagIds) {
        if (!tagIds.isEmpty()) {
            em.createQuery("delete from Expertise e where e.memberId = :m and e.tag.id in :t")
                    .setParameter("m", memberId).setParameter("t", tagIds).executeUpdate();
        }
    }

    /** Members who declared any of these tags, with how many of them each declared. */
    public Map<Long, Long> expertsIn(Collection<Long> tagIds) {
        if (tagIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> overlap = new HashMap<>();
        em.createQuery("select e.memberId, count(e) from Expertise e where e.tag.id in :t group by e.memberId",
                        Object[].class).setParameter("t", tagIds).getResultList()
                .forEach(r -> overlap.put((Long) r[0], (Long) r[1]));
        return overlap;
    }
}
