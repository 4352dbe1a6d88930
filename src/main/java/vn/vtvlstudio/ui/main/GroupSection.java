package vn.vtvlstudio.ui.main;

import java.util.List;

/** A position group with its subtotal row and its positions. */
public record GroupSection(PositionRow heading, List<PositionRow> positions) {
}
