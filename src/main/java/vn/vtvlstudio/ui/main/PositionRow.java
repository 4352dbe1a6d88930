package vn.vtvlstudio.ui.main;

import vn.vtvlstudio.domain.Position;

/**
 * A line of the positions table: either a group heading with its subtotal ({@code groupRow}) or one position,
 * which then carries the {@link Position} it shows so that edits start from what is stored.
 */
public record PositionRow(boolean groupRow, String code, String name, String unit, String grade, String workload,
                          int cbcc, int vienChuc, int hopDong, Position position) {

    public PositionRow(boolean groupRow, String code, String name, String unit, String grade, String workload,
                       int cbcc, int vienChuc, int hopDong) {
        this(groupRow, code, name, unit, grade, workload, cbcc, vienChuc, hopDong, null);
    }

    public int bienChe() {
        return cbcc + vienChuc;
    }
}
