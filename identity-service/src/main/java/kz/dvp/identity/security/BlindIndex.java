package kz.dvp.identity.security;

import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * HMAC-SHA256 of an IIN under a secret kept outside the database: equality lookups and uniqueness without
 * storing the IIN in a searchable form.
 */
@ApplicationScoped
public class BlindIndex {

    private final SecretKeySpec secret;

    public BlindIndex(KeyMaterial keys) {
        this.secret = new SecretKeySpec(keys.indexSecret(), "HmacSHA256");
    }

    public String of(String iin) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            return HexFormat.of().formatHex(mac.doFinal(iin.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
