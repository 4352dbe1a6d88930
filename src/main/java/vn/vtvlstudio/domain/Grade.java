package vn.vtvlstudio.domain;

import java.time.LocalDate;

/** Ngạch công chức or chức danh nghề nghiệp, with its validity and source. */
public record Grade(String code, String name, GradeTier tier, String sector, GradeKind kind,
                    LocalDate validFrom, LocalDate validTo, String source) {

    public boolean isValidOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }
}
