package vn.vtvlstudio.domain;

/**
 * Running totals of a set of positions that can both add and remove a position, so that a roll-up can follow one
 * edit without recounting everything. What each position contributes is decided by {@link Counting}; this class
 * only adds up. Mutable; not thread-safe.
 */
public final class Tally {

    private static final StaffCategory[] CATEGORY_VALUES = StaffCategory.values();
    private static final int GROUPS = GroupKind.values().length;
    private static final int CATEGORIES = StaffCategory.values().length;
    private static final int TIERS = GradeTier.values().length;

    private int positions;
    private final int[] positionsByGroup = new int[GROUPS];
    private final int[] headcount = new int[CATEGORIES];
    private final int[][] headcountByGroup = new int[GROUPS][CATEGORIES];
    /** People per category and grade tier, leaders left out (TT 13/2022 practice). */
    private final int[][] tiers = new int[CATEGORIES][TIERS];
    private int deputies;

    /** Adds ({@code sign = 1}) or removes ({@code sign = -1}) one position; {@code grade} may be null. */
    public void apply(Position p, Grade grade, int sign) {
        positions += sign;
        int g = p.group().ordinal();
        positionsByGroup[g] += sign;
        Headcount h = p.effectiveHeadcount();
        boolean inStructure = Counting.countsInGradeStructure(p, grade);
        for (StaffCategory c : CATEGORY_VALUES) {
            int people = h.get(c);
            if (people == 0) {
                continue;
            }
            headcount[c.ordinal()] += sign * people;
            headcountByGroup[g][c.ordinal()] += sign * people;
            if (inStructure) {
                tiers[c.ordinal()][grade.tier().ordinal()] += sign * people;
            }
        }
        deputies += sign * Counting.deputies(p);
    }

    /** Adds every number of another tally (used to roll children up into a parent). */
    public void addAll(Tally other) {
        positions += other.positions;
        deputies += other.deputies;
        for (int g = 0; g < GROUPS; g++) {
            positionsByGroup[g] += other.positionsByGroup[g];
            for (int c = 0; c < CATEGORIES; c++) {
                headcountByGroup[g][c] += other.headcountByGroup[g][c];
            }
        }
        for (int c = 0; c < CATEGORIES; c++) {
            headcount[c] += other.headcount[c];
            for (int t = 0; t < TIERS; t++) {
                tiers[c][t] += other.tiers[c][t];
            }
        }
    }

    public int positions() {
        return positions;
    }

    public int positionsIn(GroupKind group) {
        return positionsByGroup[group.ordinal()];
    }

    public int headcount(StaffCategory category) {
        return headcount[category.ordinal()];
    }

    public Headcount headcount() {
        return new Headcount(headcount[0], headcount[1], headcount[2], headcount[3]);
    }

    public int headcountIn(GroupKind group, StaffCategory category) {
        return headcountByGroup[group.ordinal()][category.ordinal()];
    }

    /** Biên chế (CBCC + VIEN_CHUC) of the positions. */
    public int bienChe() {
        return headcount(StaffCategory.CBCC) + headcount(StaffCategory.VIEN_CHUC);
    }

    /** People of a category in a grade tier, leaders excluded. */
    public int inTier(StaffCategory category, GradeTier tier) {
        return tiers[category.ordinal()][tier.ordinal()];
    }

    /** Denominator of the grade structure: people of the category with a known grade, leaders excluded. */
    public int gradeStructureTotal(StaffCategory category) {
        int sum = 0;
        for (int t : tiers[category.ordinal()]) {
            sum += t;
        }
        return sum;
    }

    /** Deputy heads (cấp phó) among the positions. */
    public int deputies() {
        return deputies;
    }

    /** The same numbers as the immutable {@link Totals} of {@link Counting#totals}. */
    public Totals toTotals() {
        java.util.Map<GroupKind, Integer> byGroup = new java.util.EnumMap<>(GroupKind.class);
        java.util.Map<GroupKind, Headcount> headByGroup = new java.util.EnumMap<>(GroupKind.class);
        for (GroupKind g : GroupKind.values()) {
            if (positionsByGroup[g.ordinal()] != 0) {
                byGroup.put(g, positionsByGroup[g.ordinal()]);
                int[] h = headcountByGroup[g.ordinal()];
                headByGroup.put(g, new Headcount(h[0], h[1], h[2], h[3]));
            }
        }
        return new Totals(positions, headcount(), byGroup, headByGroup);
    }
}
