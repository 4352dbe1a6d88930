package vn.vtvlstudio.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The counting rules of DOMAIN.md §4, defined once. Every total the program shows, checks or exports comes from
 * here.
 */
public final class Counting {

    private Counting() {
    }

    /** Totals of any set of positions. */
    public static Totals totals(Collection<Position> positions) {
        int count = 0;
        Headcount sum = Headcount.ZERO;
        Map<GroupKind, Integer> byGroup = new EnumMap<>(GroupKind.class);
        Map<GroupKind, Headcount> headByGroup = new EnumMap<>(GroupKind.class);
        for (Position p : positions) {
            count++;
            Headcount h = p.effectiveHeadcount();
            sum = sum.plus(h);
            byGroup.merge(p.group(), 1, Integer::sum);
            headByGroup.merge(p.group(), h, Headcount::plus);
        }
        return new Totals(count, sum, byGroup, headByGroup);
    }

    /** Totals of the positions of an agency and every agency below it. */
    public static Totals totalsOfSubtree(Collection<Position> positions, AgencyTree tree, long agencyId) {
        Set<Long> ids = tree.subtreeIds(agencyId);
        return totals(positions.stream().filter(p -> ids.contains(p.agencyId())).toList());
    }

    /**
     * Headcount per grade tier for the grade structure: leadership positions are left out of the count and the
     * denominator (TT 13/2022 practice); positions without a known grade are counted under no tier.
     */
    public static Map<GradeTier, Integer> gradeStructure(Collection<Position> positions,
                                                         Function<String, Grade> gradeByCode,
                                                         StaffCategory category) {
        Map<GradeTier, Integer> byTier = new EnumMap<>(GradeTier.class);
        for (Position p : positions) {
            Grade grade = p.gradeCode() == null ? null : gradeByCode.apply(p.gradeCode());
            int people = p.effectiveHeadcount().get(category);
            if (!countsInGradeStructure(p, grade) || people == 0) {
                continue;
            }
            byTier.merge(grade.tier(), people, Integer::sum);
        }
        return byTier;
    }

    /** Whether a position's people enter the grade structure: not a leader, and a known grade. */
    public static boolean countsInGradeStructure(Position p, Grade grade) {
        return grade != null && !p.isLeadership();
    }

    /**
     * Deputy heads a position stands for: its people when it is a cấp phó position, at least one even when held
     * concurrently (the deputy exists although counted elsewhere), else 0.
     */
    public static int deputies(Position p) {
        return p.leadershipRole() == LeadershipRole.CAP_PHO ? Math.max(1, p.headcount().total()) : 0;
    }

    /** Whether {@code part / whole > cap}, decided exactly (no rounded share). */
    public static boolean exceeds(int part, int whole, BigDecimal cap) {
        return BigDecimal.valueOf(part).compareTo(cap.multiply(BigDecimal.valueOf(whole))) > 0;
    }

    /** Whether {@code part / whole < minimum}, decided exactly (no rounded share). */
    public static boolean fallsShort(int part, int whole, BigDecimal minimum) {
        return BigDecimal.valueOf(part).compareTo(minimum.multiply(BigDecimal.valueOf(whole))) < 0;
    }

    public static int sum(Map<?, Integer> values) {
        return values.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Share as a fraction with 4 decimals; 0 when the denominator is 0. */
    public static BigDecimal share(int part, int whole) {
        if (whole == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 6, RoundingMode.HALF_UP);
    }

    /** Reduction of proposed against baseline for one category (negative when the proposal grows). */
    public static Reduction reduction(int baseline, int proposed) {
        return new Reduction(baseline, proposed);
    }

}
