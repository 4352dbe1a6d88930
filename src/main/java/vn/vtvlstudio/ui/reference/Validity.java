package vn.vtvlstudio.ui.reference;

import java.time.LocalDate;
import java.util.ResourceBundle;
import vn.vtvlstudio.ui.Formats;

/** A period of validity as the reference tables show it: "18/07/2022 – 31/12/2026", "từ 01/07/2026", "đến 30/06/2025". */
final class Validity {

    private Validity() {
    }

    static String text(ResourceBundle messages, LocalDate from, LocalDate to, String open) {
        if (from == null && to == null) {
            return open;
        }
        if (to == null) {
            return String.format(messages.getString("validity.from"), Formats.date(from));
        }
        if (from == null) {
            return String.format(messages.getString("validity.to"), Formats.date(to));
        }
        return Formats.date(from) + " – " + Formats.date(to);
    }
}
