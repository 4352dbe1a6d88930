package vn.vtvlstudio.rules;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import vn.vtvlstudio.domain.Grade;
import vn.vtvlstudio.domain.GradeKind;
import vn.vtvlstudio.domain.GradeTier;
import vn.vtvlstudio.domain.GroupKind;
import vn.vtvlstudio.domain.Position;
import vn.vtvlstudio.domain.WorkloadType;

/**
 * GRADE_VALID: a position of a {@code requiredFor} group has a grade; the grade exists in the catalogue, is valid on
 * the scheme date, is of an allowed {@code kinds} (ngạch for civil servants, CDNN for public employees), and its tier
 * is allowed for the position's group ({@code tiers.GROUP}, when given).
 */
public final class GradeValidRule extends ScopedRule<Position, GradeValidRule.Config> {

    /** What the regime allows. */
    public record Config(Set<GradeKind> kinds, Set<GroupKind> requiredFor, Map<GroupKind, Set<GradeTier>> tiers) {
    }

    @Override
    public String id() {
        return "GRADE_VALID";
    }

    @Override
    public Scope scope() {
        return Scope.POSITION;
    }

    @Override
    protected Config configure(RuleSetting s) {
        Map<GroupKind, Set<GradeTier>> tiers = new EnumMap<>(GroupKind.class);
        s.withPrefix("tiers").forEach((k, v) -> tiers.put(GroupKind.valueOf(k), RuleParams.enums(GradeTier.class, v)));
        return new Config(s.enums(GradeKind.class, "kinds"), s.enums(GroupKind.class, "requiredFor"), tiers);
    }

    @Override
    protected void check(Position p, Config config, Emitter emit) {
        if (p.gradeCode() == null || p.gradeCode().isBlank()) {
            if (config.requiredFor().contains(p.group()) && p.workloadType() != WorkloadType.KIEM_NHIEM) {
                emit.position(p, "missing", Map.of("group", p.group().name()), p.group());
            }
            return;
        }
        Grade grade = emit.ctx().snapshot().grades().get(p.gradeCode());
        if (grade == null) {
            emit.position(p, "unknown", Map.of("grade", p.gradeCode()), p.gradeCode());
        } else if (!grade.isValidOn(emit.ctx().schemeDate())) {
            emit.position(p, "expired", Map.of("grade", grade.code(), "date", emit.ctx().schemeDate().toString()),
                    grade.code(), grade.name(), emit.ctx().schemeDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        } else if (!config.kinds().isEmpty() && !config.kinds().contains(grade.kind())) {
            emit.position(p, "kind", Map.of("grade", grade.code(), "kind", grade.kind().name()),
                    grade.code(), grade.name(), grade.kind());
        } else if (config.tiers().containsKey(p.group()) && !config.tiers().get(p.group()).contains(grade.tier())) {
            emit.position(p, "tier", Map.of("grade", grade.code(), "tier", grade.tier().name(), "group", p.group().name()),
                    grade.code(), grade.name(), p.group());
        }
    }
}
