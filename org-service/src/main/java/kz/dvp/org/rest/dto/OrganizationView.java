package kz.dvp.org.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import kz.dvp.events.OrganizationKind;
import kz.dvp.events.OrganizationStatus;
import kz.dvp.org.domain.Organization;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** An organization; contacts (a person's e-mail and phone) only for operators and its coordinators. */
@Schema(name = "Organization")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrganizationView(UUID id, String bin, String nameKk, String nameRu, String legalForm,
                               OrganizationKind kind, String region, String address, OrganizationStatus status,
                               String contactEmail, String contactPhone, Instant createdAt) {

    public static OrganizationView of(Organization o, boolean withContacts) {
        return new OrganizationView(o.id, o.bin, o.nameKk, o.nameRu, o.legalForm, o.kind, o.region, o.address, o.status,
                withContacts ? o.contactEmail : null, withContacts ? o.contactPhone : null, o.createdAt);
    }
}
