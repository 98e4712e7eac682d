package org.clusterforum.challenge.service;

import java.io.Serializable;
import java.util.List;
import org.clusterforum.challenge.model.ChallengeQuery;
import org.clusterforum.discussion.service.ThemeView;
import org.clusterforum.platform.persistence.Page;

/** One page of a challenge list, with the view, the tags and the theme (or null) it was filtered by. */
public record ChallengeList(ChallengeQuery.View view, boolean mine, List<TagView> tags, ThemeView theme,
                            Page<ChallengeItem> items)
        implements Serializable {
}
