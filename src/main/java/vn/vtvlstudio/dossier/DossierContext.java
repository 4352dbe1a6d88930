package vn.vtvlstudio.dossier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.vtvlstudio.domain.Agency;
import vn.vtvlstudio.domain.AgencyTree;
import vn.vtvlstudio.domain.OrgUnit;
import vn.vtvlstudio.domain.JobDescription;
import vn.vtvlstudio.domain.Position;
import vn.vtvlstudio.domain.Progress;
import vn.vtvlstudio.domain.SchemeSnapshot;

/** The part of a snapshot one export covers, in print order, plus the workbook being written. */
final class DossierContext {

    final SchemeSnapshot snapshot;
    final DossierOptions options;
    final SXSSFWorkbook workbook;
    final Styles styles;
    /** The agency named top left of every sheet. */
    final Agency head;
    /** Agencies of the export in tree order (pre-order, by ordinal). */
    final List<Agency> agencies;
    final Set<Long> agencyIds;
    final List<OrgUnit> units;
    final Set<Long> unitIds;
    /** Positions of the export, in the order of the catalogue: agency order, unit order, position ordinal. */
    final List<Position> positions;
    /** Catalogue sheet row (1-based, as Excel shows) of each position id; filled by the catalogue sheet. */
    final Map<Long, Integer> catalogueRow = new HashMap<>();
    /** Told after every {@value #REPORT_EVERY} rows; a cancel stops the export there. */
    final Progress progress;
    /** Rows the whole workbook will take, estimated before the first is written (see {@link #estimateRows}). */
    private long estimate = 1;
    private long total = 1;
    private long rows;

    /** Rows between two reports: often enough for a smooth bar, rare enough to cost nothing. */
    static final int REPORT_EVERY = 128;

    DossierContext(SchemeSnapshot snapshot, DossierOptions options, SXSSFWorkbook workbook) {
        this(snapshot, options, workbook, Progress.NONE);
    }

    DossierContext(SchemeSnapshot snapshot, DossierOptions options, SXSSFWorkbook workbook, Progress progress) {
        this.snapshot = snapshot;
        this.options = options;
        this.workbook = workbook;
        this.progress = progress;
        this.styles = new Styles(workbook);
        AgencyTree tree = snapshot.agencies();

        List<Agency> starts;
        if (options.agencyId() != null) {
            Agency a = tree.get(options.agencyId());
            if (a == null) {
                throw new IllegalArgumentException("agency " + options.agencyId() + " is not in the scheme");
            }
            starts = List.of(a);
        } else {
            Agency root = tree.get(snapshot.scheme().rootAgencyId());
            starts = root != null ? List.of(root) : tree.roots();
        }
        List<Agency> ordered = new ArrayList<>();
        Set<Long> ids = new LinkedHashSet<>();
        for (Agency s : starts) {
            preorder(tree, s, ordered, ids);
        }
        this.agencies = List.copyOf(ordered);
        this.agencyIds = Set.copyOf(ids);
        this.head = starts.isEmpty() ? null : starts.get(0);

        Map<Long, Integer> agencyOrder = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            agencyOrder.put(ordered.get(i).id(), i);
        }
        this.units = snapshot.units().stream()
                .filter(u -> ids.contains(u.agencyId()))
                .sorted(Comparator.comparing((OrgUnit u) -> agencyOrder.get(u.agencyId()))
                        .thenComparingInt(OrgUnit::ordinal).thenComparing(OrgUnit::name))
                .toList();
        Set<Long> uids = new LinkedHashSet<>();
        Map<Long, Integer> unitOrder = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            uids.add(units.get(i).id());
            unitOrder.put(units.get(i).id(), i);
        }
        this.unitIds = Set.copyOf(uids);
        // positions without a unit come first in their agency (the agency's own leaders)
        this.positions = snapshot.positions().stream()
                .filter(p -> ids.contains(p.agencyId()))
                .sorted(Comparator.comparing((Position p) -> agencyOrder.get(p.agencyId()))
                        .thenComparing(p -> p.unitId() == null ? -1 : unitOrder.getOrDefault(p.unitId(), Integer.MAX_VALUE))
                        .thenComparingInt(Position::ordinal)
                        .thenComparing(p -> p.code() == null ? "" : p.code()))
                .toList();
    }

    /**
     * Rows the eight sheets and the hidden one will take: one per position in the catalogue and the hidden sheet,
     * a block per described position (its tasks and competencies plus the fixed lines), one per agency and unit in
     * the structure, quota and deputy sheets, one per finding and legal reference, and the letterheads. Close enough
     * for a progress bar; {@link #rowWritten} never reports more than it.
     */
    long estimateRows(int findings) {
        Map<Long, Integer> reqs = new HashMap<>();
        snapshot.requirements().forEach(r -> reqs.merge(r.positionId(), 1, Integer::sum));
        long described = 0;
        for (Position p : positions) {
            JobDescription d = snapshot.descriptions().get(p.id());
            int r = reqs.getOrDefault(p.id(), 0);
            if (d != null || r > 0) {
                described += 10 + (d == null ? 0 : 16 + d.tasks().size()) + (r == 0 ? 0 : 2 + r);
            }
        }
        long letterheads = 9 * 16L;
        estimate = Math.max(1, 2L * positions.size() + described + 3L * agencies.size() + 3L * units.size() + findings
                + snapshot.legalReferences().size() + letterheads);
        total = estimate;
        return estimate;
    }

    /** The whole export in progress steps: the rows, then {@code afterRows} steps for writing the file. */
    void totalSteps(long afterRows) {
        total = estimate + afterRows;
    }

    long totalSteps() {
        return total;
    }

    /** Counts a row written; every {@value #REPORT_EVERY} rows reports it and stops if the user cancelled. */
    void rowWritten() {
        if (++rows % REPORT_EVERY == 0) {
            progress.worked(Math.min(rows, estimate), total);
            progress.checkCancelled();
        }
    }

    private static void preorder(AgencyTree tree, Agency a, List<Agency> out, Set<Long> seen) {
        if (!seen.add(a.id())) {
            return;
        }
        out.add(a);
        for (Agency c : tree.children(a.id())) {
            preorder(tree, c, out, seen);
        }
    }

    /** Where a position sits: its unit's name, or its agency's name when it belongs to no unit. */
    String placeOf(Position p) {
        OrgUnit u = snapshot.unit(p.unitId());
        if (u != null) {
            return u.name();
        }
        Agency a = snapshot.agencies().get(p.agencyId());
        return a == null ? "" : a.name();
    }

    String headName() {
        return head == null ? "" : head.name();
    }
}
