package kz.dvp.org.rest.dto;

import kz.dvp.org.domain.OrganizationDecision;

import java.time.Instant;

public record DecisionView(OrganizationDecision.Kind decision, String reason, String decidedBy, Instant decidedAt) {

    public static DecisionView of(OrganizationDecision d) {
        return new DecisionView(d.decision, d.reason, d.decidedBy, d.decidedAt);
    }
}
