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

    private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("https?://\\S+");

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

    /** Waits (up to 15 s) until the address has received this many messages, and returns them, oldest first. */
    public static List<MimeMessage> awaitTo(String address, int count) {
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
                .until(() -> to(address), messages -> messages.size() >= count);
    }

    /** The first web link in a message's text, with quoted-printable soft line breaks and escapes undone. */
    public static String firstLink(MimeMessage message) {
        String text = com.icegreen.greenmail.util.GreenMailUtil.getBody(message).replace("=\r\n", "")
                .replace("=3D", "=");
        java.util.regex.Matcher link = LINK.matcher(text);
        if (!link.find()) {
            throw new AssertionError("No link in " + text);
        }
        return link.group();
    }
}
