package org.clusterforum.challenge.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.clusterforum.challenge.model.ChallengeRepository;
import org.clusterforum.challenge.model.Tag;

/** List items for challenges the caller may show: their rows and tags, in the order of the ids given. */
@ApplicationScoped
class ChallengeItems {

    @Inject
    ChallengeRepository challenges;

    /** Two statements: the rows, then all their tags. */
    @Transactional(Transactional.TxType.MANDATORY)
    List<ChallengeItem> of(List<Long> ids) {
        Map<Long, List<Tag>> tagsOf = challenges.tagsOf(ids);
        return challenges.rows(ids).stream().map(r -> new ChallengeItem(r.id(), r.title(), r.askerId(),
                r.askerName(), r.status(), r.score(), r.answerCount(), r.createdAt(), r.lastActivityAt(),
                tagsOf.getOrDefault(r.id(), List.of()).stream().map(TagView::of).toList())).toList();
    }
}
