package org.fieldbook.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of DESIGN.md, checked on every build. */
@AnalyzeClasses(packages = "org.fieldbook", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    private static final String[] JAVAFX_UI = {"javafx.scene..", "javafx.stage..", "javafx.fxml.."};
    private static final String[] DATABASE = {"org.jooq..", "java.sql..", "javax.sql..", "org.h2..",
        "org.flywaydb..", "org.fieldbook.store.jooq.."};

    @ArchTest
    static final ArchRule onlyUiAndAppImportJavaFx = noClasses()
            .that().resideOutsideOfPackages("org.fieldbook.ui..", "org.fieldbook.app..")
            .should().dependOnClassesThat().resideInAnyPackage(JAVAFX_UI)
            .because("everything below the window runs and is tested without the toolkit");

    @ArchTest
    static final ArchRule onlyStoreSyncAndAnalyticsTouchTheDatabase = noClasses()
            .that().resideOutsideOfPackages("org.fieldbook.store..", "org.fieldbook.sync..",
                    "org.fieldbook.analytics..")
            .should().dependOnClassesThat().resideInAnyPackage(DATABASE)
            .because("jOOQ, JDBC and generated classes never leave store, sync and analytics");

    @ArchTest
    static final ArchRule domainDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("org.fieldbook.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.fieldbook.store..", "org.fieldbook.service..",
                    "org.fieldbook.sync..", "org.fieldbook.analytics..", "org.fieldbook.exchange..",
                    "org.fieldbook.report..", "org.fieldbook.ui..", "org.fieldbook.app..");

    @ArchTest
    static final ArchRule storeDependsOnlyOnDomain = noClasses()
            .that().resideInAPackage("org.fieldbook.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.fieldbook.service..", "org.fieldbook.sync..",
                    "org.fieldbook.analytics..", "org.fieldbook.exchange..", "org.fieldbook.report..",
                    "org.fieldbook.ui..", "org.fieldbook.app..");

    @ArchTest
    static final ArchRule servicesDoNotReachUpwards = noClasses()
            .that().resideInAnyPackage("org.fieldbook.service..", "org.fieldbook.sync..", "org.fieldbook.analytics..")
            .should().dependOnClassesThat().resideInAnyPackage("org.fieldbook.ui..", "org.fieldbook.app..",
                    "org.fieldbook.exchange..", "org.fieldbook.report..");

    @ArchTest
    static final ArchRule analyticsUsesOnlyStoreAndDomain = noClasses()
            .that().resideInAPackage("org.fieldbook.analytics..")
            .should().dependOnClassesThat().resideInAnyPackage("org.fieldbook.service..", "org.fieldbook.sync..",
                    "org.fieldbook.exchange..", "org.fieldbook.report..", "org.fieldbook.ui..", "org.fieldbook.app..")
            .because("KPIs are read straight from the store's tables, never through use cases or screens");

    @ArchTest
    static final ArchRule analyticsResultsArePlainRecords = com.tngtech.archunit.lang.syntax.ArchRuleDefinition
            .classes().that().resideInAPackage("org.fieldbook.analytics..").and().arePublic()
            .and().areNotInterfaces().and().doNotHaveSimpleName("AnalyticsService")
            .should().beAssignableTo(Record.class)
            .because("the dashboard, the report and exports read the figures as plain values");

    @ArchTest
    static final ArchRule reportUsesOnlyAnalyticsAndDomain = noClasses()
            .that().resideInAPackage("org.fieldbook.report..")
            .should().dependOnClassesThat().resideInAnyPackage("org.fieldbook.store..", "org.fieldbook.service..",
                    "org.fieldbook.sync..", "org.fieldbook.ui..", "org.fieldbook.app..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule uiNeverUsesTheStore = noClasses()
            .that().resideInAPackage("org.fieldbook.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.fieldbook.store..", "org.fieldbook.app..")
            .because("screens use services and read models; nothing depends on app")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule nothingDependsOnApp = noClasses()
            .that().resideOutsideOfPackage("org.fieldbook.app..")
            .should().dependOnClassesThat().resideInAPackage("org.fieldbook.app..");

    @ArchTest
    static final ArchRule featureScreensDoNotReachIntoEachOther = slices()
            .matching("org.fieldbook.ui.(*)..")
            .that(com.tngtech.archunit.base.DescribedPredicate.describe("feature screens",
                    slice -> !slice.getDescription().contains("common")))
            .should().notDependOnEachOther()
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule noCyclesBetweenLayers = slices()
            .matching("org.fieldbook.(*)..")
            .should().beFreeOfCycles();

    /** Every package of ours, but jOOQ's generated classes, which refer to each other by design. */
    @ArchTest
    static final ArchRule noPackageCycles = slices()
            .matching("org.fieldbook.(**)")
            .that(com.tngtech.archunit.base.DescribedPredicate.describe("not generated",
                    slice -> !slice.getDescription().contains("jooq")))
            .should().beFreeOfCycles();
}
