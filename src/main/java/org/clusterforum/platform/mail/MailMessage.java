package org.clusterforum.platform.mail;

/**
 * One email as the forum writes it: a plain-text and an HTML part (the HTML built only from escaped text and our
 * own links), and for notification emails the member's unsubscribe page and its one-click address (RFC 8058).
 */
public record MailMessage(String to, String subject, String text, String html, String unsubscribeUrl,
                          String oneClickUrl) {

    public static MailMessage of(String to, String subject, String text, String html) {
        return new MailMessage(to, subject, text, html, null, null);
    }
}
