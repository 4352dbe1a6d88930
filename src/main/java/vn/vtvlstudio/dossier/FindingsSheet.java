package vn.vtvlstudio.dossier;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import vn.vtvlstudio.domain.OrgUnit;
import vn.vtvlstudio.domain.Position;
import vn.vtvlstudio.rules.Finding;
import vn.vtvlstudio.rules.Severity;

/** "Kết quả kiểm tra": the findings of the checks, with their legal basis. */
final class FindingsSheet {

    static final String NAME = "Kết quả kiểm tra";
    static final String TITLE = "KẾT QUẢ KIỂM TRA ĐỀ ÁN";

    private FindingsSheet() {
    }

    static void write(DossierContext ctx, List<Finding> findings) {
        SheetWriter w = new SheetWriter(ctx, NAME, 5, 11, 26, 38, 56, 26);
        Styles st = ctx.styles;
        w.letterhead(TITLE);
        w.beginHeader();
        int h = w.nextRow();
        w.row(20);
        String[] labels = {"STT", "Mức độ", "Quy tắc", "Đối tượng", "Nội dung", "Căn cứ"};
        for (int c = 0; c < labels.length; c++) {
            w.headerCell(h, h, c, c, labels[c]);
        }
        w.columnNumbers();
        w.endHeader();
        int stt = 0;
        int errors = 0;
        for (Finding f : findings) {
            if (f.severity() == Severity.OFF || !inScope(ctx, f)) {
                continue;
            }
            if (f.severity() == Severity.ERROR) {
                errors++;
            }
            Row r = w.row();
            w.number(r, 0, ++stt, st.textCenter);
            w.text(r, 1, Labels.severity(f.severity()), f.severity() == Severity.ERROR ? st.errorText : st.textCenter);
            w.wrapText(r, 2, f.ruleId(), st.text);
            w.wrapText(r, 3, f.target(), st.text);
            w.wrapText(r, 4, f.messageVi(), st.text);
            w.wrapText(r, 5, f.basis(), st.text);
        }
        Row sum = w.row();
        String text = stt == 0 ? "Không có phát hiện nào." : "Tổng số: " + stt + " phát hiện, trong đó " + errors + " lỗi.";
        w.spanText(sum, 0, w.columns() - 1, text, st.totalText);
        w.signature();
    }

    /** A finding belongs to the export when its target is inside the exported agencies. */
    static boolean inScope(DossierContext ctx, Finding f) {
        if (ctx.options.agencyId() == null || f.targetKind() == null) {
            return true;
        }
        return switch (f.targetKind()) {
            case "AGENCY" -> ctx.agencyIds.contains(f.targetId());
            case "UNIT" -> {
                OrgUnit u = ctx.snapshot.unit(f.targetId());
                yield u != null && ctx.agencyIds.contains(u.agencyId());
            }
            case "POSITION" -> {
                Position p = ctx.snapshot.position(f.targetId());
                yield p != null && ctx.agencyIds.contains(p.agencyId());
            }
            default -> true;
        };
    }
}
