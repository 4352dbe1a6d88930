package vn.vtvlstudio.dossier;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.vtvlstudio.domain.Competency;
import vn.vtvlstudio.domain.CompetencyRequirement;
import vn.vtvlstudio.domain.Grade;
import vn.vtvlstudio.domain.Headcount;
import vn.vtvlstudio.domain.JobDescription;
import vn.vtvlstudio.domain.JobTask;
import vn.vtvlstudio.domain.Position;
import vn.vtvlstudio.domain.Requirements;

/**
 * "Mô tả & khung năng lực": one block per position that has a description or competencies, following the sections
 * of the official template (I general information … IX requirements). Each block starts on a new printed page.
 */
final class DescriptionSheet {

    static final String NAME = "Mô tả & khung năng lực";
    static final String TITLE = "BẢN MÔ TẢ CÔNG VIỆC VÀ KHUNG NĂNG LỰC VỊ TRÍ VIỆC LÀM";

    private final DossierContext ctx;
    private final SheetWriter w;
    private final Styles st;
    private final Map<Long, List<CompetencyRequirement>> requirements;

    private DescriptionSheet(DossierContext ctx) {
        this.ctx = ctx;
        this.w = new SheetWriter(ctx, NAME, 24, 36, 28, 28, 12);
        this.st = ctx.styles;
        this.requirements = ctx.snapshot.requirements().stream()
                .collect(Collectors.groupingBy(CompetencyRequirement::positionId));
    }

    static void write(DossierContext ctx) {
        new DescriptionSheet(ctx).write();
    }

    private void write() {
        w.letterhead(TITLE);
        // the title and the "(Kèm theo …)" line head every printed page; the panes freeze below them
        int titleRow = 3;
        w.sheet.setRepeatingRows(new CellRangeAddress(titleRow, titleRow + 1, -1, -1));
        w.sheet.createFreezePane(0, w.nextRow());
        int blocks = 0;
        for (Position p : ctx.positions) {
            JobDescription d = ctx.snapshot.descriptions().get(p.id());
            List<CompetencyRequirement> reqs = requirements.getOrDefault(p.id(), List.of());
            if (d == null && reqs.isEmpty()) {
                continue;
            }
            if (blocks++ > 0) {
                w.sheet.setRowBreak(w.nextRow() - 1);
            }
            block(p, d, reqs);
        }
        if (blocks == 0) {
            Row r = w.row();
            w.spanText(r, 0, 4, "Chưa có bản mô tả công việc hoặc khung năng lực nào.", st.plain);
        }
        w.signature();
    }

    private void block(Position p, JobDescription d, List<CompetencyRequirement> reqs) {
        Row head = w.row(20);
        w.spanText(head, 0, 4, "VỊ TRÍ VIỆC LÀM: " + Labels.upper(p.name()) + (p.code() == null ? "" : " (" + p.code() + ")"), st.groupText);

        section("I. THÔNG TIN CHUNG");
        Grade g = p.gradeCode() == null ? null : ctx.snapshot.grades().get(p.gradeCode());
        Headcount hc = p.effectiveHeadcount();
        info("Tên vị trí việc làm", p.name());
        info("Mã vị trí việc làm", p.code());
        info("Nhóm vị trí việc làm", Labels.groupName(ctx.snapshot.regime(), p.group()));
        info("Cơ quan, đơn vị", String.join(" › ", ctx.snapshot.agencies().pathNames(p.agencyId()))
                + (ctx.snapshot.unit(p.unitId()) == null ? "" : " › " + ctx.snapshot.unit(p.unitId()).name()));
        info("Ngạch/chức danh tương ứng", g == null ? Labels.nz(p.gradeCode()) : g.name() + " (" + g.code() + ")");
        info("Hình thức bố trí", Labels.workload(p.workloadType()));
        info("Số lượng người làm việc", "CBCC: " + hc.cbcc() + "; viên chức: " + hc.vienChuc() + "; hợp đồng: " + hc.hopDong());
        Position linked = ctx.snapshot.position(p.linkedPositionId());
        if (linked != null) {
            info("Vị trí chuyên môn kiêm nhiệm", linked.name() + (linked.code() == null ? "" : " (" + linked.code() + ")"));
        }

        if (d != null) {
            section("II. MỤC TIÊU VỊ TRÍ VIỆC LÀM");
            paragraph(d.objective());

            section("III. CÁC CÔNG VIỆC, SẢN PHẨM VÀ TIÊU CHÍ ĐÁNH GIÁ");
            Row th = w.row(20);
            header(th, 0, 0, "Bậc");
            header(th, 1, 1, "Nội dung công việc");
            header(th, 2, 2, "Sản phẩm đầu ra");
            header(th, 3, 4, "Tiêu chí đánh giá");
            List<JobTask> tasks = d.tasks().stream().sorted(Comparator.comparingInt(JobTask::step)).toList();
            for (JobTask t : tasks) {
                Row r = w.row();
                w.number(r, 0, t.step(), st.textCenter);
                w.wrapText(r, 1, t.content(), st.text);
                w.wrapText(r, 2, t.output(), st.text);
                w.spanText(r, 3, 4, t.criterion(), st.text);
            }
            if (tasks.isEmpty()) {
                Row r = w.row();
                w.spanText(r, 0, 4, "(chưa có)", st.text);
            }
        }

        if (!reqs.isEmpty()) {
            section("VI. KHUNG NĂNG LỰC");
            Row th = w.row(34);
            header(th, 0, 0, "Nhóm");
            header(th, 1, 1, "Năng lực");
            header(th, 2, 3, "Mô tả cấp độ");
            header(th, 4, 4, "Cấp độ yêu cầu");
            List<CompetencyRequirement> sorted = reqs.stream()
                    .sorted(Comparator.comparing((CompetencyRequirement r) -> {
                        Competency c = ctx.snapshot.competencies().get(r.competencyId());
                        return c == null ? 9 : c.group().ordinal();
                    }).thenComparingLong(CompetencyRequirement::competencyId))
                    .toList();
            for (CompetencyRequirement req : sorted) {
                Competency c = ctx.snapshot.competencies().get(req.competencyId());
                Row r = w.row();
                w.wrapText(r, 0, c == null ? "" : Labels.competencyGroup(c.group()), st.text);
                w.wrapText(r, 1, c == null ? "#" + req.competencyId() : c.name(), st.text);
                w.spanText(r, 2, 3, c == null ? "" : Labels.nz(c.descriptor(req.level())), st.text);
                w.number(r, 4, req.level(), st.textCenter);
            }
        }

        if (d != null) {
            section("VII. CÁC MỐI QUAN HỆ CÔNG VIỆC");
            labelled("Bên trong", d.relationsInternal());
            labelled("Bên ngoài", d.relationsExternal());
            section("VIII. PHẠM VI QUYỀN HẠN VÀ ĐIỀU KIỆN LÀM VIỆC");
            labelled("Quyền hạn", d.authority());
            labelled("Điều kiện làm việc", d.conditions());
            section("IX. YÊU CẦU VỀ TRÌNH ĐỘ, NĂNG LỰC");
            Requirements q = d.requirements();
            labelled("Trình độ đào tạo", q.training());
            labelled("Chứng chỉ, bồi dưỡng", q.certificates());
            labelled("Kinh nghiệm", q.experience());
            labelled("Phẩm chất cá nhân", q.qualities());
            labelled("Tin học, ngoại ngữ", q.itAndLanguages());
        }
        w.skip();
    }

    private void section(String title) {
        Row r = w.row(18);
        w.spanText(r, 0, 4, title, st.section);
    }

    private void info(String label, String value) {
        Row r = w.row();
        w.wrapText(r, 0, label, st.label);
        w.spanText(r, 1, 4, Labels.nz(value), st.text);
    }

    private void labelled(String label, String value) {
        Row r = w.row();
        w.wrapText(r, 0, label, st.label);
        w.spanText(r, 1, 4, Labels.nz(value), st.text);
    }

    private void paragraph(String value) {
        Row r = w.row();
        w.spanText(r, 0, 4, Labels.nz(value), st.text);
    }

    private void header(Row r, int c1, int c2, String value) {
        w.text(r, c1, value, st.header);
        for (int c = c1 + 1; c <= c2; c++) {
            w.blank(r, c, st.header);
        }
        if (c2 > c1) {
            w.merge(r.getRowNum(), r.getRowNum(), c1, c2);
        }
    }
}
