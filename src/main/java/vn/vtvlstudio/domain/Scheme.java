package vn.vtvlstudio.domain;

import java.time.LocalDate;

/** Đề án vị trí việc làm of one root agency, judged under one regime. */
public record Scheme(Long id, long rootAgencyId, String title, String regimeCode, int year, SchemeStatus status,
                     int version, String decisionNo, LocalDate decisionDate, boolean illustrative, String note) {

    public Scheme withId(Long newId) {
        return new Scheme(newId, rootAgencyId, title, regimeCode, year, status, version, decisionNo, decisionDate, illustrative, note);
    }
}
