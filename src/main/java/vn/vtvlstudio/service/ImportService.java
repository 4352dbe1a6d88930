package vn.vtvlstudio.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.text.Normalizer;
import vn.vtvlstudio.domain.Agency;
import vn.vtvlstudio.domain.AgencyRepository;
import vn.vtvlstudio.domain.AgencyTree;
import vn.vtvlstudio.domain.Grade;
import vn.vtvlstudio.domain.GroupKind;
import vn.vtvlstudio.domain.Headcount;
import vn.vtvlstudio.domain.CancelledException;
import vn.vtvlstudio.domain.Progress;
import vn.vtvlstudio.domain.LeadershipRole;
import vn.vtvlstudio.domain.OrgUnit;
import vn.vtvlstudio.domain.Position;
import vn.vtvlstudio.domain.PositionRepository;
import vn.vtvlstudio.domain.ReferenceRepository;
import vn.vtvlstudio.domain.Regime;
import vn.vtvlstudio.domain.Scheme;
import vn.vtvlstudio.domain.SchemeRepository;
import vn.vtvlstudio.domain.Transactor;
import vn.vtvlstudio.dossier.DossierImportException;
import vn.vtvlstudio.dossier.DossierImporter;
import vn.vtvlstudio.dossier.ImportPreview;
import vn.vtvlstudio.dossier.ImportProblem;
import vn.vtvlstudio.dossier.ImportedPosition;

/**
 * Importing positions from a workbook into a scheme, in two steps: {@link #preview} reads the file and checks every
 * row against the scheme (units, grades, codes) without saving anything; {@link #apply} saves a preview that has no
 * problem, all rows in one transaction or none.
 *
 * <p>A row updates the scheme's position with the same id (our own dossier) or the same code; every other row
 * creates a position. Positions that the file does not mention are left as they are.
 */
public final class ImportService {

    /** What an import did (or, for a dry run, would do); rows equal to the stored position count as unchanged. */
    public record ImportResult(int created, int updated, int unchanged, boolean saved) {
    }

    /** A preview with problems was handed to {@link #apply}: nothing was saved. */
    public static final class ImportRejectedException extends RuntimeException {
        private final transient List<ImportProblem> problems;

        public ImportRejectedException(List<ImportProblem> problems) {
            super("Tệp có " + problems.size() + " lỗi; không có thay đổi nào được lưu.");
            this.problems = List.copyOf(problems);
        }

        public List<ImportProblem> problems() {
            return problems;
        }
    }

    private final SchemeRepository schemes;
    private final AgencyRepository agencies;
    private final PositionRepository positions;
    private final ReferenceRepository reference;
    private final Transactor transactor;
    private final int rowLimit;

    public ImportService(vn.vtvlstudio.domain.Repositories repos) {
        this(repos.schemes(), repos.agencies(), repos.positions(), repos.reference(), repos.transactor());
    }

    public ImportService(SchemeRepository schemes, AgencyRepository agencies, PositionRepository positions,
                         ReferenceRepository reference, Transactor transactor) {
        this(schemes, agencies, positions, reference, transactor, DossierImporter.DEFAULT_ROW_LIMIT);
    }

    public ImportService(SchemeRepository schemes, AgencyRepository agencies, PositionRepository positions,
                         ReferenceRepository reference, Transactor transactor, int rowLimit) {
        this.schemes = schemes;
        this.agencies = agencies;
        this.positions = positions;
        this.reference = reference;
        this.transactor = transactor;
        this.rowLimit = rowLimit;
    }

    /** Reads {@code file} and checks it against scheme {@code schemeId}; saves nothing. */
    public ImportPreview preview(long schemeId, Path file) throws DossierImportException {
        return preview(schemeId, file, Progress.NONE);
    }

    /** As {@link #preview(long, Path)}, reporting the reading to {@code progress}; a cancel ends in {@link CancelledException}. */
    public ImportPreview preview(long schemeId, Path file, Progress progress) throws DossierImportException {
        Scheme scheme = scheme(schemeId);
        Regime regime = reference.regime(scheme.regimeCode()).orElse(null);
        ImportPreview read = new DossierImporter(regime, rowLimit).read(file, progress);
        progress.checkCancelled();
        return read.withMoreProblems(transactor.inTransaction(() -> new Plan(scheme, read).problems));
    }

    /**
     * Reads {@code file} and tells, cell by cell, what importing it into scheme {@code schemeId} would change; saves
     * nothing. A file that cannot be read at all comes back as a refused review rather than an exception, so the
     * window shows why in the same place as the problems of a readable file.
     */
    public ImportReview review(long schemeId, Path file, Progress progress) {
        Scheme scheme = scheme(schemeId);
        Regime regime = reference.regime(scheme.regimeCode()).orElse(null);
        ImportPreview read;
        try {
            read = new DossierImporter(regime, rowLimit).read(file, progress);
        } catch (DossierImportException e) {
            return ImportReview.refused(file, schemeId, e.getMessage());
        }
        progress.checkCancelled();
        return transactor.inTransaction(() -> {
            Plan plan = new Plan(scheme, read);
            ImportPreview all = read.withMoreProblems(plan.problems);
            List<ImportReview.Problem> problems = all.problems().stream()
                    .map(p -> new ImportReview.Problem(p.sheet(), p.row(), p.column(), p.field(), p.message())).toList();
            if (!problems.isEmpty()) {
                return new ImportReview(file, schemeId, all, new ImportResult(0, 0, 0, false), List.of(), problems, null);
            }
            return new ImportReview(file, schemeId, all, plan.result(false), plan.changes, List.of(), null);
        });
    }

    /** Saves every row of a preview without problems, in one transaction; refuses the whole preview otherwise. */
    public ImportResult apply(long schemeId, ImportPreview preview) {
        return apply(schemeId, preview, Progress.NONE);
    }

    /**
     * As {@link #apply(long, ImportPreview)}, reporting the rows saved to {@code progress}. A cancel throws
     * {@link CancelledException} inside the transaction, so nothing of the import is kept.
     */
    public ImportResult apply(long schemeId, ImportPreview preview, Progress progress) {
        return transactor.inTransaction(() -> {
            Plan plan = matched(schemeId, preview);
            plan.save(progress, (before, after) -> positions.update(after), inserted -> positions.insert(inserted));
            return plan.result(true);
        });
    }

    /** Saves a review that {@link ImportReview#canApply() can be applied}, as {@link #apply(long, ImportPreview, Progress)}. */
    public ImportResult apply(ImportReview review, Progress progress) {
        if (!review.canApply()) {
            throw new ImportRejectedException(review.preview() == null ? List.of() : review.preview().problems());
        }
        return apply(review.schemeId(), review.preview(), progress);
    }

    /**
     * The rows of a preview matched against the scheme as it is now, for a caller that saves them itself (the
     * window's undoable import); call it inside the transaction that saves. Throws {@link ImportRejectedException}
     * when the preview or the match has problems.
     */
    Plan matched(long schemeId, ImportPreview preview) {
        if (!preview.ok()) {
            throw new ImportRejectedException(preview.problems());
        }
        Plan plan = new Plan(scheme(schemeId), preview);
        if (!plan.problems.isEmpty()) {
            throw new ImportRejectedException(plan.problems);
        }
        return plan;
    }

    /** Preview, then apply unless {@code dryRun}; a preview with problems is returned unapplied. */
    public ImportPreview previewAndApply(long schemeId, Path file, boolean dryRun) throws DossierImportException {
        ImportPreview preview = preview(schemeId, file);
        if (preview.ok() && !dryRun) {
            apply(schemeId, preview);
        }
        return preview;
    }

    /** What {@code preview} would create and update, as positions; for the window's confirmation and dry runs. */
    public ImportResult plan(long schemeId, ImportPreview preview) {
        return transactor.inTransaction(() -> {
            Plan plan = new Plan(scheme(schemeId), preview);
            return new ImportResult(plan.inserts.size(), plan.updates.size(), plan.unchanged, false);
        });
    }

    private Scheme scheme(long schemeId) {
        return schemes.find(schemeId).orElseThrow(() -> new NotFoundException("Không có đề án số " + schemeId + "."));
    }

    /** Rows saved between two reports to the progress bar (and checks for a cancel). */
    private static final int SAVE_REPORT_EVERY = 50;

    /**
     * The rows matched against the scheme: positions to update (with what they were) and to insert, the cells that
     * change, or the problems that prevent it.
     */
    final class Plan {
        final List<ImportProblem> problems = new ArrayList<>();
        final List<Position> updates = new ArrayList<>();
        /** The stored positions {@link #updates} replace, in the same order. */
        final List<Position> befores = new ArrayList<>();
        final List<Position> inserts = new ArrayList<>();
        final List<ImportReview.Change> changes = new ArrayList<>();
        int unchanged;
        private Regime regime;
        private final Map<Long, String> placeNames = new HashMap<>();
        private final Map<String, Grade> grades = new HashMap<>();

        ImportResult result(boolean saved) {
            return new ImportResult(inserts.size(), updates.size(), unchanged, saved);
        }

        /** Hands every update and insert to the savers, reporting and checking for a cancel every few rows. */
        void save(Progress progress, java.util.function.BiConsumer<Position, Position> update,
                  java.util.function.Consumer<Position> insert) {
            long total = (long) updates.size() + inserts.size();
            long done = 0;
            for (int i = 0; i < updates.size(); i++) {
                update.accept(befores.get(i), updates.get(i));
                tick(progress, ++done, total);
            }
            for (Position p : inserts) {
                insert.accept(p);
                tick(progress, ++done, total);
            }
            progress.worked(total, total);
            progress.checkCancelled();
        }

        private static void tick(Progress progress, long done, long total) {
            if (done % SAVE_REPORT_EVERY == 0) {
                progress.worked(done, total);
                progress.checkCancelled();
            }
        }

        Plan(Scheme scheme, ImportPreview preview) {
            long schemeId = scheme.id();
            String sheet = preview.sheet();
            if (preview.source() == ImportPreview.Source.DOSSIER && preview.schemeId() != null && preview.schemeId() != schemeId) {
                problems.add(new ImportProblem("_vtvl", 2, "B", "Đề án", "Tệp được xuất từ đề án số " + preview.schemeId()
                        + ", không phải đề án số " + schemeId + " đang mở."));
                return;
            }
            List<Agency> all = agencies.findAll();
            AgencyTree tree = new AgencyTree(all);
            Set<Long> inScheme = tree.subtreeIds(scheme.rootAgencyId());
            List<OrgUnit> units = agencies.findAllUnits().stream().filter(u -> inScheme.contains(u.agencyId())).toList();
            Map<String, List<OrgUnit>> unitsByName = new HashMap<>();
            units.forEach(u -> unitsByName.computeIfAbsent(key(u.name()), k -> new ArrayList<>()).add(u));
            Map<String, List<Agency>> agenciesByName = new HashMap<>();
            all.stream().filter(a -> inScheme.contains(a.id()))
                    .forEach(a -> agenciesByName.computeIfAbsent(key(a.name()), k -> new ArrayList<>()).add(a));
            regime = reference.regime(scheme.regimeCode()).orElse(null);
            all.stream().filter(a -> inScheme.contains(a.id())).forEach(a -> placeNames.put(-a.id() - 1, a.name()));
            units.forEach(u -> placeNames.put(u.id(), u.name()));
            Map<String, Grade> gradesByCode = grades;
            Map<String, List<Grade>> gradesByName = new HashMap<>();
            for (Grade g : reference.grades()) {
                gradesByCode.put(g.code(), g);
                gradesByName.computeIfAbsent(key(g.name()), k -> new ArrayList<>()).add(g);
            }
            List<Position> existing = positions.findByScheme(schemeId);
            Map<Long, Position> byId = new HashMap<>();
            Map<String, Position> byCode = new HashMap<>();
            int maxOrdinal = 0;
            for (Position p : existing) {
                byId.put(p.id(), p);
                byCode.put(p.code(), p);
                maxOrdinal = Math.max(maxOrdinal, p.ordinal());
            }
            Set<String> usedCodes = new HashSet<>(byCode.keySet());
            Set<Long> touched = new HashSet<>();
            int generated = 0;

            for (ImportedPosition row : preview.positions()) {
                Position old = null;
                if (row.positionId() != null) {
                    old = byId.get(row.positionId());
                    if (old == null) {
                        problems.add(new ImportProblem(sheet, row.row(), preview.column("CODE", "B"), "Mã vị trí việc làm",
                                "Vị trí (mã nội bộ " + row.positionId() + ") không còn trong đề án."));
                        continue;
                    }
                } else if (row.code() != null) {
                    old = byCode.get(row.code());
                }
                if (old != null && !touched.add(old.id())) {
                    problems.add(new ImportProblem(sheet, row.row(), preview.column("CODE", "B"), "Mã vị trí việc làm",
                            "Vị trí \"" + old.code() + "\" xuất hiện nhiều lần trong tệp."));
                    continue;
                }

                // where: the unit by name (within the old position's agency first), else an agency by name
                Long agencyId;
                Long unitId;
                if (row.unitName() == null) {
                    agencyId = old != null ? old.agencyId() : scheme.rootAgencyId();
                    unitId = old != null ? old.unitId() : null;
                } else {
                    List<OrgUnit> candidates = unitsByName.getOrDefault(key(row.unitName()), List.of());
                    Position o = old;
                    if (o != null && candidates.size() > 1) {
                        candidates = candidates.stream().filter(u -> u.agencyId() == o.agencyId()).toList();
                    }
                    List<Agency> agencyCandidates = agenciesByName.getOrDefault(key(row.unitName()), List.of());
                    if (candidates.size() == 1) {
                        agencyId = candidates.get(0).agencyId();
                        unitId = candidates.get(0).id();
                    } else if (candidates.isEmpty() && agencyCandidates.size() == 1) {
                        agencyId = agencyCandidates.get(0).id();
                        unitId = null;
                    } else if (candidates.isEmpty() && agencyCandidates.isEmpty()) {
                        problems.add(new ImportProblem(sheet, row.row(), preview.column("UNIT", "E"), "Đơn vị",
                                "Không tìm thấy đơn vị \"" + row.unitName() + "\" trong đề án."));
                        continue;
                    } else {
                        problems.add(new ImportProblem(sheet, row.row(), preview.column("UNIT", "E"), "Đơn vị",
                                "Có nhiều đơn vị tên \"" + row.unitName() + "\" trong đề án; hãy ghi rõ tên cơ quan."));
                        continue;
                    }
                }

                String gradeCode = row.gradeCode();
                if (gradeCode != null && !gradesByCode.containsKey(gradeCode)) {
                    problems.add(new ImportProblem(sheet, row.row(), preview.column("GRADE_CODE", preview.column("GRADE", "F")), "Ngạch/chức danh",
                            "Mã ngạch/chức danh \"" + gradeCode + "\" không có trong danh mục."));
                    continue;
                }
                if (gradeCode == null && row.gradeName() != null) {
                    List<Grade> g = gradesByName.getOrDefault(key(row.gradeName()), List.of());
                    if (g.size() != 1) {
                        problems.add(new ImportProblem(sheet, row.row(), preview.column("GRADE_NAME", preview.column("GRADE", "G")), "Ngạch/chức danh", g.isEmpty()
                                ? "Không tìm thấy ngạch/chức danh \"" + row.gradeName() + "\" trong danh mục."
                                : "Tên ngạch \"" + row.gradeName() + "\" ứng với nhiều mã; hãy ghi mã ngạch."));
                        continue;
                    }
                    gradeCode = g.get(0).code();
                }
                if (gradeCode == null && old != null) {
                    gradeCode = old.gradeCode();
                }

                GroupKind group = row.group();
                if (group == null) {
                    continue; // the reader already reported it
                }
                if (old != null) {
                    LeadershipRole role = group == GroupKind.LEADERSHIP ? old.leadershipRole() : LeadershipRole.NONE;
                    if (group == GroupKind.LEADERSHIP && role == LeadershipRole.NONE) {
                        role = roleFromName(row.name());
                    }
                    String code = row.code() != null ? row.code() : old.code();
                    if (!code.equals(old.code()) && usedCodes.contains(code)) {
                        problems.add(new ImportProblem(sheet, row.row(), preview.column("CODE", "B"), "Mã vị trí việc làm",
                                "Mã \"" + code + "\" đã dùng cho vị trí khác trong đề án."));
                        continue;
                    }
                    usedCodes.add(code);
                    // a concurrent position shows 0 people; keep what was entered, it counts for nobody anyway
                    var headcount = row.workload() == vn.vtvlstudio.domain.WorkloadType.KIEM_NHIEM
                            && old.workloadType() == vn.vtvlstudio.domain.WorkloadType.KIEM_NHIEM
                            && row.headcount().total() == 0 ? old.headcount() : row.headcount();
                    Position updated = new Position(old.id(), schemeId, code, row.name(), group, agencyId, unitId,
                            row.workload(), role, old.linkedPositionId(), gradeCode, old.stepMin(), old.stepMax(), headcount,
                            old.frameworkRef(), row.note(), old.ordinal());
                    if (updated.equals(old)) {
                        unchanged++;
                    } else {
                        updates.add(updated);
                        befores.add(old);
                        describe(sheet, row.row(), old, updated);
                    }
                } else {
                    String code = row.code();
                    if (code == null) {
                        do {
                            code = String.format("NK.%03d", ++generated);
                        } while (usedCodes.contains(code));
                    } else if (usedCodes.contains(code)) {
                        problems.add(new ImportProblem(sheet, row.row(), preview.column("CODE", "B"), "Mã vị trí việc làm",
                                "Mã \"" + code + "\" đã có trong đề án."));
                        continue;
                    }
                    usedCodes.add(code);
                    LeadershipRole role = group == GroupKind.LEADERSHIP ? roleFromName(row.name()) : LeadershipRole.NONE;
                    Position created = new Position(null, schemeId, code, row.name(), group, agencyId, unitId, row.workload(),
                            role, null, gradeCode, null, null, row.headcount(), null, row.note(), ++maxOrdinal);
                    inserts.add(created);
                    Headcount h = created.headcount();
                    changes.add(new ImportReview.Change(sheet, row.row(), code, ImportReview.Field.NEW_POSITION, "",
                            created.name() + " — " + place(created) + " — CBCC " + h.cbcc() + ", VC " + h.vienChuc()
                                    + ", HĐ " + h.hopDong()));
                }
            }
        }

        /** Where a position sits, by name: its unit, or its agency when it has none. */
        private String place(Position p) {
            String name = p.unitId() != null ? placeNames.get(p.unitId()) : placeNames.get(-p.agencyId() - 1);
            return name == null ? "" : name;
        }

        /** One change per field that differs between a stored position and what the sheet makes of it. */
        private void describe(String sheet, int row, Position old, Position now) {
            String code = now.code();
            java.util.function.BiConsumer<ImportReview.Field, String[]> add = (field, values) -> {
                if (!java.util.Objects.equals(values[0], values[1])) {
                    changes.add(new ImportReview.Change(sheet, row, code, field, values[0], values[1]));
                }
            };
            add.accept(ImportReview.Field.CODE, new String[]{old.code(), now.code()});
            add.accept(ImportReview.Field.NAME, new String[]{old.name(), now.name()});
            add.accept(ImportReview.Field.GROUP, new String[]{groupName(old.group()), groupName(now.group())});
            add.accept(ImportReview.Field.UNIT, new String[]{place(old), place(now)});
            add.accept(ImportReview.Field.GRADE, new String[]{gradeName(old.gradeCode()), gradeName(now.gradeCode())});
            add.accept(ImportReview.Field.WORKLOAD, new String[]{workloadName(old.workloadType()), workloadName(now.workloadType())});
            add.accept(ImportReview.Field.ROLE, new String[]{roleName(old.leadershipRole()), roleName(now.leadershipRole())});
            add.accept(ImportReview.Field.CBCC, new String[]{"" + old.headcount().cbcc(), "" + now.headcount().cbcc()});
            add.accept(ImportReview.Field.VIEN_CHUC, new String[]{"" + old.headcount().vienChuc(), "" + now.headcount().vienChuc()});
            add.accept(ImportReview.Field.HOP_DONG, new String[]{"" + old.headcount().hopDong(), "" + now.headcount().hopDong()});
            add.accept(ImportReview.Field.NOTE, new String[]{nz(old.note()), nz(now.note())});
        }

        private String groupName(GroupKind kind) {
            var g = regime == null ? null : regime.group(kind);
            return g == null ? kind.name() : g.roman() + ". " + g.nameVi();
        }

        private String gradeName(String code) {
            Grade g = code == null ? null : grades.get(code);
            return code == null ? "" : g == null ? code : g.code() + " " + g.name();
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String workloadName(vn.vtvlstudio.domain.WorkloadType w) {
        return switch (w) {
            case MOT_NGUOI -> "Một người";
            case NHIEU_NGUOI -> "Nhiều người";
            case KIEM_NHIEM -> "Kiêm nhiệm";
        };
    }

    private static String roleName(LeadershipRole role) {
        return switch (role) {
            case NONE -> "Không";
            case CAP_TRUONG -> "Cấp trưởng";
            case CAP_PHO -> "Cấp phó";
        };
    }

    /** "Phó …" is a deputy; any other leadership position is a head. */
    static LeadershipRole roleFromName(String name) {
        return key(name).startsWith("pho ") ? LeadershipRole.CAP_PHO : LeadershipRole.CAP_TRUONG;
    }

    /** Names compared without diacritics, case or extra spaces ("Phòng  Tổ chức" = "phong to chuc"). */
    static String key(String s) {
        if (s == null) {
            return "";
        }
        String t = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return t.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }
}
