package kz.dvp.identity.service;

import kz.dvp.platform.time.Today;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import kz.dvp.events.Region;
import kz.dvp.events.VolunteerProfileChanged;
import kz.dvp.events.VolunteerStatus;
import kz.dvp.events.VolunteerStatusChanged;
import kz.dvp.identity.domain.Iin;
import kz.dvp.identity.domain.Volunteer;
import kz.dvp.identity.domain.VolunteerStatusChange;
import kz.dvp.identity.repository.StatusChangeRepository;
import kz.dvp.identity.repository.VolunteerRepository;
import kz.dvp.identity.rest.dto.IdentityHashView;
import kz.dvp.identity.rest.dto.UpdateVolunteerRequest;
import kz.dvp.identity.security.BlindIndex;
import kz.dvp.identity.security.PersonalDataCipher;
import kz.dvp.platform.outbox.Outbox;
import kz.dvp.platform.problem.ProblemException;
import kz.dvp.platform.rest.Page;
import kz.dvp.platform.security.Caller;
import kz.dvp.platform.security.Role;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Reading and changing registered volunteers under the role matrix: national admins everywhere, regional
 * operators in their region, volunteers on their own record. A record the caller may not see answers 404,
 * so its existence is not revealed either.
 */
@ApplicationScoped
public class VolunteerRecords {

    private static final SecureRandom SALTS = new SecureRandom();

    private final VolunteerRepository volunteers;
    private final StatusChangeRepository statusChanges;
    private final PersonalDataCipher cipher;
    private final BlindIndex index;
    private final Outbox outbox;
    private final Today today;

    public VolunteerRecords(VolunteerRepository volunteers, StatusChangeRepository statusChanges,
                            PersonalDataCipher cipher, BlindIndex index, Outbox outbox, Today today) {
        this.volunteers = volunteers;
        this.statusChanges = statusChanges;
        this.cipher = cipher;
        this.index = index;
        this.outbox = outbox;
        this.today = today;
    }

    public Uni<Volunteer> get(UUID id, Caller caller) {
        caller.requireAny(Role.NATIONAL_ADMIN, Role.REGIONAL_OPERATOR, Role.VOLUNTEER);
        return volunteers.findById(id).map(v -> visible(v, caller));
    }

    public Uni<Volunteer> findByIin(String iinText, Caller caller) {
        caller.requireAny(Role.NATIONAL_ADMIN, Role.REGIONAL_OPERATOR);
        Iin iin = IinRules.parse(iinText, "iin", today.date());
        return volunteers.findByIinIndex(index.of(iin.digits())).map(v -> visible(v, caller));
    }

    public Uni<Page<Volunteer>> search(String region, VolunteerStatus status, String name, int page, int size,
                                       Caller caller) {
        caller.requireAny(Role.NATIONAL_ADMIN, Role.REGIONAL_OPERATOR);
        String scope = region;
        if (!caller.is(Role.NATIONAL_ADMIN)) {
            String own = caller.region().orElseThrow();
            if (region != null && !region.equals(own)) {
                throw new ProblemException(Status.FORBIDDEN, "region-forbidden",
                        "A regional operator searches only their own region");
            }
            scope = own;
        }
        return volunteers.search(scope, status, name, page, size);
    }

    public Uni<Volunteer> update(UUID id, UpdateVolunteerRequest change, Caller caller) {
        caller.requireAny(Role.NATIONAL_ADMIN, Role.REGIONAL_OPERATOR, Role.VOLUNTEER);
        if (change.region() != null && Region.ofCode(change.region()).isEmpty()) {
            throw ProblemException.unprocessable("region-unknown", "region is not one of the 20 regions");
        }
        Iin guardianIin = change.guardian() == null ? null : IinRules.parse(change.guardian().iin(), "guardian.iin", today.date());
        if (change.guardian() != null && !Boolean.TRUE.equals(change.guardian().consent())) {
            throw ProblemException.unprocessable("guardian-consent-required", "The guardian's consent is required");
        }
        return Panache.withTransaction(() -> volunteers.findById(id).map(v -> visible(v, caller)).chain(v -> {
            apply(v, change, guardianIin);
            v.updatedAt = today.now();
            return outbox.append(new VolunteerProfileChanged(v.id, v.region, v.hasGuardianConsent(), v.partnerSharing,
                    v.skillList(), v.languageList(), v.updatedAt)).replaceWith(v);
        }));
    }

    public Uni<Volunteer> changeStatus(UUID id, VolunteerStatus status, String reason, Caller caller) {
        caller.requireAny(Role.NATIONAL_ADMIN, Role.REGIONAL_OPERATOR);
        return Panache.withTransaction(() -> volunteers.findById(id).map(v -> visible(v, caller)).chain(v -> {
            VolunteerStatus from = v.status;
            if (from == status) {
                throw new ProblemException(Status.CONFLICT, "status-unchanged", "The volunteer already has this status");
            }
            if (from == VolunteerStatus.DECEASED) {
                throw new ProblemException(Status.CONFLICT, "status-final", "A deceased volunteer's status is final");
            }
            v.status = status;
            v.updatedAt = today.now();
            VolunteerStatusChange record = new VolunteerStatusChange();
            record.id = UUID.randomUUID();
            record.volunteerId = v.id;
            record.fromStatus = from;
            record.toStatus = status;
            record.reason = reason;
            record.changedBy = caller.subject();
            record.changedAt = v.updatedAt;
            return statusChanges.persist(record)
                    .call(() -> outbox.append(new VolunteerStatusChanged(v.id, from, status, v.updatedAt)))
                    .replaceWith(v);
        }));
    }

    public Uni<List<VolunteerStatusChange>> statusHistory(UUID id, Caller caller) {
        caller.requireAny(Role.NATIONAL_ADMIN, Role.REGIONAL_OPERATOR);
        return volunteers.findById(id).map(v -> visible(v, caller)).chain(v -> statusChanges.history(v.id));
    }

    /** The IIN as shown in answers. */
    /** The IIN hashed with a fresh salt (Open Badges 3.0 IdentityObject), so a credential can name its holder. */
    public IdentityHashView identityHash(Volunteer v) {
        byte[] salt = new byte[16];
        SALTS.nextBytes(salt);
        String saltText = HexFormat.of().formatHex(salt);
        String iin = cipher.decrypt(v.iinCipher, v.iinKeyVersion);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((iin + saltText).getBytes(StandardCharsets.UTF_8));
            return new IdentityHashView("sha256$" + HexFormat.of().formatHex(hash), saltText);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String maskedIin(Volunteer v) {
        return Iin.mask(cipher.decrypt(v.iinCipher, v.iinKeyVersion));
    }

    private void apply(Volunteer v, UpdateVolunteerRequest c, Iin guardianIin) {
        if (c.firstName() != null) {
            v.firstName = c.firstName();
        }
        if (c.lastName() != null) {
            v.lastName = c.lastName();
        }
        if (c.middleName() != null) {
            v.middleName = c.middleName().isBlank() ? null : c.middleName();
        }
        if (c.region() != null) {
            v.region = c.region();
        }
        if (c.email() != null) {
            v.email = c.email().isBlank() ? null : c.email();
        }
        if (c.phone() != null) {
            v.phone = c.phone();
        }
        if (c.skills() != null) {
            v.skills = Volunteer.join(c.skills());
        }
        if (c.languages() != null) {
            v.languages = Volunteer.join(c.languages());
        }
        if (c.partnerSharing() != null) {
            v.partnerSharing = c.partnerSharing();
        }
        if (guardianIin != null) {
            PersonalDataCipher.Sealed sealed = cipher.encrypt(guardianIin.digits());
            v.guardianIinCipher = sealed.text();
            v.guardianIinKeyVersion = sealed.keyVersion();
            v.guardianFullName = c.guardian().fullName();
            v.guardianPhone = c.guardian().phone();
            v.guardianConsentedAt = today.now();
        }
    }

    /** The volunteer if the caller may see it, else 404 as if it did not exist. */
    private static Volunteer visible(Volunteer v, Caller caller) {
        if (v == null || !(caller.governs(v.region) || caller.isVolunteer(v.id))) {
            throw new ProblemException(Status.NOT_FOUND, "volunteer-not-found", "No such volunteer");
        }
        return v;
    }
}
