package kz.dvp.identity;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import kz.dvp.identity.support.Api;
import kz.dvp.identity.support.Iins;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import static kz.dvp.identity.support.Api.admin;
import static kz.dvp.identity.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

/** Rows sealed with an older key are re-encrypted to the current one and stay readable. */
@QuarkusTest
class KeyRotationTest extends WithDevStack {

    @Inject
    Pool pool;
    @ConfigProperty(name = "dvp.identity.crypto.keys.1")
    String oldKey;

    @Test
    void rotationReEncryptsOldRowsToTheCurrentKey() throws Exception {
        String iin = Iins.adult();
        UUID id = UUID.fromString(Api.registered(iin, "KZ-71"));
        // as a row written before version 2 became current
        pool.preparedQuery("update volunteer set iin_cipher = $1, iin_key_version = 1 where id = $2")
                .execute(Tuple.of(sealWithOldKey(iin), id)).await().atMost(Duration.ofSeconds(10));
        as(admin()).get("/api/v1/volunteers/" + id).then().statusCode(200).body("iin", equalTo("********" + iin.substring(8)));

        as(staffOperator()).post("/api/v1/admin/key-rotation").then().statusCode(403);
        as(admin()).post("/api/v1/admin/key-rotation").then().statusCode(200).body("reEncrypted", greaterThanOrEqualTo(1));

        int version = pool.preparedQuery("select iin_key_version from volunteer where id = $1").execute(Tuple.of(id))
                .await().atMost(Duration.ofSeconds(10)).iterator().next().getInteger(0);
        assertThat(version).isEqualTo(2);
        as(admin()).get("/api/v1/volunteers/" + id).then().statusCode(200).body("iin", equalTo("********" + iin.substring(8)));
    }

    private static String staffOperator() {
        return Api.staff("REGIONAL_OPERATOR", "KZ-71");
    }

    /** AES-GCM as specified (12-byte nonce, 128-bit tag, nonce before cipher text), independent of the service. */
    private String sealWithOldKey(String plain) throws Exception {
        byte[] nonce = new byte[12];
        new java.security.SecureRandom().nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(oldKey), "AES"),
                new GCMParameterSpec(128, nonce));
        byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array());
    }
}
