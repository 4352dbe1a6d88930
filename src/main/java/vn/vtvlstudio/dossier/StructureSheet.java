package vn.vtvlstudio.dossier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import vn.vtvlstudio.domain.Agency;
import vn.vtvlstudio.domain.Counting;
import vn.vtvlstudio.domain.GradeTier;
import vn.vtvlstudio.domain.OrgUnit;
import vn.vtvlstudio.domain.Position;
import vn.vtvlstudio.domain.StaffCategory;

/**
 * "Cơ cấu ngạch" (civil servants, tiers CVCC…nhân viên) and "Cơ cấu CDNN" (public employees, hạng I–IV): per agency
 * and unit the staff counted without leaders, count and share per tier, the cap and whether it holds.
 */
final class StructureSheet {

    static final String GRADE_NAME = "Cơ cấu ngạch";
    static final String TITLE_GRADE = "CƠ CẤU NGẠCH CÔNG CHỨC";
    static final String CDNN_NAME = "Cơ cấu CDNN";
    static final String TITLE_CDNN = "CƠ CẤU CHỨC DANH NGHỀ NGHIỆP VIÊN CHỨC";

    static final List<GradeTier> CIVIL_TIERS = List.of(GradeTier.CVCC, GradeTier.CVC, GradeTier.CV, GradeTier.CAN_SU, GradeTier.NHAN_VIEN);
    static final List<GradeTier> RANK_TIERS = List.of(GradeTier.HANG_I, GradeTier.HANG_II, GradeTier.HANG_III, GradeTier.HANG_IV);

    private final DossierContext ctx;
    private final List<GradeTier> tiers;
    private final StaffCategory category;
    private final int cTotal = 2;
    private final int cCap;
    private final int cResult;

    private StructureSheet(DossierContext ctx, List<GradeTier> tiers, StaffCategory category) {
        this.ctx = ctx;
        this.tiers = tiers;
        this.category = category;
        this.cCap = 3 + tiers.size() * 2;
        this.cResult = cCap + 1;
    }

    static void writeGrades(DossierContext ctx) {
        new StructureSheet(ctx, CIVIL_TIERS, StaffCategory.CBCC).write(GRADE_NAME, TITLE_GRADE,
                "Tổng số CBCC (không tính lãnh đạo, quản lý)");
    }

    static void writeRanks(DossierContext ctx) {
        new StructureSheet(ctx, RANK_TIERS, StaffCategory.VIEN_CHUC).write(CDNN_NAME, TITLE_CDNN,
                "Tổng số viên chức (không tính lãnh đạo, quản lý)");
    }

    /** Count per displayed tier: chuyên gia cao cấp is shown with CVCC. */
    Map<GradeTier, Integer> count(List<Position> positions) {
        Map<GradeTier, Integer> raw = Counting.gradeStructure(positions, ctx.snapshot.grades()::get, category);
        Map<GradeTier, Integer> out = new EnumMap<>(GradeTier.class);
        for (GradeTier t : tiers) {
            out.put(t, 0);
        }
        raw.forEach((t, n) -> {
            GradeTier shown = t == GradeTier.CHUYEN_GIA_CAO_CAP ? GradeTier.CVCC : t;
            if (out.containsKey(shown)) {
                out.merge(shown, n, Integer::sum);
            }
        });
        return out;
    }

    private void write(String name, String title, String totalLabel) {
        double[] widths = new double[cResult + 1];
        widths[0] = 5;
        widths[1] = 34;
        widths[2] = 13;
        for (int i = 0; i < tiers.size(); i++) {
            widths[3 + 2 * i] = 8;
            widths[4 + 2 * i] = 9;
        }
        widths[cCap] = 14;
        widths[cResult] = 28;
        SheetWriter w = new SheetWriter(ctx, name, widths);
        Styles st = ctx.styles;
        w.letterhead(title);

        w.beginHeader();
        int h = w.nextRow();
        w.row(20);
        w.row(20);
        w.headerCell(h, h + 1, 0, 0, "STT");
        w.headerCell(h, h + 1, 1, 1, "Cơ quan, đơn vị");
        w.headerCell(h, h + 1, cTotal, cTotal, totalLabel);
        for (int i = 0; i < tiers.size(); i++) {
            int c = 3 + 2 * i;
            w.headerCell(h, h, c, c + 1, Labels.tier(tiers.get(i)));
            w.headerCell(h + 1, h + 1, c, c, "Số lượng");
            w.headerCell(h + 1, h + 1, c + 1, c + 1, "Tỷ lệ");
        }
        w.headerCell(h, h + 1, cCap, cCap, "Tỷ lệ tối đa");
        w.headerCell(h, h + 1, cResult, cResult, "Kết quả");
        w.sheet.getRow(h).setHeightInPoints(48);
        w.columnNumbers();
        w.endHeader();

        List<Integer> agencyRows = new ArrayList<>();
        Map<GradeTier, Integer> grand = new EnumMap<>(GradeTier.class);
        tiers.forEach(t -> grand.put(t, 0));
        int stt = 0;
        Map<Long, List<Position>> byAgency = new java.util.HashMap<>();
        Map<Long, List<Position>> byUnit = new java.util.HashMap<>();
        for (Position p : ctx.positions) {
            byAgency.computeIfAbsent(p.agencyId(), k -> new ArrayList<>()).add(p);
            if (p.unitId() != null) {
                byUnit.computeIfAbsent(p.unitId(), k -> new ArrayList<>()).add(p);
            }
        }
        for (Agency a : ctx.agencies) {
            List<Position> own = byAgency.getOrDefault(a.id(), List.of());
            Map<GradeTier, Integer> counts = count(own);
            if (Counting.sum(counts) == 0) {
                continue;
            }
            stt++;
            Row r = w.row();
            agencyRows.add(r.getRowNum());
            counts.forEach((t, n) -> grand.merge(t, n, Integer::sum));
            writeLine(w, r, String.valueOf(stt), a.name(), counts, st.totalText, st.totalNumber, st.totalPercent);
            for (OrgUnit u : ctx.units) {
                if (u.agencyId() != a.id()) {
                    continue;
                }
                List<Position> inUnit = byUnit.getOrDefault(u.id(), List.of());
                Map<GradeTier, Integer> uc = count(inUnit);
                if (Counting.sum(uc) == 0) {
                    continue;
                }
                writeLine(w, w.row(), "", "– " + u.name(), uc, st.text, st.number, st.percent);
            }
        }

        Row t = w.row(20);
        w.text(t, 0, "", st.totalText);
        w.text(t, 1, "TỔNG CỘNG", st.totalText);
        int tr = t.getRowNum();
        sumCell(w, t, cTotal, agencyRows, Counting.sum(grand));
        for (int i = 0; i < tiers.size(); i++) {
            int c = 3 + 2 * i;
            sumCell(w, t, c, agencyRows, grand.get(tiers.get(i)));
            percentCell(w, t, tr, c, grand.get(tiers.get(i)), Counting.sum(grand), st.totalPercent);
        }
        judge(w, t, grand, st.totalText);
        w.signature();
    }

    private void sumCell(SheetWriter w, Row r, int col, List<Integer> rows, int value) {
        if (rows.isEmpty()) {
            w.number(r, col, 0, ctx.styles.totalNumber);
            return;
        }
        StringBuilder f = new StringBuilder("SUM(");
        for (int k = 0; k < rows.size(); k++) {
            f.append(k == 0 ? "" : ",").append(SheetWriter.ref(rows.get(k), col));
        }
        w.formula(r, col, f.append(')').toString(), value, ctx.styles.totalNumber);
    }

    private void percentCell(SheetWriter w, Row r, int rowNum, int countCol, int part, int whole,
                             org.apache.poi.ss.usermodel.CellStyle style) {
        String total = SheetWriter.ref(rowNum, cTotal);
        String f = "IF(" + total + "=0,0," + SheetWriter.ref(rowNum, countCol) + "/" + total + ")";
        w.formula(r, countCol + 1, f, Counting.share(part, whole).doubleValue(), style);
    }

    private void writeLine(SheetWriter w, Row r, String stt, String name, Map<GradeTier, Integer> counts,
                           org.apache.poi.ss.usermodel.CellStyle textStyle,
                           org.apache.poi.ss.usermodel.CellStyle numberStyle,
                           org.apache.poi.ss.usermodel.CellStyle percentStyle) {
        int total = Counting.sum(counts);
        w.text(r, 0, stt, ctx.styles.textCenter);
        w.wrapText(r, 1, name, textStyle);
        w.number(r, cTotal, total, numberStyle);
        for (int i = 0; i < tiers.size(); i++) {
            int c = 3 + 2 * i;
            int n = counts.get(tiers.get(i));
            w.number(r, c, n, numberStyle);
            percentCell(w, r, r.getRowNum(), c, n, total, percentStyle);
        }
        judge(w, r, counts, textStyle);
    }

    /** The cap column and the verdict: every capped tier's share must not exceed its cap. */
    private void judge(SheetWriter w, Row r, Map<GradeTier, Integer> counts, org.apache.poi.ss.usermodel.CellStyle textStyle) {
        Map<GradeTier, BigDecimal> caps = ctx.options.gradeCaps();
        StringBuilder capText = new StringBuilder();
        StringBuilder over = new StringBuilder();
        int total = Counting.sum(counts);
        for (GradeTier t : tiers) {
            BigDecimal cap = caps.get(t);
            if (cap == null) {
                continue;
            }
            if (capText.length() > 0) {
                capText.append("\n");
            }
            capText.append(Labels.tierShort(t)).append(" ≤ ").append(Labels.percent(cap));
            BigDecimal share = Counting.share(counts.get(t), total);
            if (share.compareTo(cap) > 0) {
                if (over.length() > 0) {
                    over.append("; ");
                }
                over.append(Labels.tierShort(t)).append(' ')
                        .append(Labels.percent(share.setScale(4, java.math.RoundingMode.HALF_UP)))
                        .append(" > ").append(Labels.percent(cap));
            }
        }
        if (capText.length() == 0) {
            w.text(r, cCap, "Chưa có", ctx.styles.textCenter);
            w.text(r, cResult, "Không đánh giá", ctx.styles.textCenter);
            return;
        }
        w.wrapText(r, cCap, capText.toString(), ctx.styles.textCenter);
        if (over.length() == 0) {
            w.text(r, cResult, "Đạt", ctx.styles.okText);
        } else {
            w.wrapText(r, cResult, "Vượt: " + over, ctx.styles.errorText);
        }
    }
}
