package vn.vtvlstudio.dossier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import vn.vtvlstudio.domain.Agency;
import vn.vtvlstudio.domain.DeputyLimit;
import vn.vtvlstudio.domain.Headcount;
import vn.vtvlstudio.domain.LeadershipRole;
import vn.vtvlstudio.domain.LegalReference;
import vn.vtvlstudio.domain.OrgUnit;
import vn.vtvlstudio.domain.Position;

/** "Cấp phó": per unit its biên chế, the deputies its size allows, the deputies proposed, and the verdict. */
final class DeputySheet {

    static final String NAME = "Cấp phó";
    static final String TITLE = "SỐ LƯỢNG CẤP PHÓ CỦA CÁC ĐƠN VỊ";

    private DeputySheet() {
    }

    static void write(DossierContext ctx) {
        SheetWriter w = new SheetWriter(ctx, NAME, 5, 34, 30, 10, 11, 30, 11, 14);
        Styles st = ctx.styles;
        w.letterhead(TITLE);
        w.beginHeader();
        int h = w.nextRow();
        w.row(48);
        String[] labels = {"STT", "Cơ quan", "Đơn vị (phòng, ban)", "Biên chế đề xuất", "Số cấp phó tối đa",
            "Căn cứ", "Số cấp phó đề xuất", "Kết quả"};
        for (int c = 0; c < labels.length; c++) {
            w.headerCell(h, h, c, c, labels[c]);
        }
        w.columnNumbers();
        w.endHeader();

        Map<Long, List<Position>> byUnit = new HashMap<>();
        for (Position p : ctx.positions) {
            if (p.unitId() != null) {
                byUnit.computeIfAbsent(p.unitId(), k -> new ArrayList<>()).add(p);
            }
        }
        int stt = 0;
        for (OrgUnit u : ctx.units) {
            List<Position> list = byUnit.getOrDefault(u.id(), List.of());
            Headcount hc = list.stream().map(Position::effectiveHeadcount).reduce(Headcount.ZERO, Headcount::plus);
            int bienChe = hc.bienChe();
            int deputies = list.stream().filter(p -> p.leadershipRole() == LeadershipRole.CAP_PHO)
                    .mapToInt(p -> p.effectiveHeadcount().bienChe()).sum();
            Optional<DeputyLimit> limit = limitFor(ctx, u, bienChe);
            Agency a = ctx.snapshot.agencies().get(u.agencyId());
            Row r = w.row();
            w.number(r, 0, ++stt, st.textCenter);
            w.wrapText(r, 1, a == null ? "" : a.name(), st.text);
            w.wrapText(r, 2, u.name(), st.text);
            w.number(r, 3, bienChe, st.number);
            if (limit.isPresent()) {
                DeputyLimit l = limit.get();
                w.number(r, 4, l.maxDeputies(), st.number);
                w.wrapText(r, 5, basis(ctx, l), st.text);
                w.number(r, 6, deputies, st.number);
                boolean ok = deputies <= l.maxDeputies();
                w.text(r, 7, ok ? "Đạt" : "Vượt " + (deputies - l.maxDeputies()), ok ? st.okText : st.errorText);
            } else {
                w.text(r, 4, "—", st.textCenter);
                w.wrapText(r, 5, "Không có định mức cho loại đơn vị này", st.text);
                w.number(r, 6, deputies, st.number);
                w.text(r, 7, "Không đánh giá", st.textCenter);
            }
        }
        if (stt == 0) {
            Row r = w.row();
            w.spanText(r, 0, w.columns() - 1, "Không có đơn vị trực thuộc.", st.text);
        }
        w.signature();
    }

    /** The row of the configured table that covers the unit's size: the unit's own kind first, else the default kind. */
    static Optional<DeputyLimit> limitFor(DossierContext ctx, OrgUnit u, int staff) {
        String table = ctx.options.deputyTable();
        String kind = u.kind() == null ? null : u.kind().name();
        List<DeputyLimit> rows = ctx.snapshot.deputyLimits().stream().filter(l -> table.equals(l.tableCode())).toList();
        Optional<DeputyLimit> own = rows.stream().filter(l -> l.unitKind().equals(kind) && l.covers(staff)).findFirst();
        if (own.isPresent()) {
            return own;
        }
        return rows.stream().filter(l -> l.unitKind().equals(ctx.options.deputyUnitKind()) && l.covers(staff)).findFirst();
    }

    private static String basis(DossierContext ctx, DeputyLimit l) {
        String ref = ctx.snapshot.legalReferences().stream().filter(r -> r.code().equals(l.legalRef()))
                .map(LegalReference::number).findFirst().orElse(l.legalRef());
        return (l.note() == null ? "" : l.note() + " ") + "(" + ref + ")";
    }
}
