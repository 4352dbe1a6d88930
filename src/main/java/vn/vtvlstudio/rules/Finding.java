package vn.vtvlstudio.rules;

import java.util.Map;

/**
 * One result of a check: which rule fired, how bad it is, on what (a readable path such as
 * "Ban Tổ chức Tỉnh ủy › Phòng Tổ chức cán bộ › Chuyên viên về tổ chức cán bộ"), a message in Vietnamese and in
 * English that shows the numbers and the formula, the legal basis, and the numbers themselves.
 *
 * @param targetKind SCHEME, AGENCY, UNIT or POSITION
 * @param targetId   id of the agency, unit or position (the scheme id for SCHEME)
 */
public record Finding(String ruleId, Severity severity, String targetKind, long targetId, String target,
                      String messageVi, String messageEn, String basis, Map<String, Object> values) {

    public Finding {
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, targetKind, targetId, target, messageVi, messageEn, basis, values);
    }
}
