package vn.vtvlstudio.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vtvlstudio.domain.RuleSettingRow;
import vn.vtvlstudio.domain.SchemeSnapshot;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.testing.SampleStore;

/** Checks of the Hậu Giang sample with the shipped Party–Front pack, and a threshold the officer corrects. */
class CheckServiceTest {

    @TempDir
    Path dir;
    Database db;
    CheckService checks;
    SchemeSnapshot snap;

    @BeforeEach
    void open() {
        db = SampleStore.open(dir);
        checks = new CheckService(db.rulePacks(), db);
        snap = new SchemeService(db.repositories()).snapshot(SampleStore.hauGiang(db).id());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long count(String ruleId) {
        return checks.check(snap).stream().filter(f -> f.ruleId().equals(ruleId)).count();
    }

    @Test
    void editingARuleThresholdChangesTheFindings() {
        RuleSettingRow row = checks.settings("PARTY_FRONT").stream().filter(r -> r.ruleId().equals("REDUCTION_TARGET")).findFirst().orElseThrow();
        assertEquals("rate.CBCC=0.05;rate.VIEN_CHUC=0.10;rounding=CEILING;level=SCHEME", row.params());
        assertEquals(1, count("REDUCTION_TARGET"), "the scheme as a whole: VC 102 → 92 is one short of ceil(10% × 102) = 11; CBCC 598 → 568 passes");

        checks.saveSetting(new RuleSettingRow(row.regimeCode(), row.ruleId(), row.severity(), "rate.CBCC=0.05;rate.VIEN_CHUC=0.09;rounding=CEILING;level=SCHEME",
                row.legalRef(), row.effectiveFrom(), row.effectiveTo()));
        assertEquals(0, count("REDUCTION_TARGET"), "9% of 102 is 9.18, so 10 people are enough");

        checks.saveSetting(new RuleSettingRow(row.regimeCode(), row.ruleId(), row.severity(), "rate.CBCC=0.05;rate.VIEN_CHUC=0.10;rounding=CEILING;level=AGENCY",
                row.legalRef(), row.effectiveFrom(), row.effectiveTo()));
        assertTrue(count("REDUCTION_TARGET") > 10, "judged office by office, the many offices that kept their 2022 quota fall short: " + count("REDUCTION_TARGET"));

        checks.saveSetting(new RuleSettingRow(row.regimeCode(), row.ruleId(), "OFF", row.params(), row.legalRef(), row.effectiveFrom(), row.effectiveTo()));
        assertEquals(0, count("REDUCTION_TARGET"));

        assertThrows(InvalidEditException.class, () -> checks.saveSetting(new RuleSettingRow(row.regimeCode(), row.ruleId(), "LOUD",
                row.params(), row.legalRef(), null, null)));
    }
}
