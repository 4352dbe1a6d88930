package vn.vtvlstudio.dossier;

import vn.vtvlstudio.domain.GroupKind;
import vn.vtvlstudio.domain.Headcount;
import vn.vtvlstudio.domain.WorkloadType;

/**
 * One position row read from a workbook, not yet tied to the database: units and grades are still names and codes
 * as the sheet wrote them.
 *
 * @param row        row number as Excel shows it
 * @param positionId the position's id when the row comes from our own dossier (from the hidden sheet), else null
 * @param group      null when it could not be told (a problem then says why)
 * @param workload   as written, or derived from the headcount when the sheet has no such column
 */
public record ImportedPosition(int row, Long positionId, String code, String name, GroupKind group, String unitName,
                               String gradeCode, String gradeName, WorkloadType workload, Headcount headcount,
                               String note) {
}
