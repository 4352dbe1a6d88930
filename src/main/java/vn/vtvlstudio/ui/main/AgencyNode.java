package vn.vtvlstudio.ui.main;

import java.util.List;

/**
 * One node of the agency tree as the window shows it: {@code label} is what fits in the tree (the short name of an
 * agency whose full name is long), {@code name} the full name for titles and tooltips.
 */
public record AgencyNode(long id, String name, String label, List<AgencyNode> children) {

    @Override
    public String toString() {
        return label;
    }
}
