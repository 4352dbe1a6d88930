package vn.vtvlstudio.domain;

import java.time.LocalDate;

/** One row of a deputy-limit table: units of this kind with minStaff..maxStaff biên chế may have maxDeputies. */
public record DeputyLimit(Long id, String tableCode, String unitKind, String provinceType, int minStaff, Integer maxStaff,
                          int maxDeputies, String legalRef, LocalDate validFrom, LocalDate validTo, String note) {

    public boolean covers(int staff) {
        return staff >= minStaff && (maxStaff == null || staff <= maxStaff);
    }
}
