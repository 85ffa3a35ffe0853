package dev.newsbot.bot;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.newsbot.bot.planted.PlantedInternalUse;
import dev.newsbot.retrieval.CitedParagraph;
import dev.newsbot.retrieval.IndexBusyException;
import dev.newsbot.retrieval.IndexState;
import dev.newsbot.retrieval.ArticleLead;
import dev.newsbot.retrieval.IssueHeadlines;
import dev.newsbot.retrieval.IssueInfo;
import dev.newsbot.retrieval.NewsIndex;
import dev.newsbot.retrieval.StoreChoice;
import dev.newsbot.retrieval.answer.Answer;
import dev.newsbot.retrieval.answer.Byline;
import dev.newsbot.retrieval.answer.Citation;
import dev.newsbot.retrieval.answer.Passage;
import dev.newsbot.retrieval.bench.ArchiveProbe;
import dev.newsbot.retrieval.bench.BenchModel;
import dev.newsbot.retrieval.bench.GeneratedSection;
import dev.newsbot.retrieval.bench.Machine;
import dev.newsbot.retrieval.bench.PeakResident;
import dev.newsbot.retrieval.bench.SolrBeside;
import dev.newsbot.retrieval.embed.EmbeddingChoice;
import dev.newsbot.retrieval.eval.EvalQuestion;
import dev.newsbot.retrieval.eval.EvalReport;
import dev.newsbot.retrieval.indexing.IndexProgress;
import dev.newsbot.retrieval.indexing.IndexReport;
import dev.newsbot.retrieval.indexing.Removal;
import dev.newsbot.retrieval.ingest.RejectedIssueException;
import dev.newsbot.retrieval.search.SearchMode;
import dev.newsbot.retrieval.store.Corpus;
import dev.newsbot.retrieval.text.Language;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The bot reaches retrieval only through its front door, NewsIndex, and the values it takes and
 * returns; the benchmarks also through the bench's door (BenchModel, ArchiveProbe, SolrBeside,
 * GeneratedSection, Machine, PeakResident).
 */
class FrontDoorTest {

  private static final JavaClasses BOT = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.newsbot.bot");

  static final ArchRule ONLY_THE_FRONT_DOOR = noClasses().should().dependOnClassesThat(
      resideInAPackage("dev.newsbot.retrieval..").and(not(withTheirNestedTypes(NewsIndex.class, IssueInfo.class, IndexState.class, ArticleLead.class, IssueHeadlines.class,
          CitedParagraph.class, IndexBusyException.class, Answer.class, Byline.class, Citation.class, Passage.class, Language.class,
          IndexReport.class, IndexProgress.class, Removal.class, RejectedIssueException.class, EmbeddingChoice.class,
          SearchMode.class, EvalQuestion.class, EvalReport.class, BenchModel.class, ArchiveProbe.class,
          SolrBeside.class, GeneratedSection.class, Machine.class, PeakResident.class, StoreChoice.class))))
      .as("bot uses only retrieval's front door and the values it takes and returns");

  static final ArchRule BENCH_DOOR_FOR_THE_BENCH = noClasses().that().resideOutsideOfPackage("dev.newsbot.bot.bench..")
      .should().dependOnClassesThat().resideInAPackage("dev.newsbot.retrieval.bench..")
      .as("only the benchmarks use retrieval's bench door");

  /** The types, and the types nested in them (by name: classes outside bot are not read, only named). */
  private static DescribedPredicate<JavaClass> withTheirNestedTypes(Class<?>... types) {
    Set<String> names = Arrays.stream(types).map(Class::getName).collect(Collectors.toSet());
    return DescribedPredicate.describe("the front door's types", c -> names.contains(c.getName().split("\\$")[0]));
  }

  @Test
  void botUsesOnlyTheFrontDoor() {
    assertThat(BOT.containPackage("dev.newsbot.bot.telegram")).isTrue();
    ONLY_THE_FRONT_DOOR.check(BOT);
    BENCH_DOOR_FOR_THE_BENCH.check(BOT);
  }

  @Test
  void theRuleFindsAPlantedUseOfRetrievalsInside() {
    EvaluationResult result = ONLY_THE_FRONT_DOOR.evaluate(new ClassFileImporter().importClasses(PlantedInternalUse.class));
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails()).isNotEmpty().allSatisfy(d -> assertThat(d)
        .contains(PlantedInternalUse.class.getName()).contains(Corpus.class.getName()));
  }
}
