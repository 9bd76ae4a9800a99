package org.variatlas.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layering of ARCHITECTURE.md honest: the engine and the plugin API depend on no
 * framework, only repositories touch jOOQ, and the app's features do not form cycles. (That plugins
 * import only the API is checked on each built plugin jar by the test kit's TopicContract.)
 */
class ArchitectureTest {

  private static JavaClasses app;
  private static JavaClasses engine;
  private static JavaClasses api;
  private static JavaClasses sdk;

  @BeforeAll
  static void importClasses() {
    ClassFileImporter importer =
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
    app = importer.importPackages("org.variatlas.app");
    engine = importer.importPackages("org.variatlas.engine");
    api = importer.importPackages("org.variatlas.api");
    sdk = importer.importPackages("org.variatlas.sdk");
  }

  @Test
  void the_engine_depends_on_no_framework() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..", "org.jooq..", "com.vaadin..", "org.pf4j..", "jakarta..")
        .check(engine);
  }

  @Test
  void the_engine_does_not_know_the_app_or_the_plugin_api() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.variatlas.app..", "org.variatlas.api..")
        .check(engine);
  }

  @Test
  void the_contract_does_not_depend_on_the_sdk_and_the_sdk_on_no_framework() {
    // A helper change must never move the contract: the plugin API cannot see the SDK.
    noClasses().should().dependOnClassesThat().resideInAPackage("org.variatlas.sdk..").check(api);
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "org.jooq..", "org.variatlas.app..")
        .check(sdk);
  }

  @Test
  void the_plugin_api_uses_no_spring_and_no_jooq_and_vaadin_only_in_its_ui_kit() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "org.jooq..", "org.variatlas.app..")
        .check(api);
    noClasses()
        .that()
        .resideOutsideOfPackage("org.variatlas.api.ui..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.vaadin..")
        .check(api);
  }

  @Test
  void only_repositories_and_generated_code_touch_jooq() {
    noClasses()
        .that()
        .haveSimpleNameNotEndingWith("Repository")
        .and()
        .resideOutsideOfPackage("org.variatlas.app.db..")
        // The database's own building blocks for repositories (e.g. Upsert).
        .and()
        .resideOutsideOfPackage("org.variatlas.app.database..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.jooq..", "org.variatlas.app.db..")
        .check(app);
  }

  /**
   * The app's feature packages from the top (pages that compose many features) to the bottom (plain
   * building blocks). A feature may depend only on features below it.
   */
  static final List<String> FEATURES_TOP_DOWN =
      List.of(
          "health",
          "users",
          "lifecycle",
          "kit",
          "sdk",
          "factsheet",
          "indicators",
          "results",
          "population",
          "loads",
          "audit",
          "plugins",
          "shell",
          "security",
          "areas",
          "i18n",
          "text",
          "topics",
          "disclosure",
          "database",
          "apidocs",
          "config");

  @Test
  void features_depend_on_each_other_only_downwards() {
    for (int i = 1; i < FEATURES_TOP_DOWN.size(); i++) {
      String[] above =
          FEATURES_TOP_DOWN.subList(0, i).stream()
              .map(f -> "org.variatlas.app." + f + "..")
              .toArray(String[]::new);
      noClasses()
          .that()
          .resideInAPackage("org.variatlas.app." + FEATURES_TOP_DOWN.get(i) + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(above)
          .because("features depend only downwards (ArchitectureTest.FEATURES_TOP_DOWN)")
          .check(app);
    }
  }

  @Test
  void every_feature_package_has_a_place_in_the_layering() {
    Set<String> features =
        app.stream()
            .map(JavaClass::getPackageName)
            .filter(
                p -> p.startsWith("org.variatlas.app.") && !p.startsWith("org.variatlas.app.db"))
            .map(p -> p.substring("org.variatlas.app.".length()).split("\\.")[0])
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(FEATURES_TOP_DOWN).containsAll(features);
  }

  /** README "What is where" lists the packages in the order of the layering, and no other. */
  @Test
  void the_readme_layout_table_follows_the_layering() throws IOException {
    Path readme = Path.of("../../README.md");
    List<String> listed = new ArrayList<>();
    boolean inTable = false;
    for (String line : Files.readAllLines(readme)) {
      if (line.startsWith("| package | what |")) {
        inTable = true;
      } else if (inTable && line.startsWith("| `")) {
        listed.add(line.substring(3, line.indexOf('`', 3)));
      } else if (inTable && !line.startsWith("|")) {
        break;
      }
    }
    assertThat(listed).as("README's package table, top down").isEqualTo(FEATURES_TOP_DOWN);
  }

  @Test
  void repositories_services_and_controllers_do_not_touch_vaadin() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("Repository")
        .or()
        .haveSimpleNameEndingWith("Service")
        .or()
        .haveSimpleNameEndingWith("Controller")
        .or()
        .areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.vaadin..")
        .because("only views and UI components use Vaadin (the Vaadin walking skeleton's rule)")
        .check(app);
  }

  @Test
  void features_of_the_app_have_no_cycles() {
    slices().matching("org.variatlas.app.(*)..").should().beFreeOfCycles().check(app);
  }
}
