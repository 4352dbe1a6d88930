package vn.vtvlstudio.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vtvlstudio.domain.RuleSettingRow;

/**
 * The rule packs exactly as V3__rule_packs.sql ships them, read from the migration text so that the unit tests judge
 * with the real thresholds without a database (the database round trip is tested in persistence).
 */
final class ShippedPacks {

    private static final Pattern ROW = Pattern.compile(
            "^\\('([^']*)', '([^']*)', '([^']*)', (?:NULL|'([^']*)'), (?:NULL|'([^']*)'), (?:NULL|DATE '([^']*)'), (?:NULL|DATE '([^']*)')\\)[,;]$");

    private ShippedPacks() {
    }

    static List<RuleSettingRow> rows() {
        try {
            List<RuleSettingRow> rows = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of("src/main/resources/db/migration/V3__rule_packs.sql"), StandardCharsets.UTF_8)) {
                Matcher m = ROW.matcher(line.trim());
                if (m.matches()) {
                    rows.add(new RuleSettingRow(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5),
                            m.group(6) == null ? null : LocalDate.parse(m.group(6)),
                            m.group(7) == null ? null : LocalDate.parse(m.group(7))));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RulePack pack(String regimeCode) {
        return RulePack.fromRows(regimeCode, rows().stream().filter(r -> r.regimeCode().equals(regimeCode)).toList());
    }
}
