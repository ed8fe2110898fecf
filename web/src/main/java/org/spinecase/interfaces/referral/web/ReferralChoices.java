package org.spinecase.interfaces.referral.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.spinecase.domain.model.referral.DocumentKind;
import org.spinecase.domain.model.referral.RedFlag;
import org.spinecase.domain.model.referral.ReferralChannel;
import org.spinecase.domain.model.referral.ReferralQuestion;
import org.spinecase.domain.model.referral.Urgency;

/**
 * The coded lists of the referral forms, straight from the domain's enums (labels from their
 * {@code label()}), so that what the clinic will count is never typed as free text.
 */
@Named("rfCodes")
@ApplicationScoped
public class ReferralChoices {

  private static final List<Integer> NRS = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

  public List<ReferralChannel> getChannels() {
    return List.of(ReferralChannel.values());
  }

  public List<ReferralQuestion> getQuestions() {
    return List.of(ReferralQuestion.values());
  }

  public List<Urgency> getUrgencies() {
    return List.of(Urgency.values());
  }

  public List<RedFlag> getRedFlags() {
    return List.of(RedFlag.values());
  }

  public List<DocumentKind> getDocumentKinds() {
    return List.of(DocumentKind.values());
  }

  /** The numeric rating scale, 0 (no pain) to 10 (worst imaginable). */
  public List<Integer> getNrs() {
    return NRS;
  }
}
