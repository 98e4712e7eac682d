package org.clusterforum.platform.search;

/** An entity whose writes change a member's profile as search finds it (name, organisation, expertise). */
public interface SearchableMember {

    /** The member whose profile document must be rebuilt, or null before there is one. */
    Long searchMemberId();
}
