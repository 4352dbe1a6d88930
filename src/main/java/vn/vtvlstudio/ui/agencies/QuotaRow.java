package vn.vtvlstudio.ui.agencies;

import vn.vtvlstudio.domain.Quota;

/** A quota as the table shows it (date as dd/MM/yyyy, category in Vietnamese). */
public record QuotaRow(int year, String category, int amount, String decisionNo, String date, String issuer, boolean baseline,
                       Quota quota) {
}
