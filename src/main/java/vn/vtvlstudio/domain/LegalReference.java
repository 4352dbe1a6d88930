package vn.vtvlstudio.domain;

import java.time.LocalDate;

/** Căn cứ pháp lý: number, date, issuer, title and the period it is in force. */
public record LegalReference(Long id, String code, String number, LocalDate issuedOn, String issuer, String title,
                             LocalDate effectiveFrom, LocalDate effectiveTo, boolean verified) {
}
