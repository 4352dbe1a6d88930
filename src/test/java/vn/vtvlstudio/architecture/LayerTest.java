package vn.vtvlstudio.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of ARCHITECTURE.md, kept honest. */
class LayerTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.vtvlstudio");
    }

    @Test
    void layersOnlyCallDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("domain").definedBy("vn.vtvlstudio.domain..")
                .layer("rules").definedBy("vn.vtvlstudio.rules..")
                .layer("persistence").definedBy("vn.vtvlstudio.persistence..")
                .layer("dossier").definedBy("vn.vtvlstudio.dossier..")
                .layer("service").definedBy("vn.vtvlstudio.service..")
                .layer("ui").definedBy("vn.vtvlstudio.ui..")
                .layer("cli").definedBy("vn.vtvlstudio.cli..")
                .layer("app").definedBy("vn.vtvlstudio.app..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("service").mayOnlyBeAccessedByLayers("ui", "cli", "app")
                .whereLayer("persistence").mayOnlyBeAccessedByLayers("cli", "app")
                .whereLayer("dossier").mayOnlyBeAccessedByLayers("service", "cli", "app")
                .whereLayer("rules").mayOnlyBeAccessedByLayers("service", "dossier", "persistence", "ui", "cli", "app")
                .check(classes);
    }

    @Test
    void noJavaFxBelowUi() {
        noClasses().that().resideInAnyPackage("vn.vtvlstudio.domain..", "vn.vtvlstudio.rules..", "vn.vtvlstudio.service..",
                        "vn.vtvlstudio.persistence..", "vn.vtvlstudio.dossier..", "vn.vtvlstudio.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
                .check(classes);
    }

    @Test
    void jooqAndH2OnlyInPersistence() {
        noClasses().that().resideOutsideOfPackage("vn.vtvlstudio.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.h2..", "org.flywaydb..")
                .check(classes);
    }

    @Test
    void poiOnlyInDossier() {
        noClasses().that().resideOutsideOfPackage("vn.vtvlstudio.dossier..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..")
                .check(classes);
    }

    @Test
    void domainIsPlainJava() {
        noClasses().that().resideInAPackage("vn.vtvlstudio.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "com.fasterxml..", "picocli..")
                .check(classes);
    }
}
