package vn.vtvlstudio.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.vtvlstudio.domain.RuleSettingRow;
import vn.vtvlstudio.domain.StaffCategory;

/** The key=value;key=value parameters of rule_setting, and every row V3 ships. */
class RuleParamsTest {

    @Test
    void parsesKeysAndValuesTrimmed() {
        Map<String, String> p = RuleParams.parse(" rate.CBCC = 0.05 ;rate.VIEN_CHUC=0.10;;rounding=CEILING ");
        assertEquals(List.of("rate.CBCC", "rate.VIEN_CHUC", "rounding"), List.copyOf(p.keySet()));
        assertEquals("0.05", p.get("rate.CBCC"));
        assertEquals("CEILING", p.get("rounding"));
        assertEquals("rate.CBCC=0.05;rate.VIEN_CHUC=0.10;rounding=CEILING", RuleParams.format(p));
    }

    @Test
    void blankMeansNoParameters() {
        assertEquals(Map.of(), RuleParams.parse(null));
        assertEquals(Map.of(), RuleParams.parse("  "));
    }

    @Test
    void rejectsMalformedSegments() {
        assertThrows(IllegalArgumentException.class, () -> RuleParams.parse("min"));
        assertThrows(IllegalArgumentException.class, () -> RuleParams.parse("=0.65"));
        assertThrows(IllegalArgumentException.class, () -> RuleParams.parse("min=0.6;min=0.65"));
    }

    @Test
    void listsAndEnums() {
        assertEquals(List.of("CBCC", "VIEN_CHUC"), RuleParams.list("CBCC, VIEN_CHUC,"));
        assertEquals(Set.of(StaffCategory.CBCC, StaffCategory.VIEN_CHUC), RuleParams.enums(StaffCategory.class, "CBCC,VIEN_CHUC"));
        assertThrows(IllegalArgumentException.class, () -> RuleParams.enums(StaffCategory.class, "CONTRACT"));
    }

    @Test
    void settingReadsTypedValuesAndPrefixes() {
        RuleSetting s = RuleSetting.fromRow(new RuleSettingRow("PARTY_FRONT", "REDUCTION_TARGET", "ERROR",
                "rate.CBCC=0.05;rate.VIEN_CHUC=0.10;rounding=CEILING", "KL40_2022", null, null));
        assertEquals(Severity.ERROR, s.severity());
        assertEquals(Map.of("CBCC", "0.05", "VIEN_CHUC", "0.10"), s.withPrefix("rate"));
        assertEquals(new BigDecimal("0.10"), new BigDecimal(s.withPrefix("rate").get("VIEN_CHUC")));
    }

    @Test
    void everyShippedRowParsesAndConfiguresItsRule() {
        List<RuleSettingRow> rows = ShippedPacks.rows();
        assertEquals(5 * 17, rows.size());
        for (RuleSettingRow row : rows) {
            RuleSetting setting = RuleSetting.fromRow(row);
            Rule rule = RuleCatalog.byId(row.ruleId()).orElseThrow();
            assertTrue(rule instanceof ScopedRule<?, ?>);
            // configure() parses every threshold; a bad number or enum name fails here, not in the officer's check.
            ((ScopedRule<?, ?>) rule).configure(setting);
        }
    }

    @Test
    void shippedThresholdsAreTheDomainOnes() {
        assertEquals(Map.of("CBCC", "0.05", "VIEN_CHUC", "0.10"),
                ShippedPacks.pack("PARTY_FRONT").setting("REDUCTION_TARGET").orElseThrow().withPrefix("rate"));
        assertEquals("0.65", ShippedPacks.pack("VC_ND106_2020").setting("PROFESSIONAL_SHARE").orElseThrow().params().get("min"));
        assertEquals("0.40", ShippedPacks.pack("CC_ND62_2020").setting("GRADE_CAP").orElseThrow().params().get("cap.CVC"));
        assertEquals("0.50", ShippedPacks.pack("CC_ND361_2025").setting("GRADE_CAP").orElseThrow().params().get("cap.CVC"));
        assertEquals("0.30", ShippedPacks.pack("VC_ND232_2026").setting("STEP_CAP").orElseThrow().params().get("top"));
    }
}
