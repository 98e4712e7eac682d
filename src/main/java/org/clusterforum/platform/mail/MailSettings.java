package org.clusterforum.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.clusterforum.platform.config.ForumConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the forum sends email, from the environment ({@code FORUM_SMTP_HOST}, {@code FORUM_SMTP_PORT},
 * {@code FORUM_SMTP_USER}, {@code FORUM_SMTP_PASSWORD}, {@code FORUM_SMTP_TLS}, {@code FORUM_MAIL_FROM}) and the
 * address of the forum for links ({@code FORUM_BASE_URL}). Without a host or a base address email is off: nothing
 * is queued, registration needs no confirmation, and administrators see why.
 */
@ApplicationScoped
public class MailSettings {

    /** How the connection to the SMTP server is protected. */
    public enum Tls {
        NONE, STARTTLS, TLS
    }

    @Inject
    ForumConfig config;

    @Inject
    @ConfigProperty(name = "forum.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "forum.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "forum.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "forum.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "forum.smtp.tls", defaultValue = "none")
    String tls;

    @Inject
    @ConfigProperty(name = "forum.mail.from")
    Optional<String> from;

    /** Whether email is sent at all. */
    public boolean enabled() {
        return whyOff().isEmpty();
    }

    /** Why email is off, for administrators; empty when it is on. */
    public Optional<String> whyOff() {
        if (host().isEmpty()) {
            return Optional.of("FORUM_SMTP_HOST is not set");
        }
        if (config.baseUrl().isEmpty()) {
            return Optional.of("FORUM_BASE_URL is not set, so emails could not link back to the forum");
        }
        return Optional.empty();
    }

    Optional<String> host() {
        return host.map(String::strip).filter(h -> !h.isEmpty());
    }

    /** The sender, by default {@code noreply@} the forum's host name. */
    public String from() {
        return from.map(String::strip).filter(f -> !f.isEmpty()).orElseGet(() -> {
            String base = config.baseUrl().orElse("http://localhost/");
            String hostName = java.net.URI.create(base).getHost();
            return config.siteName() + " <noreply@" + (hostName == null ? "localhost" : hostName) + ">";
        });
    }

    /** An absolute address in the forum for a path such as {@code /threads/thread?id=3}. */
    public String link(String path) {
        String base = config.baseUrl().orElse("http://localhost:8080/");
        String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return trimmed + (path.startsWith("/") ? path : "/" + path);
    }

    public String siteName() {
        return config.siteName();
    }

    Tls tls() {
        try {
            return Tls.valueOf(tls.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return Tls.NONE;
        }
    }

    Optional<String> user() {
        return user.map(String::strip).filter(u -> !u.isEmpty());
    }

    Optional<String> password() {
        return password;
    }

    /** Jakarta Mail session properties: short timeouts, so an unreachable server delays mail but never a thread. */
    Properties sessionProperties() {
        Properties p = new Properties();
        String protocol = tls() == Tls.TLS ? "smtps" : "smtp";
        p.put("mail.transport.protocol", protocol);
        p.put("mail." + protocol + ".host", host().orElse("localhost"));
        p.put("mail." + protocol + ".port", Integer.toString(port));
        p.put("mail." + protocol + ".connectiontimeout", "10000");
        p.put("mail." + protocol + ".timeout", "20000");
        p.put("mail." + protocol + ".writetimeout", "20000");
        p.put("mail." + protocol + ".auth", Boolean.toString(user().isPresent()));
        if (tls() == Tls.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (tls() == Tls.TLS) {
            p.put("mail.smtps.ssl.checkserveridentity", "true");
        }
        return p;
    }
}
