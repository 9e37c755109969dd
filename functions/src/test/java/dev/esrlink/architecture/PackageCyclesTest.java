package dev.esrlink.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The functions' packages depend one way only (CONTRIBUTING.md, "package dependencies"): a class
 * two features need goes where both already depend, so no two packages reach each other.
 */
class PackageCyclesTest {
  private static final JavaClasses FUNCTIONS =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.esrlink");

  @Test
  void noPackageCycles() {
    slices().matching("dev.esrlink.(*)..").should().beFreeOfCycles().check(FUNCTIONS);
  }
}
