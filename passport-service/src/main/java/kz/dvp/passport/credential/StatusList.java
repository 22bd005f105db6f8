package kz.dvp.passport.credential;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A W3C Bitstring Status List: bit {@code i} (counted from the left-most bit of the first byte) set means the
 * credential at index {@code i} is revoked. Encoded as multibase base64url ('u') of the GZIP-compressed bits.
 * Every list holds {@value #SIZE} entries, the specification's minimum, for herd privacy.
 */
public final class StatusList {

    public static final int SIZE = 131_072;

    private final byte[] bits;

    private StatusList(byte[] bits) {
        this.bits = bits;
    }

    public static StatusList empty() {
        return new StatusList(new byte[SIZE / 8]);
    }

    /** The list an index belongs to (from 1) and its position in it. */
    public static long listOf(long index) {
        return index / SIZE + 1;
    }

    public static int positionOf(long index) {
        return (int) (index % SIZE);
    }

    public StatusList set(int position) {
        bits[position / 8] |= (byte) (0x80 >>> (position % 8));
        return this;
    }

    public boolean isSet(int position) {
        return (bits[position / 8] & (0x80 >>> (position % 8))) != 0;
    }

    public String encoded() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    public static StatusList decode(String encodedList) {
        if (encodedList == null || !encodedList.startsWith("u")) {
            throw new IllegalArgumentException("not a multibase base64url list");
        }
        byte[] compressed = Base64.getUrlDecoder().decode(encodedList.substring(1));
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] bits = gzip.readNBytes(SIZE / 8 + 1);
            if (bits.length != SIZE / 8) {
                throw new IllegalArgumentException("a status list holds " + SIZE + " entries");
            }
            return new StatusList(bits);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a GZIP-compressed list", e);
        }
    }
}
