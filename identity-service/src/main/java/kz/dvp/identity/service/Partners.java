package kz.dvp.identity.service;

import kz.dvp.platform.time.Today;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.identity.domain.PartnerClient;
import kz.dvp.identity.repository.PartnerClientRepository;
import kz.dvp.identity.rest.dto.CreatePartnerRequest;
import kz.dvp.identity.rest.dto.PartnerView;
import kz.dvp.identity.security.PasswordHasher;
import kz.dvp.platform.security.Caller;
import kz.dvp.platform.security.Role;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Partner systems (universities, eGov, employers): registered by a national admin, secret shown once. */
@ApplicationScoped
public class Partners {

    private final PartnerClientRepository partners;
    private final PasswordHasher hasher;
    private final Today today;
    private final SecureRandom random = new SecureRandom();

    public Partners(PartnerClientRepository partners, PasswordHasher hasher, Today today) {
        this.partners = partners;
        this.hasher = hasher;
        this.today = today;
    }

    public Uni<PartnerView> create(CreatePartnerRequest request, Caller caller) {
        caller.requireAny(Role.NATIONAL_ADMIN);
        String secret = randomToken(32);
        PartnerClient client = new PartnerClient();
        client.id = UUID.randomUUID();
        client.clientId = "partner-" + randomToken(9).toLowerCase().replace('_', 'x').replace('-', 'y');
        client.name = request.name();
        List<String> scopes = request.scopes().stream().sorted().toList();
        client.scopes = String.join(" ", scopes);
        client.createdBy = caller.subject();
        client.createdAt = today.now();
        return hasher.hash(secret).chain(hash -> {
            client.secretHash = hash;
            return Panache.withTransaction(() -> partners.persist(client));
        }).map(saved -> new PartnerView(saved.id, saved.name, saved.clientId, secret, scopes));
    }

    private String randomToken(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
