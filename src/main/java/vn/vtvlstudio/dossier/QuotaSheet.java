package vn.vtvlstudio.dossier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import vn.vtvlstudio.domain.Agency;
import vn.vtvlstudio.domain.Counting;
import vn.vtvlstudio.domain.Headcount;
import vn.vtvlstudio.domain.Position;
import vn.vtvlstudio.domain.Quota;
import vn.vtvlstudio.domain.StaffCategory;
import vn.vtvlstudio.domain.Totals;

/**
 * "Tổng hợp biên chế": per agency and staff category the baseline quota, this year's quota, the proposal, the
 * difference to the quota and the reduction against the baseline; contract workers beside biên chế.
 */
final class QuotaSheet {

    static final String NAME = "Tổng hợp biên chế";
    static final String TITLE = "TỔNG HỢP BIÊN CHẾ";
    /** Column of the first category block; each block has baseline, current, proposed, difference, reduction. */
    static final int C_CBCC = 2, C_VC = 7, C_BIEN_CHE = 12, C_HD = 13, C_POSITIONS = 14;
    static final int BASE = 0, CURRENT = 1, PROPOSED = 2, DIFF = 3, RATE = 4;

    private QuotaSheet() {
    }

    /** One agency line: its own quotas and its own positions (children have their own lines, so totals add up). */
    record Line(Agency agency, Integer[] baseline, Integer[] current, Headcount proposed, int positions) {
    }

    static void write(DossierContext ctx) {
        SheetWriter w = new SheetWriter(ctx, NAME, 5, 30, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 10, 8, 8);
        Styles st = ctx.styles;
        int year = ctx.snapshot.scheme().year();
        Optional<Integer> baseYear = ctx.snapshot.baselineYear();
        w.letterhead(TITLE);

        w.beginHeader();
        int h = w.nextRow();
        w.row(20);
        w.row(62);
        w.headerCell(h, h + 1, 0, 0, "STT");
        w.headerCell(h, h + 1, 1, 1, "Cơ quan, đơn vị");
        String baseLabel = "Biên chế năm gốc" + baseYear.map(y -> " (" + y + ")").orElse("");
        String currentLabel = "Biên chế được giao năm " + year;
        int[] blocks = {C_CBCC, C_VC};
        String[] blockNames = {"Cán bộ, công chức", "Viên chức"};
        for (int b = 0; b < 2; b++) {
            int c = blocks[b];
            w.headerCell(h, h, c, c + 4, blockNames[b]);
            w.headerCell(h + 1, h + 1, c + BASE, c + BASE, baseLabel);
            w.headerCell(h + 1, h + 1, c + CURRENT, c + CURRENT, currentLabel);
            w.headerCell(h + 1, h + 1, c + PROPOSED, c + PROPOSED, "Đề xuất");
            w.headerCell(h + 1, h + 1, c + DIFF, c + DIFF, "Chênh lệch so với được giao");
            w.headerCell(h + 1, h + 1, c + RATE, c + RATE, "Tỷ lệ giảm so với năm gốc");
        }
        w.headerCell(h, h + 1, C_BIEN_CHE, C_BIEN_CHE, "Tổng biên chế đề xuất");
        w.headerCell(h, h + 1, C_HD, C_HD, "Hợp đồng lao động");
        w.headerCell(h, h + 1, C_POSITIONS, C_POSITIONS, "Số vị trí việc làm");
        w.columnNumbers();
        w.endHeader();

        Map<Long, List<Position>> byAgency = new HashMap<>();
        for (Position p : ctx.positions) {
            byAgency.computeIfAbsent(p.agencyId(), k -> new ArrayList<>()).add(p);
        }
        StaffCategory[] cats = {StaffCategory.CBCC, StaffCategory.VIEN_CHUC};
        List<Line> lines = new ArrayList<>();
        for (Agency a : ctx.agencies) {
            List<Position> own = byAgency.getOrDefault(a.id(), List.of());
            Integer[] base = new Integer[2];
            Integer[] cur = new Integer[2];
            for (int i = 0; i < 2; i++) {
                int k = i;
                base[i] = baseYear.flatMap(y -> ctx.snapshot.quota(a.id(), y, cats[k])).map(Quota::amount).orElse(null);
                cur[i] = ctx.snapshot.quota(a.id(), year, cats[k]).map(Quota::amount).orElse(null);
            }
            boolean anyQuota = base[0] != null || base[1] != null || cur[0] != null || cur[1] != null;
            if (own.isEmpty() && !anyQuota) {
                continue;
            }
            Totals t = Counting.totals(own);
            lines.add(new Line(a, base, cur, t.headcount(), t.positions()));
        }

        List<Integer> rows = new ArrayList<>();
        int stt = 0;
        for (Line l : lines) {
            Row r = w.row();
            rows.add(r.getRowNum());
            w.number(r, 0, ++stt, st.textCenter);
            w.wrapText(r, 1, l.agency().name(), st.text);
            int[] proposed = {l.proposed().cbcc(), l.proposed().vienChuc()};
            for (int b = 0; b < 2; b++) {
                block(w, r, blocks[b], l.baseline()[b], l.current()[b], proposed[b], st.number, st.percent);
            }
            int rn = r.getRowNum();
            w.formula(r, C_BIEN_CHE, SheetWriter.ref(rn, C_CBCC + PROPOSED) + "+" + SheetWriter.ref(rn, C_VC + PROPOSED),
                    l.proposed().bienChe(), st.number);
            w.number(r, C_HD, l.proposed().hopDong(), st.number);
            w.number(r, C_POSITIONS, l.positions(), st.number);
        }

        Row t = w.row(20);
        w.text(t, 0, "", st.totalText);
        w.text(t, 1, "TỔNG CỘNG", st.totalText);
        for (int b = 0; b < 2; b++) {
            int c = blocks[b];
            int k = b;
            Integer base = sumOrNull(lines.stream().map(l -> l.baseline()[k]).toList());
            Integer cur = sumOrNull(lines.stream().map(l -> l.current()[k]).toList());
            int proposed = lines.stream().mapToInt(l -> k == 0 ? l.proposed().cbcc() : l.proposed().vienChuc()).sum();
            sum(w, t, c + BASE, rows, base);
            sum(w, t, c + CURRENT, rows, cur);
            sum(w, t, c + PROPOSED, rows, proposed);
            derived(w, t, c, base, cur, proposed, st.totalNumber, st.totalPercent);
        }
        sum(w, t, C_BIEN_CHE, rows, lines.stream().mapToInt(l -> l.proposed().bienChe()).sum());
        sum(w, t, C_HD, rows, lines.stream().mapToInt(l -> l.proposed().hopDong()).sum());
        sum(w, t, C_POSITIONS, rows, lines.stream().mapToInt(Line::positions).sum());

        Row note = w.row();
        w.spanText(note, 0, w.columns() - 1, "Ghi chú: biên chế = công chức + viên chức; hợp đồng lao động không tính vào biên chế. "
                + "Chênh lệch = đề xuất − được giao; tỷ lệ giảm = (năm gốc − đề xuất) / năm gốc.", st.plain);
        w.signature();
    }

    private static Integer sumOrNull(List<Integer> values) {
        Integer sum = null;
        for (Integer v : values) {
            if (v != null) {
                sum = (sum == null ? 0 : sum) + v;
            }
        }
        return sum;
    }

    private static void block(SheetWriter w, Row r, int c, Integer base, Integer cur, int proposed,
                              CellStyle number, CellStyle percent) {
        if (base != null) {
            w.number(r, c + BASE, base, number);
        } else {
            w.blank(r, c + BASE, number);
        }
        if (cur != null) {
            w.number(r, c + CURRENT, cur, number);
        } else {
            w.blank(r, c + CURRENT, number);
        }
        w.number(r, c + PROPOSED, proposed, number);
        derived(w, r, c, base, cur, proposed, number, percent);
    }

    /** Difference to the quota and reduction rate, as formulas over the row's own cells. */
    private static void derived(SheetWriter w, Row r, int c, Integer base, Integer cur, int proposed,
                                CellStyle number, CellStyle percent) {
        int rn = r.getRowNum();
        if (cur != null) {
            w.formula(r, c + DIFF, SheetWriter.ref(rn, c + PROPOSED) + "-" + SheetWriter.ref(rn, c + CURRENT), proposed - cur, number);
        } else {
            w.blank(r, c + DIFF, number);
        }
        if (base != null) {
            String b = SheetWriter.ref(rn, c + BASE);
            String f = "IF(" + b + "=0,0,(" + b + "-" + SheetWriter.ref(rn, c + PROPOSED) + ")/" + b + ")";
            w.formula(r, c + RATE, f, Counting.reduction(base, proposed).rate().doubleValue(), percent);
        } else {
            w.blank(r, c + RATE, percent);
        }
    }

    private static void sum(SheetWriter w, Row r, int col, List<Integer> rows, Integer value) {
        if (value == null) {
            w.blank(r, col, w.st.totalNumber);
            return;
        }
        if (rows.isEmpty()) {
            w.number(r, col, value, w.st.totalNumber);
            return;
        }
        String c = SheetWriter.col(col);
        w.formula(r, col, "SUM(" + c + (rows.get(0) + 1) + ":" + c + (rows.get(rows.size() - 1) + 1) + ")", value, w.st.totalNumber);
    }
}
