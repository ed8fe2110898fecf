package org.spinecase.domain.model.casefile;

import static java.util.Map.entry;
import static org.spinecase.domain.model.casefile.CareCommand.ACCEPT;
import static org.spinecase.domain.model.casefile.CareCommand.AGREE_PLAN;
import static org.spinecase.domain.model.casefile.CareCommand.CLOSE;
import static org.spinecase.domain.model.casefile.CareCommand.DECLINE;
import static org.spinecase.domain.model.casefile.CareCommand.INFORMATION_RECEIVED;
import static org.spinecase.domain.model.casefile.CareCommand.MARK_READY_FOR_MDT;
import static org.spinecase.domain.model.casefile.CareCommand.RECORD_MDT_DECISION;
import static org.spinecase.domain.model.casefile.CareCommand.REQUEST_INFORMATION;
import static org.spinecase.domain.model.casefile.CareCommand.RETURN_TO_WORKUP;
import static org.spinecase.domain.model.casefile.CareCommand.START_FOLLOW_UP;
import static org.spinecase.domain.model.casefile.CareCommand.START_TREATMENT;
import static org.spinecase.domain.model.casefile.CaseStatus.CLOSED;
import static org.spinecase.domain.model.casefile.CaseStatus.FOLLOW_UP;
import static org.spinecase.domain.model.casefile.CaseStatus.IN_TREATMENT;
import static org.spinecase.domain.model.casefile.CaseStatus.MDT_DECIDED;
import static org.spinecase.domain.model.casefile.CaseStatus.PLAN_AGREED;
import static org.spinecase.domain.model.casefile.CaseStatus.READY_FOR_MDT;
import static org.spinecase.domain.model.casefile.CaseStatus.WORKUP;
import static org.spinecase.domain.model.referral.ReferralStatus.AWAITING_INFORMATION;
import static org.spinecase.domain.model.referral.ReferralStatus.DECLINED;
import static org.spinecase.domain.model.referral.ReferralStatus.RECEIVED;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;
import org.spinecase.domain.model.shared.FreeText;

/**
 * The one state machine of an episode of care, from the referral's arrival to the case's closure,
 * as a table of transitions.
 *
 * <p>One table rather than rules spread over the referral, the case and the pages: what the buttons
 * offer, what the services allow, what the tests check and what the REST API refuses are then the
 * same thing, and a new step is one new row. The records ({@code Referral}, {@link CaseFile}) ask
 * this table and obey; they never decide a transition themselves.
 */
public final class CareLifecycle {

  static final String SURGEON = Discipline.SURGERY.role();
  static final String PAIN_SPECIALIST = Discipline.PAIN_MEDICINE.role();
  static final String COORDINATOR = Discipline.COORDINATION.role();

  private static final Set<String> TRIAGERS = Set.of(SURGEON, PAIN_SPECIALIST);
  private static final Set<String> INTAKE = Set.of(COORDINATOR, SURGEON, PAIN_SPECIALIST);

  private static final Map<String, String> PEOPLE =
      Map.ofEntries(
          entry(SURGEON, "a surgeon"),
          entry(PAIN_SPECIALIST, "a pain specialist"),
          entry(Discipline.PHYSIOTHERAPY.role(), "a physiotherapist"),
          entry(Discipline.PSYCHOLOGY.role(), "a psychologist"),
          entry(COORDINATOR, "a coordinator"),
          entry("admin", "an administrator"));

  private static final List<Transition> TABLE = table();

  private CareLifecycle() {}

  private static List<Transition> table() {
    List<Transition> rows = new ArrayList<>();
    rows.add(
        new Transition(RECEIVED, REQUEST_INFORMATION, AWAITING_INFORMATION, TRIAGERS, true, false));
    rows.add(
        new Transition(AWAITING_INFORMATION, INFORMATION_RECEIVED, RECEIVED, INTAKE, false, false));
    for (CareState untriaged : List.of(RECEIVED, AWAITING_INFORMATION)) {
      rows.add(new Transition(untriaged, ACCEPT, WORKUP, TRIAGERS, false, false));
      rows.add(new Transition(untriaged, DECLINE, DECLINED, TRIAGERS, true, false));
    }
    rows.add(new Transition(WORKUP, MARK_READY_FOR_MDT, READY_FOR_MDT, TRIAGERS, false, true));
    rows.add(new Transition(READY_FOR_MDT, RETURN_TO_WORKUP, WORKUP, TRIAGERS, true, true));
    rows.add(new Transition(READY_FOR_MDT, RECORD_MDT_DECISION, MDT_DECIDED, TRIAGERS, true, true));
    rows.add(new Transition(MDT_DECIDED, AGREE_PLAN, PLAN_AGREED, TRIAGERS, false, true));
    rows.add(new Transition(PLAN_AGREED, START_TREATMENT, IN_TREATMENT, TRIAGERS, false, true));
    rows.add(new Transition(IN_TREATMENT, START_FOLLOW_UP, FOLLOW_UP, TRIAGERS, false, true));
    for (CaseStatus open : EnumSet.range(WORKUP, FOLLOW_UP)) {
      rows.add(new Transition(open, CLOSE, CLOSED, TRIAGERS, true, true));
    }
    return List.copyOf(rows);
  }

  /** Every row of the table, in the order of the episode. */
  public static List<Transition> transitions() {
    return TABLE;
  }

  /** Every state an episode can be in: the ends of the table's rows. */
  public static Set<CareState> states() {
    Set<CareState> states = new LinkedHashSet<>();
    TABLE.forEach(
        row -> {
          states.add(row.from());
          states.add(row.to());
        });
    return states;
  }

  /** A state nothing leaves: the episode is over (declined or closed). */
  public static boolean isTerminal(CareState state) {
    return TABLE.stream().noneMatch(row -> row.from() == state);
  }

  /** The row for this command in this state, whoever asks. */
  public static Optional<Transition> transition(CareState from, CareCommand command) {
    return TABLE.stream().filter(row -> row.from() == from && row.command() == command).findFirst();
  }

  /**
   * The commands the caller's roles allow in this state, in the order of the episode. Care-team
   * membership is not known here; see {@link CaseFile#availableTo}.
   */
  public static Set<CareCommand> available(CareState state, Set<String> roles) {
    return TABLE.stream()
        .filter(row -> row.from() == state && row.allows(roles))
        .map(Transition::command)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(CareCommand.class)));
  }

  /**
   * The state the command leads to.
   *
   * @throws IllegalTransitionException when the status or the roles do not allow the command
   * @throws ClinicalRuleViolation on field {@code reason} when a required reason is missing
   */
  public static CareState apply(
      CareState state, CareCommand command, Set<String> roles, String reason) {
    return check(state, command, roles, reason).to();
  }

  /**
   * The row that allows the command, so that the record can also honour {@link
   * Transition#careTeamOnly()}. Roles are checked before the status: a role that may never give the
   * command is told so, whatever the status.
   */
  public static Transition check(
      CareState state, CareCommand command, Set<String> roles, String reason) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(command, "command");
    Set<String> callerRoles = roles == null ? Set.of() : roles;
    boolean everAllowed =
        TABLE.stream().anyMatch(row -> row.command() == command && row.allows(callerRoles));
    Transition row = transition(state, command).orElse(null);
    if (!everAllowed || (row != null && !row.allows(callerRoles))) {
      throw new IllegalTransitionException(
          IllegalTransitionException.Refusal.ROLE,
          state,
          command,
          sentence(state, command) + " by " + people(callerRoles) + ".");
    }
    if (row == null) {
      throw new IllegalTransitionException(
          IllegalTransitionException.Refusal.STATUS,
          state,
          command,
          sentence(state, command) + ".");
    }
    if (row.reasonRequired() && FreeText.tidy(reason) == null) {
      throw new ClinicalRuleViolation("reason", command.reasonPrompt());
    }
    return row;
  }

  /** "A case in status Workup in progress cannot be closed". */
  static String sentence(CareState state, CareCommand command) {
    return "A "
        + state.recordName()
        + " in status "
        + state.label()
        + " cannot be "
        + command.passive();
  }

  /** "a physiotherapist", "a physiotherapist or a psychologist". */
  static String people(Set<String> roles) {
    List<String> named = roles.stream().sorted().map(PEOPLE::get).filter(Objects::nonNull).toList();
    return named.isEmpty() ? "someone without a clinical role" : String.join(" or ", named);
  }
}
