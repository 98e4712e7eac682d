package org.clusterforum.discussion.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.clusterforum.discussion.model.ReadRepository;

/**
 * Writes read marks in their own short transaction, so that two tabs racing to create the same mark cost one of
 * them the mark, never the page. Callers have already checked that the member may see the thread.
 */
@ApplicationScoped
class ReadMarks {

    @Inject
    ReadRepository reads;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void advance(long memberId, long threadId, boolean exists, int position) {
        if (exists) {
            reads.advanceMark(memberId, threadId, position);
        } else {
            reads.addMark(memberId, threadId, position);
        }
    }
}
