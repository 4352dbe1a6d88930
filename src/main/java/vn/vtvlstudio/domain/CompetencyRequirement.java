package vn.vtvlstudio.domain;

/** A competency required by a position at a level 1–5. */
public record CompetencyRequirement(long positionId, long competencyId, int level) {
}
