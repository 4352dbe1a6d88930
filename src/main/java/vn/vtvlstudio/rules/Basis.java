package vn.vtvlstudio.rules;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.vtvlstudio.domain.LegalReference;

/**
 * The legal basis of a rule setting as people read it: "Kết luận 40-KL/TW ngày 18/7/2022" in the finding's basis,
 * the short form "Kết luận 40-KL/TW" / "Conclusion 40-KL/TW" at the end of each message.
 */
record Basis(String full, String shortVi, String shortEn) {

    static final Basis NONE = new Basis("", "", "");

    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("d/M/yyyy");

    /** Resolves comma-separated legal reference codes; an unknown code is shown as it is. */
    static Basis of(String codes, Map<String, LegalReference> references) {
        List<String> full = new ArrayList<>();
        List<String> vi = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (String code : RuleParams.list(codes)) {
            LegalReference ref = references.get(code);
            if (ref == null) {
                full.add(code);
                vi.add(code);
                en.add(code);
                continue;
            }
            String kind = kindOf(ref.number());
            String shortVi = Texts.vi().text("doc." + kind) + " " + ref.number();
            vi.add(shortVi);
            en.add(Texts.en().text("doc." + kind) + " " + ref.number());
            full.add(ref.issuedOn() == null ? shortVi : shortVi + " ngày " + VI_DATE.format(ref.issuedOn()));
        }
        if (full.isEmpty()) {
            return NONE;
        }
        return new Basis(String.join("; ", full), String.join("; ", vi), String.join("; ", en));
    }

    /** The document type from its number, as Vietnamese numbering encodes it (40-KL/TW, 62/2020/NĐ-CP, …). */
    static String kindOf(String number) {
        String n = number.toUpperCase(java.util.Locale.ROOT);
        if (n.contains("-KL/")) {
            return "KL";
        }
        if (n.contains("NĐ-CP")) {
            return "ND";
        }
        if (n.contains("/TT-")) {
            return "TT";
        }
        if (n.contains("NQ-") || n.contains("/NQ")) {
            return "NQ";
        }
        if (n.contains("/QH")) {
            return "LUAT";
        }
        if (n.contains("HD/") || n.contains("-HD")) {
            return "HD";
        }
        return "CV";
    }
}
