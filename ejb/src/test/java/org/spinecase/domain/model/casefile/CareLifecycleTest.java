package org.spinecase.domain.model.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spinecase.domain.model.casefile.Episodes.ADMIN;
import static org.spinecase.domain.model.casefile.Episodes.COORDINATOR;
import static org.spinecase.domain.model.casefile.Episodes.PAIN_SPECIALIST;
import static org.spinecase.domain.model.casefile.Episodes.PHYSIOTHERAPIST;
import static org.spinecase.domain.model.casefile.Episodes.PSYCHOLOGIST;
import static org.spinecase.domain.model.casefile.Episodes.SURGEON;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinecase.domain.model.casefile.IllegalTransitionException.Refusal;
import org.spinecase.domain.model.referral.ReferralStatus;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

/**
 * The lifecycle table against the issue's list of transitions, written out again here by hand:
 * every state, every command, every role, allowed or refused and why.
 */
class CareLifecycleTest {

  private record Expected(CareState to, Set<String> roles, boolean reason) {}

  private static final Set<String> TRIAGERS = Set.of(SURGEON, PAIN_SPECIALIST);

  /** The issue's transitions, independently of the production table. */
  private static final Map<String, Expected> SPEC = spec();

  private static Map<String, Expected> spec() {
    Map<String, Expected> spec = new HashMap<>();
    put(
        spec,
        ReferralStatus.RECEIVED,
        CareCommand.REQUEST_INFORMATION,
        ReferralStatus.AWAITING_INFORMATION,
        TRIAGERS,
        true);
    put(
        spec,
        ReferralStatus.AWAITING_INFORMATION,
        CareCommand.INFORMATION_RECEIVED,
        ReferralStatus.RECEIVED,
        Set.of(COORDINATOR, SURGEON, PAIN_SPECIALIST),
        false);
    for (ReferralStatus untriaged :
        List.of(ReferralStatus.RECEIVED, ReferralStatus.AWAITING_INFORMATION)) {
      put(spec, untriaged, CareCommand.ACCEPT, CaseStatus.WORKUP, TRIAGERS, false);
      put(spec, untriaged, CareCommand.DECLINE, ReferralStatus.DECLINED, TRIAGERS, true);
    }
    put(
        spec,
        CaseStatus.WORKUP,
        CareCommand.MARK_READY_FOR_MDT,
        CaseStatus.READY_FOR_MDT,
        TRIAGERS,
        false);
    put(
        spec,
        CaseStatus.READY_FOR_MDT,
        CareCommand.RETURN_TO_WORKUP,
        CaseStatus.WORKUP,
        TRIAGERS,
        true);
    put(
        spec,
        CaseStatus.READY_FOR_MDT,
        CareCommand.RECORD_MDT_DECISION,
        CaseStatus.MDT_DECIDED,
        TRIAGERS,
        true);
    put(
        spec,
        CaseStatus.MDT_DECIDED,
        CareCommand.AGREE_PLAN,
        CaseStatus.PLAN_AGREED,
        TRIAGERS,
        false);
    put(
        spec,
        CaseStatus.PLAN_AGREED,
        CareCommand.START_TREATMENT,
        CaseStatus.IN_TREATMENT,
        TRIAGERS,
        false);
    put(
        spec,
        CaseStatus.IN_TREATMENT,
        CareCommand.START_FOLLOW_UP,
        CaseStatus.FOLLOW_UP,
        TRIAGERS,
        false);
    for (CaseStatus open : EnumSet.range(CaseStatus.WORKUP, CaseStatus.FOLLOW_UP)) {
      put(spec, open, CareCommand.CLOSE, CaseStatus.CLOSED, TRIAGERS, true);
    }
    return spec;
  }

  private static void put(
      Map<String, Expected> spec,
      CareState from,
      CareCommand command,
      CareState to,
      Set<String> roles,
      boolean reason) {
    spec.put(from.name() + "/" + command.name(), new Expected(to, roles, reason));
  }

  static Stream<Arguments> everyStateCommandAndRole() {
    List<CareState> states = new ArrayList<>(List.of(ReferralStatus.values()));
    states.addAll(List.of(CaseStatus.values()));
    List<Set<String>> roleSets = new ArrayList<>();
    Episodes.ROLES.forEach(role -> roleSets.add(Set.of(role)));
    roleSets.add(Set.of(SURGEON, PAIN_SPECIALIST));
    roleSets.add(Set.of(PHYSIOTHERAPIST, PSYCHOLOGIST));
    roleSets.add(Set.of());
    List<Arguments> all = new ArrayList<>();
    for (CareState state : states) {
      for (CareCommand command : CareCommand.values()) {
        for (Set<String> roles : roleSets) {
          all.add(Arguments.of(state, command, roles));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1} by {2}")
  @MethodSource("everyStateCommandAndRole")
  void allowsExactlyTheIssuesTransitions(CareState state, CareCommand command, Set<String> roles) {
    Expected expected = SPEC.get(state.name() + "/" + command.name());
    boolean roleEverAllowed =
        SPEC.entrySet().stream()
            .anyMatch(
                e ->
                    e.getKey().endsWith("/" + command.name())
                        && roles.stream().anyMatch(e.getValue().roles()::contains));
    if (expected != null && roles.stream().anyMatch(expected.roles()::contains)) {
      assertEquals(expected.to(), CareLifecycle.apply(state, command, roles, "Reason given"));
      assertTrue(CareLifecycle.available(state, roles).contains(command));
      if (expected.reason()) {
        ClinicalRuleViolation missing =
            assertThrows(
                ClinicalRuleViolation.class,
                () -> CareLifecycle.apply(state, command, roles, "  "));
        assertEquals("reason", missing.getField());
      } else {
        assertEquals(expected.to(), CareLifecycle.apply(state, command, roles, null));
      }
      return;
    }
    IllegalTransitionException refused =
        assertThrows(
            IllegalTransitionException.class,
            () -> CareLifecycle.apply(state, command, roles, "Reason given"));
    Refusal why = !roleEverAllowed || expected != null ? Refusal.ROLE : Refusal.STATUS;
    assertEquals(why, refused.getRefusal(), refused.getMessage());
    assertEquals(state, refused.getState());
    assertTrue(!CareLifecycle.available(state, roles).contains(command));
  }

  @Test
  void theTableHasExactlyTheIssuesRows() {
    assertEquals(SPEC.size(), CareLifecycle.transitions().size());
    for (Transition row : CareLifecycle.transitions()) {
      Expected expected = SPEC.get(row.from().name() + "/" + row.command().name());
      assertEquals(expected.to(), row.to(), row.toString());
      assertEquals(expected.roles(), row.roles(), row.toString());
      assertEquals(expected.reason(), row.reasonRequired(), row.toString());
      assertEquals(row.from() instanceof CaseStatus, row.careTeamOnly(), row.toString());
    }
  }

  @Test
  void refusalsSayWhatAndWhoInTheClinicsWords() {
    IllegalTransitionException byRole =
        assertThrows(
            IllegalTransitionException.class,
            () ->
                CareLifecycle.apply(
                    CaseStatus.WORKUP, CareCommand.CLOSE, Set.of(PHYSIOTHERAPIST), "Done"));
    assertEquals(
        "A case in status Workup in progress cannot be closed by a physiotherapist.",
        byRole.getMessage());

    IllegalTransitionException byStatus =
        assertThrows(
            IllegalTransitionException.class,
            () ->
                CareLifecycle.apply(
                    ReferralStatus.DECLINED, CareCommand.ACCEPT, Set.of(SURGEON), null));
    assertEquals("A referral in status Declined cannot be accepted.", byStatus.getMessage());
    assertEquals(Refusal.STATUS, byStatus.getRefusal());

    IllegalTransitionException twoRoles =
        assertThrows(
            IllegalTransitionException.class,
            () ->
                CareLifecycle.apply(
                    ReferralStatus.RECEIVED,
                    CareCommand.ACCEPT,
                    Set.of(PSYCHOLOGIST, PHYSIOTHERAPIST),
                    null));
    assertEquals(
        "A referral in status Received cannot be accepted by a physiotherapist or a psychologist.",
        twoRoles.getMessage());

    IllegalTransitionException admin =
        assertThrows(
            IllegalTransitionException.class,
            () ->
                CareLifecycle.apply(
                    CaseStatus.PLAN_AGREED, CareCommand.START_TREATMENT, Set.of(ADMIN), null));
    assertEquals(
        "A case in status Plan agreed cannot be moved into treatment by an administrator.",
        admin.getMessage());
  }

  @Test
  void theGraphIsTheIssuesAndItsEndsAreTerminal() {
    Set<CareState> states = CareLifecycle.states();
    assertEquals(10, states.size(), states.toString());
    assertTrue(
        !states.contains(ReferralStatus.ACCEPTED), "an accepted referral lives on as its case");
    assertTrue(CareLifecycle.isTerminal(ReferralStatus.DECLINED));
    assertTrue(CareLifecycle.isTerminal(CaseStatus.CLOSED));
    for (CareState state : states) {
      if (state != ReferralStatus.DECLINED && state != CaseStatus.CLOSED) {
        assertTrue(!CareLifecycle.isTerminal(state), state.name());
      }
    }
  }

  @Test
  void storedNamesFindTheirState() {
    for (CareState state : CareLifecycle.states()) {
      assertEquals(state, CareState.valueOf(state.name()));
    }
    assertThrows(IllegalArgumentException.class, () -> CareState.valueOf("LOST"));
  }
}
