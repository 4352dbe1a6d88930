package vn.vtvlstudio.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * Totals of a set of positions, counted as DOMAIN.md §4 defines: each position counts once, a KIEM_NHIEM
 * position takes nobody, biên chế is CBCC + VIEN_CHUC.
 */
public record Totals(int positions, Headcount headcount, Map<GroupKind, Integer> positionsByGroup,
                     Map<GroupKind, Headcount> headcountByGroup) {

    public static final Totals EMPTY = new Totals(0, Headcount.ZERO, Map.of(), Map.of());

    public Totals {
        positionsByGroup = Map.copyOf(positionsByGroup);
        headcountByGroup = Map.copyOf(headcountByGroup);
    }

    public int bienChe() {
        return headcount.bienChe();
    }

    public int positionsIn(GroupKind group) {
        return positionsByGroup.getOrDefault(group, 0);
    }

    public Headcount headcountIn(GroupKind group) {
        return headcountByGroup.getOrDefault(group, Headcount.ZERO);
    }

    /** Positions per group in enum order, including groups with no position. */
    public Map<GroupKind, Integer> positionsByGroupOrdered() {
        Map<GroupKind, Integer> map = new EnumMap<>(GroupKind.class);
        map.putAll(positionsByGroup);
        return map;
    }
}
