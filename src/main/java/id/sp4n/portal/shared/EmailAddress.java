package id.sp4n.portal.shared;

import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Whether the portal can send mail to an address, decided the way the mailer will parse it (Jakarta Mail, strict):
 * {@code a,b@example.org} is two addresses and {@code "unclosed@example.org} no address at all, so both are refused
 * on the form instead of failing at every delivery attempt. On top: one plain address (no display name, no group),
 * at most 254 characters, a local part of at most 64 and a domain with a dot.
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;
    private static final Pattern PLAIN = Pattern.compile("[^@\\s\"(),:;<>\\[\\]\\\\]{1,64}@[^@\\s\"(),:;<>\\[\\]\\\\]+\\.[^@\\s\"(),:;<>\\[\\]\\\\.]{2,}");

    private EmailAddress() {
    }

    public static boolean isDeliverable(String address) {
        if (address == null || address.length() > MAX_LENGTH || !PLAIN.matcher(address).matches()) {
            return false;
        }
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            return address.equals(parsed.getAddress()) && parsed.getPersonal() == null && !parsed.isGroup();
        } catch (AddressException e) {
            return false;
        }
    }
}
