package dev.newsbot.bot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.newsbot.bot.conversation.PlantedAdapterUse;
import dev.newsbot.bot.conversation.PlantedTelegramUse;
import org.junit.jupiter.api.Test;

/**
 * Conversation apart from transport: only the Telegram adapter ({@code bot.telegram}) speaks
 * Telegram's types; the conversation's rendering, the console chat and the rest never do.
 */
class TransportTest {

  private static final JavaClasses BOT = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.newsbot.bot");

  static final ArchRule ONLY_THE_ADAPTER_SPEAKS_TELEGRAM = noClasses().that()
      .resideOutsideOfPackage("dev.newsbot.bot.telegram..")
      .should().dependOnClassesThat().resideInAPackage("org.telegram..")
      .as("only the Telegram adapter (bot.telegram) uses Telegram's types");

  /** The neutral rooms: what every way of talking shares. */
  static final String[] NEUTRAL = {"dev.newsbot.bot.conversation..", "dev.newsbot.bot.admin..",
      "dev.newsbot.bot.messages..", "dev.newsbot.bot.feedback..", "dev.newsbot.bot.follow.."};

  static final ArchRule THE_CONVERSATION_NEVER_REACHES_FOR_A_TRANSPORT = noClasses().that().resideInAnyPackage(NEUTRAL)
      .should().dependOnClassesThat().resideInAnyPackage("dev.newsbot.bot.telegram..", "dev.newsbot.bot.cli..",
          "org.telegram..")
      .as("the conversation and the admin room use neither the Telegram adapter, the console nor Telegram's types");

  @Test
  void theConversationNeverReachesForATransport() {
    assertThat(BOT.containPackage("dev.newsbot.bot.admin")).isTrue();
    THE_CONVERSATION_NEVER_REACHES_FOR_A_TRANSPORT.check(BOT);
  }

  @Test
  void theRuleFindsAPlantedUseOfTheAdapterInTheConversation() {
    EvaluationResult result = THE_CONVERSATION_NEVER_REACHES_FOR_A_TRANSPORT.evaluate(
        new ClassFileImporter().importClasses(PlantedAdapterUse.class, PlantedTelegramUse.class));
    assertThat(result.getFailureReport().getDetails()).isNotEmpty()
        .anySatisfy(d -> assertThat(d).contains(PlantedAdapterUse.class.getName())
            .contains("dev.newsbot.bot.telegram.TelegramBot"))
        .anySatisfy(d -> assertThat(d).contains(PlantedTelegramUse.class.getName())
            .contains("org.telegram.telegrambots.meta.api.objects.message.Message"));
  }

  @Test
  void onlyTheTelegramAdapterUsesTelegramsTypes() {
    assertThat(BOT.containPackage("dev.newsbot.bot.conversation")).isTrue();
    assertThat(BOT.stream().filter(c -> c.getPackageName().equals("dev.newsbot.bot.telegram"))
        .anyMatch(c -> c.getDirectDependenciesFromSelf().stream()
            .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("org.telegram")))).isTrue();
    ONLY_THE_ADAPTER_SPEAKS_TELEGRAM.check(BOT);
  }

  @Test
  void theRuleFindsAPlantedUseOfTelegramInTheConversation() {
    EvaluationResult result = ONLY_THE_ADAPTER_SPEAKS_TELEGRAM.evaluate(
        new ClassFileImporter().importClasses(PlantedTelegramUse.class));
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails()).isNotEmpty().allSatisfy(d -> assertThat(d)
        .contains(PlantedTelegramUse.class.getName())
        .contains("org.telegram.telegrambots.meta.api.objects.message.Message"));
  }
}
