package kz.dvp.identity.rest;

import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.dvp.identity.rest.dto.AccountView;
import kz.dvp.identity.rest.dto.CreateAccountRequest;
import kz.dvp.identity.rest.dto.CreatePartnerRequest;
import kz.dvp.identity.service.Accounts;
import kz.dvp.identity.service.Partners;
import kz.dvp.platform.idempotency.IdempotentRequests;
import kz.dvp.platform.security.Callers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class AccountResource {

    private final Accounts accounts;
    private final Partners partners;
    private final IdempotentRequests idempotency;
    private final Callers callers;

    public AccountResource(Accounts accounts, Partners partners, IdempotentRequests idempotency, Callers callers) {
        this.accounts = accounts;
        this.partners = partners;
        this.idempotency = idempotency;
        this.callers = callers;
    }

    @POST
    @Path("/accounts")
    @Operation(summary = "Create a staff account", description = "National admin: NATIONAL_ADMIN, REGIONAL_OPERATOR "
            + "(with region), ANALYST, ORG_COORDINATOR. Regional operator: ORG_COORDINATOR for a verified organization "
            + "of their region.")
    public Uni<Response> create(@NotNull @Valid CreateAccountRequest request,
                                @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return callers.current().chain(caller -> idempotency.once(idempotencyKey, String.valueOf(caller.subject()),
                request, () -> accounts.create(request, caller).map(a -> Response
                        .created(URI.create("/api/v1/accounts/" + a.id)).entity(AccountView.of(a)).build())));
    }

    @POST
    @Path("/partners")
    @Operation(summary = "Register a partner system", description = "National admin. The answer holds the client "
            + "secret, shown only once; the partner gets tokens with grant_type=client_credentials.")
    public Uni<Response> createPartner(@NotNull @Valid CreatePartnerRequest request,
                                       @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return callers.current().chain(caller -> idempotency.once(idempotencyKey, String.valueOf(caller.subject()),
                request, () -> partners.create(request, caller).map(p -> Response
                        .created(URI.create("/api/v1/partners/" + p.id())).entity(p).build())));
    }
}
