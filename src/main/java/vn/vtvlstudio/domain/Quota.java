package vn.vtvlstudio.domain;

import java.time.LocalDate;

/** Biên chế được giao: one agency, one year, one category, with the decision that assigned it. */
public record Quota(Long id, long agencyId, int year, StaffCategory category, int amount, String decisionNo,
                    LocalDate decisionDate, String issuer, boolean baseline) {

    public Quota {
        if (amount < 0) {
            throw new IllegalArgumentException("quota must not be negative: " + amount);
        }
    }

    public Quota withId(Long newId) {
        return new Quota(newId, agencyId, year, category, amount, decisionNo, decisionDate, issuer, baseline);
    }
}
