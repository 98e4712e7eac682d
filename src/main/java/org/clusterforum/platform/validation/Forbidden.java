package org.clusterforum.platform.validation;

/** The viewer can see the thing but may not do this to it (e.g. a visitor trying to reply). */
public class Forbidden extends RuntimeException {

    public Forbidden(String message) {
        super(message);
    }
}
