package vn.vtvlstudio.service;

import java.util.Map;
import vn.vtvlstudio.domain.GroupKind;
import vn.vtvlstudio.domain.Headcount;

/** The figures the {@code summary} command and the window's status line show for one scheme. */
public record SchemeSummary(long id, String title, String regime, int year, int positions, Headcount headcount,
                            int bienChe, Map<GroupKind, Integer> byGroup) {
}
