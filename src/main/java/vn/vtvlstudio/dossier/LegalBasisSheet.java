package vn.vtvlstudio.dossier;

import org.apache.poi.ss.usermodel.Row;
import vn.vtvlstudio.domain.LegalReference;

/** "Căn cứ pháp lý": the documents the scheme rests on. */
final class LegalBasisSheet {

    static final String NAME = "Căn cứ pháp lý";
    static final String TITLE = "DANH MỤC CĂN CỨ PHÁP LÝ";

    private LegalBasisSheet() {
    }

    static void write(DossierContext ctx) {
        SheetWriter w = new SheetWriter(ctx, NAME, 5, 18, 13, 22, 70, 28);
        Styles st = ctx.styles;
        w.letterhead(TITLE);
        w.beginHeader();
        int h = w.nextRow();
        w.row(32);
        String[] labels = {"STT", "Số, ký hiệu", "Ngày ban hành", "Cơ quan ban hành", "Trích yếu", "Hiệu lực"};
        for (int c = 0; c < labels.length; c++) {
            w.headerCell(h, h, c, c, labels[c]);
        }
        w.columnNumbers();
        w.endHeader();
        int stt = 0;
        for (LegalReference ref : ctx.snapshot.legalReferences()) {
            Row r = w.row();
            w.number(r, 0, ++stt, st.textCenter);
            w.text(r, 1, ref.number(), st.text);
            w.text(r, 2, Labels.date(ref.issuedOn()), st.textCenter);
            w.wrapText(r, 3, ref.issuer(), st.text);
            w.wrapText(r, 4, ref.title(), st.text);
            w.wrapText(r, 5, effect(ref), st.text);
        }
        w.signature();
    }

    static String effect(LegalReference ref) {
        String s;
        if (ref.effectiveFrom() == null && ref.effectiveTo() == null) {
            s = "";
        } else if (ref.effectiveTo() == null) {
            s = "Từ " + Labels.date(ref.effectiveFrom());
        } else {
            s = Labels.date(ref.effectiveFrom()) + " – " + Labels.date(ref.effectiveTo());
        }
        return ref.verified() ? s : (s.isEmpty() ? "" : s + " ") + "(chưa kiểm chứng)";
    }
}
