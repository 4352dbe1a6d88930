package vn.vtvlstudio.ui.main;

import java.util.List;

/** One node of the agency tree as the window shows it. */
public record AgencyNode(long id, String name, List<AgencyNode> children) {

    @Override
    public String toString() {
        return name;
    }
}
