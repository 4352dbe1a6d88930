package vn.vtvlstudio.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rules and the domain stay pure: no UI, database, SQL or office-file library. */
class RulesLayerTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.vtvlstudio.rules", "vn.vtvlstudio.domain");

    @Test
    void rulesAndDomainUseNoInfrastructure() {
        noClasses().that().resideInAnyPackage("vn.vtvlstudio.rules..", "vn.vtvlstudio.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "org.apache.poi..",
                        "java.sql..", "org.flywaydb..", "vn.vtvlstudio.persistence..")
                .check(classes);
    }

    @Test
    void domainDoesNotKnowTheRules() {
        noClasses().that().resideInAPackage("vn.vtvlstudio.domain..")
                .should().dependOnClassesThat().resideInAPackage("vn.vtvlstudio.rules..")
                .check(classes);
    }
}
