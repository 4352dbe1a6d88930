package vn.vtvlstudio.domain;

import java.util.List;

/** Bản mô tả công việc of one position. */
public record JobDescription(long positionId, String objective, List<JobTask> tasks, String relationsInternal,
                             String relationsExternal, String authority, String conditions, Requirements requirements) {

    public JobDescription {
        tasks = List.copyOf(tasks);
        requirements = requirements == null ? Requirements.EMPTY : requirements;
    }
}
