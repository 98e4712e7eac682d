package org.clusterforum.platform.web;

import org.clusterforum.platform.time.ForumDays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the cluster reads them (UK time), for views: {@code #{fmt.when(post.createdAt)}}. */
@Named("fmt")
@ApplicationScoped
public class Formats {

    private static final ZoneId UK = ForumDays.ZONE;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK)
            .withZone(UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(UK);

    public String when(Instant instant) {
        return at(instant);
    }

    /** {@link #when} for Java code (messages built in backing beans). */
    public static String at(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    /** Machine-readable form for {@code <time datetime="…">}. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
