package vn.vtvlstudio.ui.agencies;

import java.util.List;

/** An agency or one of its internal units in the organisation tree. */
public record OrgNode(boolean unit, long id, long agencyId, String name, List<OrgNode> children) {

    @Override
    public String toString() {
        return name;
    }
}
