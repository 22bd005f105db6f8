package kz.dvp.passport.credential;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.events.ActivityEvent;
import kz.dvp.events.ActivityStatus;
import kz.dvp.events.CloudEvent;
import kz.dvp.events.VolunteerStatus;
import kz.dvp.events.VolunteerStatusChanged;
import kz.dvp.passport.service.Sql;


/**
 * Revokes credentials that no longer tell the truth, in the same transaction as the live projection: all of a
 * volunteer's when they stop being ACTIVE, and those claiming more hours than the passport now shows (after an
 * activity's revocation). Revocation is final; a credential issued afterwards carries the new figures.
 * Not part of the projection itself, so a rebuild (which replays history) never revokes anything.
 */
@ApplicationScoped
public class CredentialRevocations {

    /**
     * Called after the projection applied {@code event} (and the rest of its batch): a volunteer who stopped being
     * ACTIVE loses every credential, even if reinstated later in the same batch; a revoked activity takes those
     * claiming more hours than the passport shows now.
     */
    public Uni<Void> after(CloudEvent event) {
        if (event.data() instanceof VolunteerStatusChanged e && e.status() != VolunteerStatus.ACTIVE) {
            return Sql.run("""
                    update issued_credential set revoked_at = now(), revocation_reason = $2
                    where volunteer_id = $1 and revoked_at is null""", e.volunteerId(), "VOLUNTEER_" + e.status().name());
        }
        if (!(event.data() instanceof ActivityEvent a) || a.status() != ActivityStatus.REVOKED) {
            return Uni.createFrom().voidItem();
        }
        // the projection has written the passport's new figures already (PassportRows)
        return Sql.run("""
                update issued_credential c set revoked_at = now(), revocation_reason = 'HOURS_REDUCED'
                from passport p
                where c.volunteer_id = $1 and p.volunteer_id = c.volunteer_id and c.revoked_at is null
                  and c.total_hours > p.total_hours""", a.volunteerId());
    }
}
