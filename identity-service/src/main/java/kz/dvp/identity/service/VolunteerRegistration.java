package kz.dvp.identity.service;

import kz.dvp.platform.time.Today;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import kz.dvp.events.Region;
import kz.dvp.events.VolunteerRegistered;
import kz.dvp.events.VolunteerStatus;
import kz.dvp.identity.config.IdentityConfig;
import kz.dvp.identity.domain.Account;
import kz.dvp.identity.domain.Iin;
import kz.dvp.identity.domain.Volunteer;
import kz.dvp.identity.repository.AccountRepository;
import kz.dvp.identity.repository.VolunteerRepository;
import kz.dvp.identity.rest.dto.RegisterVolunteerRequest;
import kz.dvp.identity.security.BlindIndex;
import kz.dvp.identity.security.PasswordHasher;
import kz.dvp.identity.security.PersonalDataCipher;
import kz.dvp.platform.outbox.Outbox;
import kz.dvp.platform.problem.Problem;
import kz.dvp.platform.problem.ProblemException;
import kz.dvp.platform.security.Caller;
import kz.dvp.platform.security.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Registers volunteers: by a regional operator in their own region, by a national admin, or by the volunteer
 * (self-registration, which also creates their VOLUNTEER account). Every rule failure is its own problem code.
 */
@ApplicationScoped
public class VolunteerRegistration {

    static final int ADULT = 18;
    static final int GUARDIAN_PRESENT_BELOW = 14;

    private final VolunteerRepository volunteers;
    private final AccountRepository accounts;
    private final PersonalDataCipher cipher;
    private final BlindIndex index;
    private final PasswordHasher hasher;
    private final Outbox outbox;
    private final IdentityConfig config;
    private final Today today;

    public VolunteerRegistration(VolunteerRepository volunteers, AccountRepository accounts, PersonalDataCipher cipher,
                                 BlindIndex index, PasswordHasher hasher, Outbox outbox, IdentityConfig config,
                                 Today today) {
        this.volunteers = volunteers;
        this.accounts = accounts;
        this.cipher = cipher;
        this.index = index;
        this.hasher = hasher;
        this.outbox = outbox;
        this.config = config;
        this.today = today;
    }

    public Uni<Volunteer> register(RegisterVolunteerRequest request, Caller caller) {
        boolean self = authorize(request, caller);
        Iin iin = IinRules.parse(request.iin(), "iin", today.date());
        checkConsent(request.consent());
        Iin guardianIin = checkGuardian(request.guardian(), iin);
        String iinIndex = index.of(iin.digits());
        Uni<String> passwordHash = self ? hasher.hash(request.password()) : Uni.createFrom().nullItem();
        return passwordHash.chain(hash -> Panache.withTransaction(() -> volunteers.findByIinIndex(iinIndex)
                .chain(existing -> {
                    if (existing != null) {
                        throw duplicate(existing, self);
                    }
                    Volunteer volunteer = newVolunteer(request, iin, iinIndex, guardianIin, caller);
                    return volunteers.persist(volunteer)
                            .call(v -> self ? accounts.persist(volunteerAccount(v, iinIndex, hash)) : Uni.createFrom().voidItem())
                            .call(v -> outbox.append(registered(v)));
                })));
    }

    /** @return whether this is a self-registration */
    private boolean authorize(RegisterVolunteerRequest request, Caller caller) {
        if (Region.ofCode(request.region()).isEmpty()) {
            throw new ProblemException(ProblemException.UNPROCESSABLE_CONTENT, "region-unknown",
                    "region is not one of the 20 regions (GET /api/v1/regions)",
                    List.of(new Problem.FieldError("region", "unknown region")), null);
        }
        if (caller.isAnonymous()) {
            if (request.password() == null) {
                throw new ProblemException(ProblemException.UNPROCESSABLE_CONTENT, "password-required",
                        "Self-registration needs a password for the new account",
                        List.of(new Problem.FieldError("password", "required for self-registration")), null);
            }
            return true;
        }
        if (request.password() != null) {
            throw ProblemException.unprocessable("password-not-allowed",
                    "Only a volunteer registering themselves sets a password");
        }
        if (caller.is(Role.NATIONAL_ADMIN)) {
            return false;
        }
        if (caller.is(Role.REGIONAL_OPERATOR)) {
            if (!caller.governs(request.region())) {
                throw new ProblemException(Status.FORBIDDEN, "region-forbidden",
                        "A regional operator registers volunteers only in their own region");
            }
            return false;
        }
        throw new ProblemException(Status.FORBIDDEN, "forbidden", "Your role cannot register volunteers");
    }

    private void checkConsent(RegisterVolunteerRequest.Consent consent) {
        if (!Boolean.TRUE.equals(consent.accepted())) {
            throw ProblemException.unprocessable("consent-required",
                    "Consent to the processing of personal data is required");
        }
        if (!config.consentVersion().equals(consent.version())) {
            throw ProblemException.unprocessable("consent-version-outdated",
                    "Consent must be given to the current text, version " + config.consentVersion());
        }
    }

    /** Guardian rules by age at registration; returns the guardian's IIN when one is given. */
    private Iin checkGuardian(RegisterVolunteerRequest.Guardian guardian, Iin iin) {
        int age = iin.ageOn(today.date());
        if (guardian == null) {
            if (age < GUARDIAN_PRESENT_BELOW) {
                throw ProblemException.unprocessable("guardian-required-under-14",
                        "Under 14, a volunteer is registered only with their guardian and the guardian's consent");
            }
            if (age < ADULT) {
                throw ProblemException.unprocessable("guardian-required",
                        "Under 18, a guardian (IIN, full name, phone) and the guardian's consent are required");
            }
            return null;
        }
        if (!Boolean.TRUE.equals(guardian.consent())) {
            throw ProblemException.unprocessable("guardian-consent-required", "The guardian's consent is required");
        }
        Iin guardianIin = IinRules.parse(guardian.iin(), "guardian.iin", today.date());
        if (guardianIin.ageOn(today.date()) < ADULT || guardianIin.equals(iin)) {
            throw ProblemException.unprocessable("guardian-not-adult", "The guardian must be another person, an adult");
        }
        return guardianIin;
    }

    private ProblemException duplicate(Volunteer existing, boolean self) {
        ProblemException problem = new ProblemException(Status.CONFLICT, "volunteer-exists",
                "A volunteer with this IIN is already registered");
        // Staff may see which record it is; a self-registration learns nothing about the other person.
        return self ? problem : problem.with("existingVolunteerId", existing.id);
    }

    private Volunteer newVolunteer(RegisterVolunteerRequest r, Iin iin, String iinIndex, Iin guardianIin, Caller caller) {
        Volunteer v = new Volunteer();
        v.id = UUID.randomUUID();
        PersonalDataCipher.Sealed sealed = cipher.encrypt(iin.digits());
        v.iinCipher = sealed.text();
        v.iinKeyVersion = sealed.keyVersion();
        v.iinIndex = iinIndex;
        v.firstName = r.firstName();
        v.lastName = r.lastName();
        v.middleName = r.middleName();
        v.region = r.region();
        v.birthDate = iin.birthDate();
        v.sex = iin.sex();
        v.email = r.email();
        v.phone = r.phone();
        v.skills = Volunteer.join(r.skills());
        v.languages = Volunteer.join(r.languages());
        v.status = VolunteerStatus.ACTIVE;
        v.partnerSharing = Boolean.TRUE.equals(r.partnerSharing());
        v.consentVersion = r.consent().version();
        v.consentedAt = today.now();
        if (guardianIin != null) {
            PersonalDataCipher.Sealed guardianSealed = cipher.encrypt(guardianIin.digits());
            v.guardianIinCipher = guardianSealed.text();
            v.guardianIinKeyVersion = guardianSealed.keyVersion();
            v.guardianFullName = r.guardian().fullName();
            v.guardianPhone = r.guardian().phone();
            v.guardianConsentedAt = today.now();
        }
        v.registeredBy = caller.isAnonymous() ? "self" : caller.subject();
        v.createdAt = today.now();
        v.updatedAt = v.createdAt;
        return v;
    }

    private Account volunteerAccount(Volunteer v, String iinIndex, String passwordHash) {
        Account account = new Account();
        account.id = UUID.randomUUID();
        account.username = Account.IIN_LOGIN + iinIndex;
        account.passwordHash = passwordHash;
        account.role = Role.VOLUNTEER;
        account.volunteerId = v.id;
        account.createdBy = "self";
        account.createdAt = today.now();
        return account;
    }

    private VolunteerRegistered registered(Volunteer v) {
        // Only a minor's coming of age is published: adults' birth dates stay in identity-service.
        LocalDate adult = v.birthDate.plusYears(ADULT);
        return new VolunteerRegistered(v.id, v.region, v.birthDate.getYear(), v.sex, v.status, v.hasGuardianConsent(),
                v.partnerSharing, v.skillList(), v.languageList(), adult.isAfter(today.date()) ? adult : null, v.createdAt);
    }
}
