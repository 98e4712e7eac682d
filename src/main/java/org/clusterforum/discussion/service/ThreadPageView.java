package org.clusterforum.discussion.service;

import java.io.Serializable;
import org.clusterforum.platform.persistence.Page;

/** One page of a thread as its reader sees it; {@code hasDraft} when they left an unposted reply there. */
public record ThreadPageView(ThreadView thread, Page<PostView> posts, boolean hasDraft) implements Serializable {
}
