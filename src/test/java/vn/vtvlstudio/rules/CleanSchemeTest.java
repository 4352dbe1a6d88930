package vn.vtvlstudio.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CleanSchemeTest {

    @Test
    void cleanPartySchemeHasNoFinding() {
        assertEquals(List.of(), RuleEngine.check(CleanSchemes.party().b.snapshot(), ShippedPacks.pack("PARTY_FRONT"), Map.of()));
    }

    @Test
    void cleanCivilSchemesHaveNoFinding() {
        for (String regime : List.of("CC_ND62_2020", "CC_ND361_2025")) {
            assertEquals(List.of(), RuleEngine.check(CleanSchemes.civil(regime).b.snapshot(), ShippedPacks.pack(regime), Map.of()), regime);
        }
    }

    @Test
    void cleanPublicServiceSchemesHaveNoFinding() {
        for (String regime : List.of("VC_ND106_2020", "VC_ND232_2026")) {
            assertEquals(List.of(), RuleEngine.check(CleanSchemes.publicService(regime).b.snapshot(), ShippedPacks.pack(regime), Map.of()), regime);
        }
    }

    @Test
    void everyShippedPackNamesEveryRuleOnce() {
        for (String regime : List.of("CC_ND62_2020", "CC_ND361_2025", "VC_ND106_2020", "VC_ND232_2026", "PARTY_FRONT")) {
            RulePack pack = ShippedPacks.pack(regime);
            assertEquals(RuleCatalog.standard().stream().map(Rule::id).toList(),
                    pack.entries().stream().map(e -> e.rule().id()).toList(), regime);
        }
    }
}
