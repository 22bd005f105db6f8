package kz.dvp.passport.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Passport numbers like {@code 7K3M-9QXR-2B4T-W}: 60 bits derived from the volunteer id in Crockford base32
 * (no I, L, O, U, so nothing reads as 1 or 0), plus a mod-37 check symbol that catches any single wrong
 * character and any swap of two neighbours. Derived, not drawn, so a rebuilt projection gives every volunteer
 * the same number again.
 */
public final class PassportNumber {

    private static final String SYMBOLS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final String CHECK_SYMBOLS = SYMBOLS + "*~$=U";

    private PassportNumber() {
    }

    public static String of(UUID volunteerId) {
        long value = hash(volunteerId) >>> 4; // 60 bits
        char[] digits = new char[12];
        long rest = value;
        for (int i = 11; i >= 0; i--) {
            digits[i] = SYMBOLS.charAt((int) (rest & 31));
            rest >>>= 5;
        }
        String body = new String(digits);
        return body.substring(0, 4) + "-" + body.substring(4, 8) + "-" + body.substring(8, 12) + "-"
                + CHECK_SYMBOLS.charAt((int) Long.remainderUnsigned(value, 37));
    }

    /** Whether a typed number is well-formed and its check symbol matches (case and dashes are forgiven). */
    public static boolean isValid(String typed) {
        if (typed == null) {
            return false;
        }
        String clean = typed.toUpperCase().replace("-", "").replace(" ", "");
        if (clean.length() != 13) {
            return false;
        }
        long value = 0;
        for (int i = 0; i < 12; i++) {
            int digit = SYMBOLS.indexOf(clean.charAt(i));
            if (digit < 0) {
                return false;
            }
            value = (value << 5) | digit;
        }
        return CHECK_SYMBOLS.charAt((int) Long.remainderUnsigned(value, 37)) == clean.charAt(12);
    }

    /** A valid typed number in its printed form ({@code 7K3M-9QXR-2B4T-W}); call {@link #isValid} first. */
    public static String normalize(String typed) {
        String clean = typed.toUpperCase().replace("-", "").replace(" ", "");
        return clean.substring(0, 4) + "-" + clean.substring(4, 8) + "-" + clean.substring(8, 12) + "-" + clean.charAt(12);
    }

    private static long hash(UUID id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.toString().getBytes(StandardCharsets.US_ASCII));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
