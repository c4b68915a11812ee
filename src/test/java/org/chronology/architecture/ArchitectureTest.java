package org.chronology.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules a newcomer relies on: features own their web and edit code, the shared web
 * shell knows no feature, resources delegate to services, the language algorithms know no
 * framework.
 */
class ArchitectureTest {

  /** Feature packages: each owns its entities, services, queries, pages and editing. */
  static final List<String> FEATURES =
      List.of("account", "actor", "article", "event", "quality", "revision");

  static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.chronology");
  }

  @Test
  void sharedWebShellImportsNoFeature() {
    String[] features =
        FEATURES.stream().map(f -> "org.chronology." + f + "..").toArray(String[]::new);
    noClasses()
        .that()
        .resideInAPackage("org.chronology.web")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(features)
        .check(classes);
  }

  @Test
  void noFeatureReachesIntoAnotherFeaturesWebOrEdit() {
    for (String f : FEATURES) {
      for (String g : FEATURES) {
        if (f.equals(g)) {
          continue;
        }
        ArchRule rule =
            noClasses()
                .that()
                .resideInAPackage("org.chronology." + f + "..")
                // Known, to move: the article editor's "new event from the selected sentence"
                // creates it through the event editing service.
                .and()
                .doNotHaveFullyQualifiedName("org.chronology.article.edit.ArticleEditPage")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                    "org.chronology." + g + ".web..", "org.chronology." + g + ".edit..")
                .allowEmptyShould(true);
        rule.check(classes);
      }
    }
  }

  @Test
  void languageAlgorithmsKnowNoFramework() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.chronology.text..", "org.chronology.time..", "org.chronology.extraction..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta..", "io.quarkus..", "io.vertx..", "org.hibernate..", "org.chronology.web..")
        .check(classes);
  }
}
