package kz.dvp.identity.security;

import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/** AES-256-GCM for personal data at rest: a fresh 96-bit nonce per value, stored with the key version. */
@ApplicationScoped
public class PersonalDataCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final KeyMaterial keys;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataCipher(KeyMaterial keys) {
        this.keys = keys;
    }

    /** A value encrypted with the current key. */
    public Sealed encrypt(String plain) {
        int version = keys.currentVersion();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, version, nonce);
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return new Sealed(Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array()), version);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    public String decrypt(String sealed, int version) {
        byte[] bytes = Base64.getDecoder().decode(sealed);
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, version, java.util.Arrays.copyOf(bytes, NONCE_BYTES));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Decryption failed (wrong key version or tampered data)", e);
        }
    }

    private Cipher cipher(int mode, int version, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(keys.dataKey(version), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        return cipher;
    }

    /** Cipher text (base64 of nonce and sealed bytes) and the key version that sealed it. */
    public record Sealed(String text, int keyVersion) {
    }
}
