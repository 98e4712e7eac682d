package org.clusterforum.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The SMTP server of the email tests: GreenMail, inside the test forum's JVM, on the port arquillian.xml gives the
 * forum ({@value #PORT}). Started on first use; {@link #stop()} simulates an outage.
 */
final class TestMailServer {

    static final int PORT = 29125;
    private static GreenMail server;

    private TestMailServer() {
    }

    static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Every message received for this address so far. */
    static synchronized List<MimeMessage> to(String address) {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
    }

    /** Waits until {@code count} messages for this address arrived (at most {@code limit}); returns them. */
    static List<MimeMessage> await(String address, int count, Duration limit) {
        long end = System.nanoTime() + limit.toNanos();
        List<MimeMessage> received = to(address);
        while (received.size() < count && System.nanoTime() < end) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            received = to(address);
        }
        return received;
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }
}
