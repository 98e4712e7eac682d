package org.clusterforum.search.service;

import java.time.LocalDate;

/**
 * What narrows a search besides its words: {@code kind} ("discussions" or "challenges"), a theme or group by its
 * address ({@code place}), an author by @handle or email ({@code by}), a range of days (UK time, both
 * included), a challenge tag by its address ({@code tag}) and whether the challenge is solved ({@code solved}:
 * "yes" or "no"). Any of them may be null; a tag or a solved state finds challenges and their answers only.
 */
public record SearchFilters(String kind, String place, String by, LocalDate from, LocalDate to, String tag,
                            String solved) {

    public static final SearchFilters NONE = new SearchFilters(null, null, null, null, null, null, null);

    public static SearchFilters ofKind(String kind) {
        return new SearchFilters(kind, null, null, null, null, null, null);
    }
}
