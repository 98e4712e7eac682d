package org.clusterforum.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/** Sends one message through the configured SMTP server with Jakarta Mail: plain text and HTML alternatives. */
@ApplicationScoped
public class MailSender {

    @Inject
    MailSettings settings;

    /**
     * Sends {@code message} with a Message-ID made from the outbox row, so that if a crash after the send makes the
     * outbox try again, receiving systems see the same message.
     */
    void send(long outboxId, MailMessage message) throws MessagingException {
        Session session = Session.getInstance(settings.sessionProperties());
        String messageId = "<outbox-" + outboxId + "." + Integer.toHexString(settings.link("/").hashCode())
                + "@clusterforum>";
        MimeMessage mime = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        mime.setFrom(new InternetAddress(settings.from()));
        mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.to(), true));
        mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
        mime.setSentDate(new Date());
        mime.setHeader("Auto-Submitted", "auto-generated");
        if (message.unsubscribeUrl() != null) {
            String oneClick = message.oneClickUrl() == null ? message.unsubscribeUrl() : message.oneClickUrl();
            mime.setHeader("List-Unsubscribe", "<" + oneClick + ">");
            mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(text);
        alternatives.addBodyPart(html);
        mime.setContent(alternatives);
        mime.saveChanges();
        String user = settings.user().orElse(null);
        if (user == null) {
            Transport.send(mime);
        } else {
            Transport.send(mime, user, settings.password().orElse(""));
        }
    }
}
