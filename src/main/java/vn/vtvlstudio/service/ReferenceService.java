package vn.vtvlstudio.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import vn.vtvlstudio.domain.Competency;
import vn.vtvlstudio.domain.CompetencyRequirement;
import vn.vtvlstudio.domain.Grade;
import vn.vtvlstudio.domain.GradeKind;
import vn.vtvlstudio.domain.GradeTier;
import vn.vtvlstudio.domain.LegalReference;
import vn.vtvlstudio.domain.Position;
import vn.vtvlstudio.domain.Repositories;
import vn.vtvlstudio.domain.RuleOverrideRow;
import vn.vtvlstudio.domain.RulePackRepository;
import vn.vtvlstudio.domain.RuleSettingRow;
import vn.vtvlstudio.domain.Scheme;
import vn.vtvlstudio.rules.ParamSpec;
import vn.vtvlstudio.rules.Rule;
import vn.vtvlstudio.rules.RuleCatalog;
import vn.vtvlstudio.rules.RuleParams;
import vn.vtvlstudio.rules.RuleSetting;
import vn.vtvlstudio.rules.Severity;

/**
 * The reference data an officer maintains: the grade catalogue, the competency dictionary and, for one scheme, the
 * severities and thresholds of its regime's rule pack. Every change is validated (Vietnamese messages naming the
 * field), saved in one transaction and recorded in the same {@link EditHistory} as the scheme's edits, so Ctrl+Z
 * undoes a threshold as it undoes a headcount.
 *
 * <p>Rule changes are the scheme's own (table {@code scheme_rule_override}): the pack shipped for the regime, which
 * every other scheme under it uses, is left as it is.
 */
public final class ReferenceService {

    public static final String F_GRADE_CODE = "Mã ngạch";
    public static final String F_GRADE_NAME = "Tên ngạch / chức danh";
    public static final String F_GRADE_KIND = "Loại";
    public static final String F_GRADE_TIER = "Hạng";
    public static final String F_GRADE_SECTOR = "Lĩnh vực";
    public static final String F_GRADE_VALID_TO = "Hiệu lực đến";
    public static final String F_COMPETENCY_CODE = "Mã năng lực";
    public static final String F_COMPETENCY_NAME = "Tên năng lực";
    public static final String F_COMPETENCY_GROUP = "Nhóm năng lực";
    public static final String F_SEVERITY = "Mức độ";
    public static final String F_RULE = "Quy tắc";

    private static final Set<GradeTier> CIVIL_SERVANT_TIERS = EnumSet.of(GradeTier.CHUYEN_GIA_CAO_CAP, GradeTier.CVCC,
            GradeTier.CVC, GradeTier.CV, GradeTier.CAN_SU, GradeTier.NHAN_VIEN);

    private final Repositories repos;
    private final RulePackRepository packs;
    private final EditHistory history;

    public ReferenceService(Repositories repos, RulePackRepository packs, EditHistory history) {
        this.repos = repos;
        this.packs = packs;
        this.history = history;
    }

    // ---------------------------------------------------------------- grade catalogue

    public List<Grade> grades() {
        return repos.reference().grades();
    }

    /** How many positions of all schemes carry each grade code. */
    public Map<String, Integer> gradeUseCounts() {
        return repos.reference().gradeUseCounts();
    }

    /** Adds a grade to the catalogue; its code must be new. */
    public Grade addGrade(Grade draft) {
        Grade g = validate(draft);
        Optional<Grade> same = grade(g.code());
        if (same.isPresent()) {
            throw new InvalidEditException(F_GRADE_CODE, "Mã ngạch «" + g.code() + "» đã có trong danh mục (" + same.get().name() + ").");
        }
        history.perform(Edit.of("Thêm ngạch " + g.code(),
                () -> repos.reference().saveGrade(g),
                () -> repos.reference().deleteGrade(g.code())));
        return g;
    }

    /**
     * Changes a grade (found by its code, which does not change: positions refer to it). To rename a code, add the new
     * grade and delete the old one once no position uses it.
     */
    public Grade updateGrade(Grade changed) {
        Grade after = validate(changed);
        Grade before = grade(after.code())
                .orElseThrow(() -> new NotFoundException("Ngạch «" + after.code() + "» không còn trong danh mục."));
        if (after.equals(before)) {
            return before;
        }
        history.perform(Edit.of("Sửa ngạch " + after.code(),
                () -> repos.reference().saveGrade(after),
                () -> repos.reference().saveGrade(before)));
        return after;
    }

    /** Deletes a grade no position of any scheme uses; otherwise says where it is used. */
    public void deleteGrade(String code) {
        Grade g = grade(code).orElseThrow(() -> new NotFoundException("Ngạch «" + code + "» không còn trong danh mục."));
        Map<Scheme, List<String>> users = new LinkedHashMap<>();
        for (Scheme s : repos.schemes().findAll()) {
            List<String> codes = repos.positions().findByScheme(s.id()).stream()
                    .filter(p -> g.code().equals(p.gradeCode())).map(Position::code).toList();
            if (!codes.isEmpty()) {
                users.put(s, codes);
            }
        }
        if (!users.isEmpty()) {
            throw new InvalidEditException(F_GRADE_CODE, "Không xóa được ngạch «" + g.code() + " " + g.name() + "»: đang dùng ở "
                    + where(users) + ". Hãy đổi ngạch của các vị trí đó trước.");
        }
        history.perform(Edit.of("Xóa ngạch " + g.code(),
                () -> repos.reference().deleteGrade(g.code()),
                () -> repos.reference().saveGrade(g)));
    }

    private Optional<Grade> grade(String code) {
        String c = code == null ? "" : code.strip();
        return repos.reference().grades().stream().filter(g -> g.code().equalsIgnoreCase(c)).findFirst();
    }

    private Grade validate(Grade g) {
        String code = EditInputs.required(F_GRADE_CODE, g.code());
        String name = EditInputs.required(F_GRADE_NAME, g.name());
        if (g.kind() == null) {
            throw new InvalidEditException(F_GRADE_KIND, "Chưa chọn loại (ngạch công chức hay chức danh nghề nghiệp).");
        }
        if (g.tier() == null) {
            throw new InvalidEditException(F_GRADE_TIER, "Chưa chọn hạng của ngạch.");
        }
        if ((g.kind() == GradeKind.NGACH) != CIVIL_SERVANT_TIERS.contains(g.tier())) {
            throw new InvalidEditException(F_GRADE_TIER, g.kind() == GradeKind.NGACH
                    ? "Ngạch công chức xếp theo chuyên viên cao cấp, chính, chuyên viên, cán sự, nhân viên; không theo hạng I–IV."
                    : "Chức danh nghề nghiệp viên chức xếp theo hạng I–IV, không theo chuyên viên, cán sự.");
        }
        String sector = EditInputs.required(F_GRADE_SECTOR, g.sector());
        if (g.validFrom() != null && g.validTo() != null && g.validTo().isBefore(g.validFrom())) {
            throw new InvalidEditException(F_GRADE_VALID_TO, "Hiệu lực đến (" + date(g.validTo()) + ") trước hiệu lực từ ("
                    + date(g.validFrom()) + ").");
        }
        return new Grade(code, name, g.tier(), sector, g.kind(), g.validFrom(), g.validTo(), g.source() == null ? "" : g.source().strip());
    }

    // ---------------------------------------------------------------- competency dictionary

    public List<Competency> competencies() {
        return repos.reference().competencies();
    }

    /** How many positions of all schemes require each competency, by id. */
    public Map<Long, Integer> competencyUseCounts() {
        return repos.reference().competencyUseCounts();
    }

    /** Adds a competency; its code must be new. Returns it with its id. */
    public Competency addCompetency(Competency draft) {
        Competency c = validate(draft.withId(null));
        long[] id = {-1};
        history.perform(Edit.of("Thêm năng lực " + c.code(),
                // redo inserts it under the id it first got, so later edits that name that id still find it
                () -> id[0] = repos.reference().insertCompetency(id[0] < 0 ? c : c.withId(id[0])).id(),
                () -> repos.reference().deleteCompetency(id[0])));
        return c.withId(id[0]);
    }

    /** Changes a competency found by id: code, group, name, definition, source and level descriptors. */
    public Competency updateCompetency(Competency changed) {
        Competency before = competency(Objects.requireNonNull(changed.id(), "competency id"));
        Competency after = validate(changed);
        if (after.equals(before)) {
            return before;
        }
        history.perform(Edit.of("Sửa năng lực " + after.code(),
                () -> repos.reference().updateCompetency(after),
                () -> repos.reference().updateCompetency(before)));
        return after;
    }

    /** Deletes a competency no position's framework requires; otherwise says where it is required. */
    public void deleteCompetency(long id) {
        Competency c = competency(id);
        Map<Scheme, List<String>> users = new LinkedHashMap<>();
        for (Scheme s : repos.schemes().findAll()) {
            Set<Long> requiring = new java.util.HashSet<>();
            for (CompetencyRequirement r : repos.positions().requirementsOf(s.id())) {
                if (r.competencyId() == id) {
                    requiring.add(r.positionId());
                }
            }
            if (!requiring.isEmpty()) {
                users.put(s, repos.positions().findByScheme(s.id()).stream().filter(p -> requiring.contains(p.id()))
                        .map(Position::code).toList());
            }
        }
        if (!users.isEmpty()) {
            throw new InvalidEditException(F_COMPETENCY_CODE, "Không xóa được năng lực «" + c.code() + " – " + c.name()
                    + "»: có trong khung năng lực của " + where(users) + ". Hãy bỏ năng lực này khỏi các vị trí đó trước.");
        }
        history.perform(Edit.of("Xóa năng lực " + c.code(),
                () -> repos.reference().deleteCompetency(id),
                // back under the same id, so that older edits in the history still find it
                () -> repos.reference().insertCompetency(c)));
    }

    private Competency competency(long id) {
        return repos.reference().competencies().stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("Năng lực đã bị xóa khỏi từ điển."));
    }

    private Competency validate(Competency c) {
        String code = EditInputs.required(F_COMPETENCY_CODE, c.code());
        String name = EditInputs.required(F_COMPETENCY_NAME, c.name());
        if (c.group() == null) {
            throw new InvalidEditException(F_COMPETENCY_GROUP, "Chưa chọn nhóm năng lực (chung, chuyên môn hay quản lý).");
        }
        for (Competency other : repos.reference().competencies()) {
            if (!Objects.equals(other.id(), c.id()) && other.code().equalsIgnoreCase(code)) {
                throw new InvalidEditException(F_COMPETENCY_CODE, "Mã năng lực «" + code + "» đã có trong từ điển (" + other.name() + ").");
            }
        }
        Map<Integer, String> levels = new TreeMap<>();
        c.levelDescriptors().forEach((level, text) -> {
            EditInputs.level("Cấp độ", level);
            if (text != null && !text.isBlank()) {
                levels.put(level, text.strip());
            }
        });
        return new Competency(c.id(), code, c.group(), name, blankToNull(c.description()), levels, blankToNull(c.source()));
    }

    // ---------------------------------------------------------------- the rule pack of a scheme

    /** Every rule of the scheme's regime in the order of DOMAIN.md §5, with the scheme's own settings. */
    public List<SchemeRule> rules(long schemeId) {
        Scheme scheme = scheme(schemeId);
        Map<String, RuleOverrideRow> overrides = new LinkedHashMap<>();
        packs.overridesOf(schemeId).forEach(o -> overrides.put(o.ruleId(), o));
        List<String> order = RuleCatalog.standard().stream().map(Rule::id).toList();
        return packs.settingsOf(scheme.regimeCode()).stream()
                .sorted(Comparator.comparingInt(r -> order.indexOf(r.ruleId()) < 0 ? Integer.MAX_VALUE : order.indexOf(r.ruleId())))
                .map(r -> new SchemeRule(r, overrides.get(r.ruleId())))
                .toList();
    }

    /** All legal references, for showing a rule's basis by its document number. */
    public List<LegalReference> legalReferences() {
        return repos.reference().legalReferences();
    }

    /** Sets how much a rule matters for this scheme (OFF: not checked); the pack's own severity removes the override. */
    public void setRuleSeverity(long schemeId, String ruleId, Severity severity) {
        if (severity == null) {
            throw new InvalidEditException(F_SEVERITY, "Chưa chọn mức độ (Lỗi, Cảnh báo, Thông tin hoặc Tắt).");
        }
        SchemeRule rule = rule(schemeId, ruleId);
        if (severity == rule.severity()) {
            return;
        }
        String newSeverity = severity == rule.packSeverity() ? null : severity.name();
        String params = rule.override() == null ? null : rule.override().params();
        change(schemeId, rule, new RuleOverrideRow(schemeId, ruleId, newSeverity, params),
                "Đổi mức độ «" + RuleCatalog.title(ruleId, false) + "»: " + severityText(rule.severity()) + " → " + severityText(severity));
    }

    /**
     * Sets one parameter of a rule for this scheme, given in stored form (a share as a fraction: 0.09). The pack's
     * value removes the scheme's. The whole setting must still be one the rule accepts.
     */
    public void setRuleParam(long schemeId, String ruleId, String key, String value) {
        SchemeRule rule = rule(schemeId, ruleId);
        Map<String, String> pack = rule.packParams();
        if (!pack.containsKey(key)) {
            throw new InvalidEditException(F_RULE, "Quy tắc " + ruleId + " không có tham số «" + key + "».");
        }
        ParamSpec spec = ParamSpec.of(ruleId, key);
        String field = "Tham số " + key + " của " + ruleId;
        RuleInputs.checkStored(field, spec, value);
        String stored = value.strip();
        if (RuleInputs.same(spec, stored, rule.params().get(key))) {
            return;
        }
        Map<String, String> own = new LinkedHashMap<>(rule.schemeParams());
        if (RuleInputs.same(spec, stored, pack.get(key))) {
            own.remove(key);
        } else {
            own.put(key, stored);
        }
        Map<String, String> effective = new LinkedHashMap<>(pack);
        effective.putAll(own);
        RuleSetting setting = new RuleSetting(ruleId, rule.severity(), effective, rule.pack().legalRef());
        Optional<String> rejected = RuleCatalog.rejects(setting);
        if (rejected.isPresent()) {
            throw new InvalidEditException(field, "Quy tắc " + ruleId + " không dùng được giá trị «" + stored + "» của " + key
                    + ": " + rejected.get());
        }
        if (effective.containsKey("minLevel") && effective.containsKey("maxLevel")
                && Integer.parseInt(effective.get("minLevel")) > Integer.parseInt(effective.get("maxLevel"))) {
            throw new InvalidEditException(field, "Cấp độ thấp nhất (" + effective.get("minLevel") + ") lớn hơn cấp độ cao nhất ("
                    + effective.get("maxLevel") + ").");
        }
        String severity = rule.override() == null ? null : rule.override().severity();
        change(schemeId, rule, new RuleOverrideRow(schemeId, ruleId, severity, own.isEmpty() ? null : RuleParams.format(own)),
                "Đổi ngưỡng «" + RuleCatalog.title(ruleId, false) + "»: " + key + " "
                        + RuleInputs.toDisplay(spec, rule.params().get(key)) + " → " + RuleInputs.toDisplay(spec, stored));
    }

    /** Drops the scheme's own severity and parameters of a rule: the pack's apply again. */
    public void resetRule(long schemeId, String ruleId) {
        SchemeRule rule = rule(schemeId, ruleId);
        if (rule.override() == null) {
            return;
        }
        change(schemeId, rule, null, "Khôi phục mặc định «" + RuleCatalog.title(ruleId, false) + "»");
    }

    /** Replaces a rule's override (null: none) as one undoable edit. */
    private void change(long schemeId, SchemeRule rule, RuleOverrideRow after, String label) {
        RuleOverrideRow before = rule.override();
        RuleOverrideRow stored = after == null || after.severity() == null && after.params() == null ? null : after;
        history.perform(Edit.of(label, () -> put(schemeId, rule.ruleId(), stored), () -> put(schemeId, rule.ruleId(), before)));
    }

    private void put(long schemeId, String ruleId, RuleOverrideRow row) {
        if (row == null) {
            packs.deleteOverride(schemeId, ruleId);
        } else {
            packs.saveOverride(row);
        }
    }

    private SchemeRule rule(long schemeId, String ruleId) {
        return rules(schemeId).stream().filter(r -> r.ruleId().equals(ruleId)).findFirst()
                .orElseThrow(() -> new InvalidEditException(F_RULE, "Bộ quy tắc của đề án không có quy tắc " + ruleId + "."));
    }

    private Scheme scheme(long schemeId) {
        return repos.schemes().find(schemeId).orElseThrow(() -> new NotFoundException("Không có đề án số " + schemeId + "."));
    }

    // ---------------------------------------------------------------- helpers

    /** "57 vị trí việc làm (Đề án …: HG-VPTU-005, HG-VPTU-006, HG-VPTU-007 và 54 vị trí khác)". */
    private static String where(Map<Scheme, List<String>> users) {
        int total = users.values().stream().mapToInt(List::size).sum();
        List<String> parts = new ArrayList<>();
        users.forEach((s, codes) -> {
            String shown = String.join(", ", codes.subList(0, Math.min(3, codes.size())));
            parts.add("«" + s.title() + "»: " + shown + (codes.size() > 3 ? " và " + (codes.size() - 3) + " vị trí khác" : ""));
        });
        return total + " vị trí việc làm (" + String.join("; ", parts) + ")";
    }

    static String severityText(Severity s) {
        return switch (s) {
            case ERROR -> "Lỗi";
            case WARNING -> "Cảnh báo";
            case INFO -> "Thông tin";
            case OFF -> "Tắt";
        };
    }

    private static String date(LocalDate d) {
        return String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
