package vn.vtvlstudio.ui.main;

/**
 * A line of the positions table: either a group heading with its subtotal ({@code groupRow}) or one position.
 */
public record PositionRow(boolean groupRow, String code, String name, String unit, String grade, String workload,
                          int cbcc, int vienChuc, int hopDong) {

    public int bienChe() {
        return cbcc + vienChuc;
    }
}
