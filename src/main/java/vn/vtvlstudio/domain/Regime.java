package vn.vtvlstudio.domain;

import java.time.LocalDate;
import java.util.List;

/** A legal regime (rule pack) a scheme is judged under, with its position groups. */
public record Regime(String code, String nameVi, String nameEn, String appliesTo, String description,
                     List<String> legalRefCodes, LocalDate effectiveFrom, LocalDate effectiveTo, boolean verified,
                     List<PositionGroup> groups) {

    public Regime {
        legalRefCodes = List.copyOf(legalRefCodes);
        groups = List.copyOf(groups);
    }

    public PositionGroup group(GroupKind kind) {
        return groups.stream().filter(g -> g.kind() == kind).findFirst().orElse(null);
    }
}
