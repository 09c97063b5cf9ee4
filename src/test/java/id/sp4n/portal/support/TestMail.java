package id.sp4n.portal.support;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * One real SMTP server (GreenMail) for the whole test JVM, on a free port. Every Spring test context sends
 * its mail here (see {@link TestDatabaseContextCustomizerFactory}).
 */
public final class TestMail {

    private static volatile GreenMail server;

    private TestMail() {
    }

    public static GreenMail server() {
        if (server == null) {
            synchronized (TestMail.class) {
                if (server == null) {
                    GreenMail mail = new GreenMail(new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTP));
                    mail.start();
                    Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
                    server = mail;
                }
            }
        }
        return server;
    }

    public static int port() {
        return server().getSmtp().getPort();
    }

    /** The messages received so far for one address. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(server().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }
}
