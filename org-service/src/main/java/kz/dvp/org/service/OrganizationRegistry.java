package kz.dvp.org.service;

import kz.dvp.platform.validation.InvalidIdentifierException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import kz.dvp.events.OrganizationKind;
import kz.dvp.events.OrganizationRegistered;
import kz.dvp.events.OrganizationStatus;
import kz.dvp.events.Region;
import kz.dvp.org.domain.Bin;
import kz.dvp.org.domain.Organization;
import kz.dvp.org.repository.OrganizationRepository;
import kz.dvp.org.rest.dto.RegisterOrganizationRequest;
import kz.dvp.platform.outbox.Outbox;
import kz.dvp.platform.problem.Problem;
import kz.dvp.platform.problem.ProblemException;
import kz.dvp.platform.rest.Page;
import kz.dvp.platform.security.Caller;
import kz.dvp.platform.security.Role;
import kz.dvp.platform.time.Today;

import java.util.List;
import java.util.UUID;

/** Organizations register themselves (or through an operator) and wait for verification. */
@ApplicationScoped
public class OrganizationRegistry {

    private final OrganizationRepository organizations;
    private final Outbox outbox;
    private final Today today;

    public OrganizationRegistry(OrganizationRepository organizations, Outbox outbox, Today today) {
        this.organizations = organizations;
        this.outbox = outbox;
        this.today = today;
    }

    public Uni<Organization> register(RegisterOrganizationRequest request, Caller caller) {
        if (!caller.isAnonymous() && !caller.is(Role.NATIONAL_ADMIN) && !caller.is(Role.REGIONAL_OPERATOR)) {
            throw new ProblemException(Status.FORBIDDEN, "forbidden", "Organizations register themselves or through an operator");
        }
        if (caller.is(Role.REGIONAL_OPERATOR) && !caller.governs(request.region())) {
            throw new ProblemException(Status.FORBIDDEN, "region-forbidden",
                    "A regional operator registers organizations only in their own region");
        }
        Bin bin = parseBin(request.bin());
        if (Region.ofCode(request.region()).isEmpty()) {
            throw ProblemException.unprocessable("region-unknown", "region is not one of the 20 regions");
        }
        if (request.nameKk() == null && request.nameRu() == null) {
            throw new ProblemException(ProblemException.UNPROCESSABLE_CONTENT, "name-required",
                    "An organization needs a name in Kazakh or Russian",
                    List.of(new Problem.FieldError("nameKk", "nameKk or nameRu is required")), null);
        }
        return Panache.withTransaction(() -> organizations.findByBin(bin.digits()).chain(existing -> {
            if (existing != null) {
                ProblemException conflict = new ProblemException(Status.CONFLICT, "organization-exists",
                        "An organization with this BIN is already registered");
                throw caller.isAnonymous() ? conflict : conflict.with("existingOrganizationId", existing.id);
            }
            Organization o = newOrganization(request, bin, caller);
            return organizations.persist(o).call(saved -> outbox.append(new OrganizationRegistered(saved.id, saved.nameKk,
                    saved.nameRu, saved.kind, saved.region, saved.status, saved.createdAt)));
        }));
    }

    /** Public facts of one organization; contacts are decided by the resource. */
    public Uni<Organization> get(UUID id) {
        return organizations.findById(id).map(o -> {
            if (o == null) {
                throw new ProblemException(Status.NOT_FOUND, "organization-not-found", "No such organization");
            }
            return o;
        });
    }

    /** Anyone sees verified organizations; staff see every status. */
    public Uni<Page<Organization>> search(String region, OrganizationStatus status, OrganizationKind kind, String name,
                                          int page, int size, Caller caller) {
        boolean staff = caller.is(Role.NATIONAL_ADMIN) || caller.is(Role.REGIONAL_OPERATOR);
        if (!staff && status != null && status != OrganizationStatus.VERIFIED) {
            throw new ProblemException(Status.FORBIDDEN, "forbidden", "Only operators list organizations that are not verified");
        }
        return organizations.search(region, staff ? status : OrganizationStatus.VERIFIED, kind, name, page, size);
    }

    /** Contacts are a person's data: for operators of the organization's region and its own coordinators. */
    public static boolean mayReadContacts(Organization o, Caller caller) {
        return caller.governs(o.region) || caller.coordinates(o.id);
    }

    static Bin parseBin(String text) {
        try {
            return Bin.parse(text);
        } catch (InvalidIdentifierException e) {
            throw new ProblemException(ProblemException.UNPROCESSABLE_CONTENT, e.rule().code(), e.getMessage(),
                    List.of(new Problem.FieldError("bin", e.getMessage())), null);
        }
    }

    private Organization newOrganization(RegisterOrganizationRequest r, Bin bin, Caller caller) {
        Organization o = new Organization();
        o.id = UUID.randomUUID();
        o.bin = bin.digits();
        o.nameKk = r.nameKk();
        o.nameRu = r.nameRu();
        o.legalForm = r.legalForm();
        o.kind = r.kind();
        o.region = r.region();
        o.address = r.address();
        o.contactEmail = r.contactEmail();
        o.contactPhone = r.contactPhone();
        o.status = OrganizationStatus.PENDING_VERIFICATION;
        o.registeredBy = caller.isAnonymous() ? "self" : caller.subject();
        o.createdAt = today.now();
        o.updatedAt = o.createdAt;
        return o;
    }
}
