package org.clusterforum.platform.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A user intent refused because of what was typed: messages keyed by the form field they belong to (or
 * {@link #GLOBAL}). Services throw it; backing beans show each message next to its field and keep the input.
 */
public class InvalidInput extends RuntimeException {

    public static final String GLOBAL = "";

    private final Map<String, String> messages;

    public InvalidInput(Map<String, String> messages) {
        super(String.join(" ", messages.values()));
        this.messages = Collections.unmodifiableMap(new LinkedHashMap<>(messages));
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(Map.of(field, message));
    }

    public Map<String, String> messages() {
        return messages;
    }

    /** Collects field problems, then throws them together so the user sees all at once. */
    public static final class Collector {
        private final Map<String, String> messages = new LinkedHashMap<>();

        public Collector add(String field, String message) {
            messages.putIfAbsent(field, message);
            return this;
        }

        public boolean has(String field) {
            return messages.containsKey(field);
        }

        public void throwIfAny() {
            if (!messages.isEmpty()) {
                throw new InvalidInput(messages);
            }
        }
    }
}
