package kz.dvp.identity.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.identity.domain.Volunteer;
import kz.dvp.identity.repository.VolunteerRepository;
import kz.dvp.identity.security.KeyMaterial;
import kz.dvp.identity.security.PersonalDataCipher;
import kz.dvp.platform.security.Caller;
import kz.dvp.platform.security.Role;

import java.util.List;

/**
 * After a new key version is configured and made current, re-encrypts every IIN (and guardian IIN) still
 * sealed with an older version, batch by batch, so that the old key can then be retired.
 */
@ApplicationScoped
public class KeyRotation {

    static final int BATCH = 500;

    private final VolunteerRepository volunteers;
    private final PersonalDataCipher cipher;
    private final KeyMaterial keys;

    public KeyRotation(VolunteerRepository volunteers, PersonalDataCipher cipher, KeyMaterial keys) {
        this.volunteers = volunteers;
        this.cipher = cipher;
        this.keys = keys;
    }

    /** @return how many volunteers were re-encrypted */
    public Uni<Long> reEncryptAll(Caller caller) {
        caller.requireAny(Role.NATIONAL_ADMIN);
        return reEncryptFrom(0L);
    }

    private Uni<Long> reEncryptFrom(long done) {
        return Panache.withTransaction(() -> stale().chain(batch -> {
            batch.forEach(this::reEncrypt);
            return Uni.createFrom().item(batch.size());
        })).chain(count -> {
            if (count == 0) {
                Log.infof("Key rotation finished: %d volunteers re-encrypted to key version %d", done, keys.currentVersion());
                return Uni.createFrom().item(done);
            }
            return reEncryptFrom(done + count);
        });
    }

    private Uni<List<Volunteer>> stale() {
        return volunteers.find("iinKeyVersion <> ?1 or guardianIinKeyVersion <> ?1", keys.currentVersion())
                .page(0, BATCH).list();
    }

    private void reEncrypt(Volunteer v) {
        PersonalDataCipher.Sealed iin = cipher.encrypt(cipher.decrypt(v.iinCipher, v.iinKeyVersion));
        v.iinCipher = iin.text();
        v.iinKeyVersion = iin.keyVersion();
        if (v.guardianIinCipher != null) {
            PersonalDataCipher.Sealed guardian = cipher.encrypt(cipher.decrypt(v.guardianIinCipher, v.guardianIinKeyVersion));
            v.guardianIinCipher = guardian.text();
            v.guardianIinKeyVersion = guardian.keyVersion();
        }
    }
}
