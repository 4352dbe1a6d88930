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
        Scheme scheme = scheme(schemeId);
        Regime regime = reference.regime(scheme.regimeCode()).orElse(null);
        ImportPreview read = new DossierImporter(regime, rowLimit).read(file);
        return read.withMoreProblems(transactor.inTransaction(() -> new Plan(scheme, read).problems));
    }

    /** Saves every row of a preview without problems, in one transaction; refuses the whole preview otherwise. */
    public ImportResult apply(long schemeId, ImportPreview preview) {
        if (!preview.ok()) {
            throw new ImportRejectedException(preview.problems());
        }
        return transactor.inTransaction(() -> {
            Plan plan = new Plan(scheme(schemeId), preview);
            if (!plan.problems.isEmpty()) {
                throw new ImportRejectedException(plan.problems);
            }
            for (Position p : plan.updates) {
                positions.update(p);
            }
            for (Position p : plan.inserts) {
                positions.insert(p);
            }
            return new ImportResult(plan.inserts.size(), plan.updates.size(), plan.unchanged, true);
        });
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

    /** The rows matched against the scheme: positions to update and to insert, or the problems that prevent it. */
    private final class Plan {
        final List<ImportProblem> problems = new ArrayList<>();
        final List<Position> updates = new ArrayList<>();
        final List<Position> inserts = new ArrayList<>();
        int unchanged;

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
            Map<String, Grade> gradesByCode = new HashMap<>();
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
                    inserts.add(new Position(null, schemeId, code, row.name(), group, agencyId, unitId, row.workload(), role,
                            null, gradeCode, null, null, row.headcount(), null, row.note(), ++maxOrdinal));
                }
            }
        }
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
