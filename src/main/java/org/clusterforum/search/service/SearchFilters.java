package org.clusterforum.search.service;

import java.time.LocalDate;

/**
 * What narrows a search besides its words: {@code kind} ("discussions" or "challenges"), a theme or group by its
 * address ({@code place}), an author by @handle or email ({@code by}) and a range of days (UK time, both
 * included). Any of them may be null.
 */
public record SearchFilters(String kind, String place, String by, LocalDate from, LocalDate to) {

    public static final SearchFilters NONE = new SearchFilters(null, null, null, null, null);

    public static SearchFilters ofKind(String kind) {
        return new SearchFilters(kind, null, null, null, null);
    }
}
