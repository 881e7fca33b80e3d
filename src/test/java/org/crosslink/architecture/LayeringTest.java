package org.crosslink.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering, pinned: each adapter keeps its technology to itself, the pipeline and entity resolution are
 * plain Java, and no two top-level packages depend on each other. The production classes only: tests may
 * use whatever they need to drive the real parts.
 */
@AnalyzeClasses(packages = "org.crosslink", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    /** Camel is the thin adapter that runs the routes: nothing else knows it. */
    @ArchTest
    static final ArchRule camelStaysInTheCamelAdapter = noClasses()
            .that().resideOutsideOfPackage("org.crosslink.camel..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.camel..")
            .because("the routes only orchestrate; the logic is plain Java that runs and is tested without Camel");

    /**
     * Artemis and JMS stay in the messaging adapter, except in the benchmark: it measures the broker alone (raw JMS)
     * and plays the force systems and subscribers as they would connect, with their own JMS clients.
     */
    @ArchTest
    static final ArchRule artemisStaysInTheMessagingAdapter = noClasses()
            .that().resideOutsideOfPackages("org.crosslink.messaging..", "org.crosslink.bench..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.activemq..", "jakarta.jms..", "javax.jms..")
            .because("the pipeline sees the broker through its ports (Inbound, AlertChannel) only");

    /** SQL stays in the store. */
    @ArchTest
    static final ArchRule sqlStaysInTheStore = noClasses()
            .that().resideOutsideOfPackage("org.crosslink.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
            .because("every statement the bus runs is in one place, for both H2 and PostgreSQL");

    /** Entity resolution is plain Java: no messaging, no Camel, no database. */
    @ArchTest
    static final ArchRule resolutionIsPlainJava = noClasses()
            .that().resideInAPackage("org.crosslink.resolve..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.camel..", "org.apache.activemq..", "jakarta.jms..",
                    "java.sql..", "javax.sql..")
            .because("resolution is sequence neutral and tested on its own, in memory");

    /** The batch pipeline is plain Java too: the adapters call it, it calls them only through its ports. */
    @ArchTest
    static final ArchRule thePipelineIsPlainJava = noClasses()
            .that().resideInAPackage("org.crosslink.pipeline..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.camel..", "org.apache.activemq..", "jakarta.jms..",
                    "java.sql..", "javax.sql..", "org.crosslink.camel..", "org.crosslink.messaging..", "org.crosslink.runtime..",
                    "org.crosslink.app..");

    /** The web server is the console's: the rest of the bus serves no pages. */
    @ArchTest
    static final ArchRule vertxStaysInTheConsole = noClasses()
            .that().resideOutsideOfPackage("org.crosslink.console..")
            .should().dependOnClassesThat().resideInAPackage("io.vertx..")
            .because("the console is an adapter beside the bus; the bus runs the same without it");

    /** No cycle between top-level packages: each can be read, and changed, knowing only what it uses. */
    @ArchTest
    static final ArchRule noCyclesBetweenTopLevelPackages = slices().matching("org.crosslink.(*)..").should().beFreeOfCycles();
}
