package vn.vtvlstudio.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.vtvlstudio.persistence.generated.Tables.AGENCY;
import static vn.vtvlstudio.persistence.generated.Tables.SCHEME;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vtvlstudio.domain.RuleOverrideRow;
import vn.vtvlstudio.domain.RuleSettingRow;
import vn.vtvlstudio.rules.Rule;
import vn.vtvlstudio.rules.RuleCatalog;
import vn.vtvlstudio.rules.RuleEngine;
import vn.vtvlstudio.rules.RulePack;
import vn.vtvlstudio.rules.Severity;

/** The V3 rule packs read back from a freshly migrated H2 file, and overrides saved per scheme. */
class JooqRulePackRepositoryTest {

    @TempDir
    Path dir;

    private Connection connection;
    private DSLContext dsl;
    private JooqRulePackRepository repository;

    @BeforeEach
    void migrate() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("vtvl").toAbsolutePath();
        Flyway.configure().dataSource(url, "sa", "").load().migrate();
        connection = DriverManager.getConnection(url, "sa", "");
        dsl = DSL.using(connection, SQLDialect.H2);
        repository = new JooqRulePackRepository(() -> dsl);
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    @Test
    void everyRegimeHasAFullPack() {
        List<String> ids = RuleCatalog.standard().stream().map(Rule::id).toList();
        for (String regime : List.of("CC_ND62_2020", "CC_ND361_2025", "VC_ND106_2020", "VC_ND232_2026", "PARTY_FRONT")) {
            RulePack pack = RulePack.load(repository, regime);
            assertEquals(ids, pack.entries().stream().map(e -> e.rule().id()).toList(), regime);
        }
    }

    @Test
    void reductionTargetOfThePartyPackComesBackAsStored() {
        RuleSettingRow row = repository.settingsOf("PARTY_FRONT").stream()
                .filter(r -> r.ruleId().equals("REDUCTION_TARGET")).findFirst().orElseThrow();
        assertEquals("ERROR", row.severity());
        assertEquals("rate.CBCC=0.05;rate.VIEN_CHUC=0.10;rounding=CEILING;level=SCHEME", row.params());
        assertEquals("KL40_2022", row.legalRef());
        assertEquals(LocalDate.of(2026, 12, 31), row.effectiveTo());
        RulePack pack = RulePack.load(repository, "PARTY_FRONT");
        assertEquals(Map.of("CBCC", "0.05", "VIEN_CHUC", "0.10"),
                pack.setting("REDUCTION_TARGET").orElseThrow().withPrefix("rate"));
    }

    @Test
    void savedSettingReplacesTheShippedOne() {
        repository.saveSetting(new RuleSettingRow("VC_ND106_2020", "PROFESSIONAL_SHARE", "WARNING",
                "min=0.70;categories=VIEN_CHUC;agencyKinds=PUBLIC_SERVICE", "ND106_2020", null, null));
        RuleSettingRow row = repository.settingsOf("VC_ND106_2020").stream()
                .filter(r -> r.ruleId().equals("PROFESSIONAL_SHARE")).findFirst().orElseThrow();
        assertEquals("WARNING", row.severity());
        assertEquals("min=0.70;categories=VIEN_CHUC;agencyKinds=PUBLIC_SERVICE", row.params());
        assertNull(row.effectiveFrom());
        assertEquals(17, repository.settingsOf("VC_ND106_2020").size());
    }

    @Test
    void overridesAreSavedReplacedAndDeletedPerScheme() {
        long agencyId = dsl.insertInto(AGENCY)
                .set(AGENCY.CODE, "TU_HG").set(AGENCY.NAME, "Tỉnh ủy Hậu Giang").set(AGENCY.KIND, "PARTY")
                .set(AGENCY.ADMIN_LEVEL, "PROVINCE").set(AGENCY.BLOC, "PARTY_FRONT")
                .returning(AGENCY.ID).fetchOne().getId();
        long schemeId = dsl.insertInto(SCHEME)
                .set(SCHEME.ROOT_AGENCY_ID, agencyId).set(SCHEME.TITLE, "Đề án VTVL").set(SCHEME.REGIME_CODE, "PARTY_FRONT")
                .set(SCHEME.SCHEME_YEAR, 2026).set(SCHEME.STATUS, "DRAFT")
                .returning(SCHEME.ID).fetchOne().getId();

        repository.saveOverride(new RuleOverrideRow(schemeId, "SUPPORT_IS_CONTRACT", "OFF"));
        repository.saveOverride(new RuleOverrideRow(schemeId, "QUOTA_EXCEEDED", "WARNING"));
        repository.saveOverride(new RuleOverrideRow(schemeId, "QUOTA_EXCEEDED", "INFO"));
        assertEquals(Map.of("QUOTA_EXCEEDED", Severity.INFO, "SUPPORT_IS_CONTRACT", Severity.OFF),
                RuleEngine.overrides(repository.overridesOf(schemeId)));

        repository.deleteOverride(schemeId, "SUPPORT_IS_CONTRACT");
        assertEquals(List.of(new RuleOverrideRow(schemeId, "QUOTA_EXCEEDED", "INFO")), repository.overridesOf(schemeId));
    }
}
