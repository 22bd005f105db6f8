package kz.dvp.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A partner system that obtains tokens with the client_credentials grant. */
@Entity
@Table(name = "partner_client")
public class PartnerClient {

    @Id
    public UUID id;
    @Column(name = "client_id")
    public String clientId;
    @Column(name = "secret_hash")
    public String secretHash;
    public String name;
    /** Space-separated OAuth scopes. */
    public String scopes;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
}
