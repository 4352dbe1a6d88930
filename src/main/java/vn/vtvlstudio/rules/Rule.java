package vn.vtvlstudio.rules;

import java.util.List;
import vn.vtvlstudio.domain.SchemeSnapshot;

/** One check of DOMAIN.md §5. Pure: the same snapshot and settings give the same findings. */
public interface Rule {

    /** Stable id, e.g. QUOTA_EXCEEDED. */
    String id();

    List<Finding> check(SchemeSnapshot snapshot, RuleSetting setting);
}
