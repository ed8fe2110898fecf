package org.spinecase.domain.model.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.spinecase.domain.model.casefile.Episodes.Person;
import org.spinecase.domain.model.referral.Referral;
import org.spinecase.domain.model.referral.ReferralStatus;
import org.spinecase.domain.model.security.Clinician;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

/**
 * Random episodes: commands by anyone in any order, with and without reasons. Whatever happens, the
 * episode stays on the lifecycle's graph, each command that goes through adds exactly one step to
 * the timeline, a refused one adds none and changes nothing, the timeline never loses a step, and a
 * finished episode accepts nothing more.
 */
class CareLifecyclePropertiesTest {

  /**
   * One attempt: who, which command, with or without a reason. A steered step picks its command
   * among those the table offers the actor now, so that episodes also get far into the case.
   */
  record Step(Person actor, CareCommand command, boolean withReason, boolean steered, int pick) {

    CareCommand commandIn(CareState state) {
      List<CareCommand> offered = List.copyOf(CareLifecycle.available(state, actor.roles()));
      return steered && !offered.isEmpty() ? offered.get(pick % offered.size()) : command;
    }
  }

  @Provide
  Arbitrary<Step> steps() {
    Arbitrary<Person> actors =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.just(Episodes.VARGA)),
            Tuple.of(4, Arbitraries.of(Episodes.PEOPLE)));
    return Combinators.combine(
            actors,
            Arbitraries.of(CareCommand.class),
            Arbitraries.of(true, true, true, false),
            Arbitraries.of(true, true, false),
            Arbitraries.integers().between(0, 10))
        .as(Step::new);
  }

  @Property(tries = 500)
  void randomEpisodesStayOnTheGraphAndKeepTheirHistory(
      @ForAll @Size(max = 60) List<@net.jqwik.api.From("steps") Step> steps) {
    Referral referral = Episodes.referral();
    List<CaseEvent> history = referral.getEvents();
    for (Step step : steps) {
      CareState before = stateOf(referral);
      CareCommand command = step.commandIn(before);
      boolean applied = attempt(referral, step.actor(), command, step.withReason());
      CareState after = stateOf(referral);
      List<CaseEvent> now = referral.getEvents();

      assertTrue(CareLifecycle.states().contains(after), after.name());
      if (applied) {
        assertEquals(history.size() + 1, now.size(), "one step, one event: " + command);
        assertEquals(CareLifecycle.transition(before, command).orElseThrow().to(), after);
        assertEquals(command.eventKind(), now.get(0).getKind());
        assertEquals(before, now.get(0).getFromStatus());
        assertEquals(after, now.get(0).getToStatus());
      } else {
        assertEquals(history.size(), now.size(), "a refused step leaves no trace: " + command);
        assertEquals(before, after);
      }
      // newest first: what was there stays, in order, after the new steps
      assertEquals(history, now.subList(now.size() - history.size(), now.size()));
      history = now;
    }
    // shows in the report how far the random episodes got, so a weak generator is noticed
    Statistics.label("episode ends in").collect(stateOf(referral).name());
  }

  @Property(tries = 200)
  void finishedEpisodesAcceptNothing(@ForAll("steps") Step step, @ForAll boolean declined) {
    Referral referral = Episodes.referral();
    if (declined) {
      referral.decline("Not an FBSS presentation", "surgeon", Set.of(Episodes.SURGEON));
    } else {
      CaseFile caseFile =
          referral.accept(
              Episodes.VARGA.clinician(), List.of(), null, "surgeon", Set.of(Episodes.SURGEON));
      caseFile.apply(CareCommand.CLOSE, "surgeon", Set.of(Episodes.SURGEON), "Discharged");
    }
    CareState end = stateOf(referral);
    assertTrue(CareLifecycle.isTerminal(end));
    assertTrue(CareLifecycle.available(end, step.actor().roles()).isEmpty());
    int events = referral.getEvents().size();
    assertEquals(false, attempt(referral, step.actor(), step.command(), step.withReason()));
    assertEquals(events, referral.getEvents().size());
    assertEquals(end, stateOf(referral));
  }

  /** Where the episode is: the case's status once there is a case, else the referral's. */
  static CareState stateOf(Referral referral) {
    CareState state =
        referral.getCaseFile() == null ? referral.getStatus() : referral.getCaseFile().getStatus();
    assertNotEquals(ReferralStatus.ACCEPTED, state);
    return state;
  }

  /**
   * Gives the command to the record the episode is in, as the services would; true when it went
   * through. Anything refused must be refused by the lifecycle's exception or a rule on the input.
   */
  static boolean attempt(Referral referral, Person actor, CareCommand command, boolean withReason) {
    String reason = withReason ? "Reason for " + command.label() : null;
    String who = actor.username();
    Set<String> roles = actor.roles();
    try {
      CaseFile caseFile = referral.getCaseFile();
      if (caseFile != null) {
        if (command.needsSignedWorkup() && caseFile.getStatus() == CaseStatus.WORKUP) {
          // ready for MDT comes from signing the workup (WorkupService.sign)
          caseFile.workupSigned(who, roles);
        } else {
          caseFile.apply(command, who, roles, reason);
        }
        return true;
      }
      switch (command) {
        case REQUEST_INFORMATION ->
            referral.requestInformation(reason, LocalDate.now().plusDays(14), who, roles);
        case INFORMATION_RECEIVED -> referral.informationReceived(reason, who, roles);
        case ACCEPT -> referral.accept(leadFor(actor), team(), reason, who, roles);
        case DECLINE -> referral.decline(reason, who, roles);
        default -> {
          // a case command before there is a case: the lifecycle must refuse it
          CareState state = referral.getStatus();
          assertThrows(
              IllegalTransitionException.class,
              () -> CareLifecycle.apply(state, command, roles, "Reason"));
          return false;
        }
      }
      return true;
    } catch (IllegalTransitionException | ClinicalRuleViolation refused) {
      return false;
    }
  }

  private static Clinician leadFor(Person actor) {
    Clinician self = actor.clinician();
    return self.mayLead() ? self : Episodes.VARGA.clinician();
  }

  private static List<Clinician> team() {
    List<Clinician> team = new ArrayList<>();
    team.add(Episodes.NATARAJAN.clinician());
    team.add(Episodes.OSEI.clinician());
    return team;
  }
}
