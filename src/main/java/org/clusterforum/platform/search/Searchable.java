package org.clusterforum.platform.search;

/** An entity whose writes change what search finds: it names the thread whose documents must be rebuilt. */
public interface Searchable {

    /** The id of the thread (discussion or challenge) this row belongs to, or null before it has one. */
    Long searchThreadId();
}
