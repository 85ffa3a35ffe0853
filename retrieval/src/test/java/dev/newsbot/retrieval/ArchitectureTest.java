package dev.newsbot.retrieval;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import dev.newsbot.retrieval.store.Corpus;
import org.junit.jupiter.api.Test;

/**
 * The rooms of retrieval and the arrows between them (docs/design.md): one stack, no circle.
 * Each rule is also shown to catch what it forbids, on classes planted in the tests.
 */
class ArchitectureTest {

  private static final String R = "dev.newsbot.retrieval";
  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(R);

  /** Which package may use which: each room only the rooms below it. */
  static LayeredArchitecture stack() {
    return layeredArchitecture().consideringOnlyDependenciesInLayers()
      .layer("text").definedBy(R + ".text")
      .layer("time").definedBy(R + ".time")
      .layer("ingest").definedBy(R + ".ingest")
      .layer("pdf").definedBy(R + ".pdf")
      .layer("embed").definedBy(R + ".embed")
      .layer("vectors").definedBy(R + ".vectors")
      .layer("store").definedBy(R + ".store")
      .layer("solr store").definedBy(R + ".store.solr")
      .layer("indexing").definedBy(R + ".indexing")
      .layer("search").definedBy(R + ".search")
      .layer("answer").definedBy(R + ".answer")
      .layer("eval").definedBy(R + ".eval")
      .layer("front door").definedBy(R)
      .layer("bench").definedBy(R + ".bench")
      .whereLayer("text").mayNotAccessAnyLayer()
      .whereLayer("time").mayOnlyAccessLayers("text")
      .whereLayer("embed").mayNotAccessAnyLayer()
      .whereLayer("vectors").mayNotAccessAnyLayer()
      .whereLayer("ingest").mayOnlyAccessLayers("text")
      .whereLayer("pdf").mayOnlyAccessLayers("ingest", "text")
      .whereLayer("store").mayOnlyAccessLayers("ingest", "vectors", "text")
      .whereLayer("solr store").mayOnlyAccessLayers("store", "ingest", "vectors", "text")
      .whereLayer("indexing").mayOnlyAccessLayers("store", "embed", "pdf", "ingest", "text")
      .whereLayer("search").mayOnlyAccessLayers("store", "vectors", "time", "text")
      .whereLayer("answer").mayOnlyAccessLayers("search", "store", "embed", "ingest", "time", "text")
      .whereLayer("eval").mayOnlyAccessLayers("answer", "text")
      .whereLayer("front door").mayOnlyAccessLayers("eval", "answer", "search", "indexing", "solr store", "store",
          "embed", "pdf", "ingest", "time", "text")
      .whereLayer("bench").mayOnlyAccessLayers("front door", "eval", "search", "indexing", "solr store", "store",
          "vectors", "embed", "pdf", "ingest", "text");
  }

  @Test
  void thePackagesFormNoCycle() {
    noCycles(R).check(MAIN);
  }

  @Test
  void eachRoomUsesOnlyTheRoomsBelowIt() {
    stack().check(MAIN);
  }

  @Test
  void retrievalKnowsNothingOfTheBotOrTelegram() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.newsbot.bot..", "org.telegram..")
        .check(MAIN);
  }

  @Test
  void thereAreRoomsToCheck() {
    assertThat(MAIN.stream().map(JavaClass::getPackageName).distinct())
        .contains(R, R + ".text", R + ".store", R + ".answer", R + ".bench");
  }

  @Test
  void theCycleRuleFindsAPlantedCycle() {
    String planted = R + ".architecture.planted";
    EvaluationResult result = noCycles(planted).evaluate(new ClassFileImporter().importPackages(planted));
    assertThat(result.hasViolation()).isTrue();
    assertThat(String.join(" ", result.getFailureReport().getDetails()).replaceAll("\\s+", " "))
        .contains("Cycle detected: Slice left -> Slice right -> Slice left")
        .contains("Left.right()").contains("Right.left()");
  }

  @Test
  void theStackRuleFindsAPlantedArrowAgainstIt() {
    EvaluationResult result = stack().withOptionalLayers(true)
        .evaluate(new ClassFileImporter().importPackages(R + ".text"));
    assertThat(result.hasViolation()).isTrue();
    // the planted method's parameter and its call, nothing else of text
    assertThat(result.getFailureReport().getDetails()).hasSize(2).allSatisfy(d -> assertThat(d)
        .contains(R + ".text.PlantedBackArrow").contains(Corpus.class.getName()));
  }

  /** Every package under {@code base} is a slice, {@code base} itself one of its own (the front door). */
  static ArchRule noCycles(String base) {
    return slices().assignedFrom(new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass c) {
        String p = c.getPackageName();
        if (p.equals(base)) {
          return SliceIdentifier.of("front door");
        }
        return p.startsWith(base + ".") ? SliceIdentifier.of(p.substring(base.length() + 1).split("\\.")[0])
            : SliceIdentifier.ignore();
      }

      @Override
      public String getDescription() {
        return "the packages of " + base;
      }
    }).should().beFreeOfCycles();
  }
}
