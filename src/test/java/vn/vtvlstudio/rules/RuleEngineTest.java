package vn.vtvlstudio.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.vtvlstudio.domain.GroupKind;
import vn.vtvlstudio.domain.RuleOverrideRow;
import vn.vtvlstudio.domain.StaffCategory;

/** Severity overrides per scheme and the order of findings. */
class RuleEngineTest {

    private static SchemeBuilder brokenTwice() {
        CleanSchemes.Party s = CleanSchemes.party();
        s.b.replace(Edit.of(s.organiser).people(StaffCategory.CBCC, 9).done());        // QUOTA_EXCEEDED (ERROR)
        s.b.replace(Edit.of(s.districtClerk).people(StaffCategory.HOP_DONG, 0).done());
        s.b.descriptions.removeIf(d -> d.positionId() == s.districtClerk.id());          // DESCRIPTION_COMPLETE (WARNING)
        return s.b;
    }

    @Test
    void findingsComeSortedBySeverityThenTarget() {
        List<Finding> found = RuleEngine.check(brokenTwice().snapshot(), ShippedPacks.pack("PARTY_FRONT"), Map.of());
        assertEquals(List.of("QUOTA_EXCEEDED", "DESCRIPTION_COMPLETE"), found.stream().map(Finding::ruleId).toList());
        assertEquals(List.of(Severity.ERROR, Severity.WARNING), found.stream().map(Finding::severity).toList());
    }

    @Test
    void overrideLowersASeverity() {
        List<Finding> found = RuleEngine.check(brokenTwice().snapshot(), ShippedPacks.pack("PARTY_FRONT"),
                Map.of("QUOTA_EXCEEDED", Severity.INFO));
        assertEquals(List.of("DESCRIPTION_COMPLETE", "QUOTA_EXCEEDED"), found.stream().map(Finding::ruleId).toList());
        assertEquals(Severity.INFO, found.get(1).severity());
    }

    @Test
    void overrideRaisesASeverity() {
        List<Finding> found = RuleEngine.check(brokenTwice().snapshot(), ShippedPacks.pack("PARTY_FRONT"),
                Map.of("DESCRIPTION_COMPLETE", Severity.ERROR));
        assertTrue(found.stream().allMatch(f -> f.severity() == Severity.ERROR));
    }

    @Test
    void offDropsTheRule() {
        List<Finding> found = RuleEngine.check(brokenTwice().snapshot(), ShippedPacks.pack("PARTY_FRONT"),
                RuleEngine.overrides(List.of(new RuleOverrideRow(1, "QUOTA_EXCEEDED", "OFF"))));
        assertEquals(List.of("DESCRIPTION_COMPLETE"), found.stream().map(Finding::ruleId).toList());
    }

    @Test
    void overrideSwitchesOnARuleThePackLeavesOff() {
        CleanSchemes.Civil s = CleanSchemes.civil("CC_ND62_2020");
        s.b.replace(Edit.of(s.officer).framework(" ").done());
        assertEquals(List.of(), RuleEngine.check(s.b.snapshot(), ShippedPacks.pack("CC_ND62_2020"), Map.of()));
        List<Finding> found = RuleEngine.check(s.b.snapshot(), ShippedPacks.pack("CC_ND62_2020"),
                Map.of("FRAMEWORK_CONFORMITY", Severity.WARNING));
        assertEquals(1, found.size());
        assertEquals(Severity.WARNING, found.get(0).severity());
    }

    @Test
    void aChangedThresholdChangesTheVerdict() {
        CleanSchemes.PublicService s = CleanSchemes.publicService("VC_ND106_2020");
        RulePack pack = ShippedPacks.pack("VC_ND106_2020");
        RuleSetting share = pack.setting("PROFESSIONAL_SHARE").orElseThrow();
        java.util.Map<String, String> params = new java.util.HashMap<>(share.params());
        params.put("min", "0.81");
        RulePack stricter = pack.with(new RuleSetting(share.ruleId(), share.severity(), params, share.legalRef()));
        assertEquals(List.of(), RuleEngine.check(s.b.snapshot(), pack, Map.of()));
        assertEquals(List.of("PROFESSIONAL_SHARE"),
                RuleEngine.check(s.b.snapshot(), stricter, Map.of()).stream().map(Finding::ruleId).toList());
    }

    @Test
    void singleRuleCanBeRunThroughTheContract() {
        CleanSchemes.Party s = CleanSchemes.party();
        s.b.replace(Edit.of(s.districtClerk).group(GroupKind.SHARED).grade("01.002").done());
        Rule rule = RuleCatalog.byId("NO_SENIOR_AT_DISTRICT").orElseThrow();
        List<Finding> found = rule.check(s.b.snapshot(), ShippedPacks.pack("PARTY_FRONT").setting(rule.id()).orElseThrow());
        assertEquals(1, found.size());
    }

    @Test
    void splittingPositionsOverThreadsGivesTheSameFindings() {
        SchemeBuilder b = brokenTwice();
        List<Finding> sequential = RuleEngine.check(b.snapshot(), ShippedPacks.pack("PARTY_FRONT"), Map.of());
        int saved = RuleEngine.parallelThreshold;
        try {
            RuleEngine.parallelThreshold = 1;
            assertEquals(sequential, RuleEngine.check(b.snapshot(), ShippedPacks.pack("PARTY_FRONT"), Map.of()));
        } finally {
            RuleEngine.parallelThreshold = saved;
        }
    }

    @Test
    void aSettingOutOfForceIsNotApplied() {
        // KL 40-KL/TW targets run to 31/12/2026: the same shortfall counts in 2026, not in 2027.
        SchemeBuilder in2026 = BoundaryTest.partyWithBaseline(StaffCategory.VIEN_CHUC, 102, 92);
        assertEquals(List.of("REDUCTION_TARGET"), RuleEngine.check(in2026.snapshot(), ShippedPacks.pack("PARTY_FRONT"), Map.of())
                .stream().map(Finding::ruleId).toList());
        SchemeBuilder in2027 = new SchemeBuilder("PARTY_FRONT", 2027);
        long root = in2027.agency("Tỉnh ủy", vn.vtvlstudio.domain.AgencyKind.PARTY, vn.vtvlstudio.domain.AdminLevel.PROVINCE,
                vn.vtvlstudio.domain.Bloc.PARTY_FRONT, null);
        in2027.position(root, "Chuyên viên").grade("V.07.01.03").people(vn.vtvlstudio.domain.Headcount.of(StaffCategory.VIEN_CHUC, 92)).add();
        in2027.quota(root, 2022, StaffCategory.VIEN_CHUC, 102, true);
        assertEquals(List.of(), RuleEngine.check(in2027.snapshot(), ShippedPacks.pack("PARTY_FRONT"), Map.of()));
    }
}
