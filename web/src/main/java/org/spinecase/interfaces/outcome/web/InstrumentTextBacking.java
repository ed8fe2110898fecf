package org.spinecase.interfaces.outcome.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.spinecase.application.InstrumentTextService;
import org.spinecase.application.InvalidInputException;
import org.spinecase.domain.model.outcome.Instrument;
import org.spinecase.domain.model.outcome.Instruments;
import org.spinecase.domain.model.outcome.Licensing;
import org.spinecase.interfaces.shared.web.ErrorPages;
import org.spinecase.interfaces.shared.web.PageMessages;
import org.spinecase.interfaces.shared.web.SignedInClinician;

/**
 * admin/instrument-text.xhtml: the administrator pastes the licensed item text the clinic holds
 * a licence for (lines {@code item;option;text}) for one instrument and language; it replaces what
 * was supplied before for that pair. Free instruments ship their text and are not offered.
 */
@Named
@ViewScoped
public class InstrumentTextBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String PASTED = "textForm:pasted";

  @Inject private InstrumentTextService texts;
  @Inject private SignedInClinician clinician;

  private String instrumentCode;
  private String language = "en";
  private String pasted;
  private Integer supplied;

  public void load() {
    if (!clinician.isAdmin()) {
      ErrorPages.forbidden();
    }
  }

  public void supply() {
    supplied = null;
    SuppliedTextCsv.Result result = SuppliedTextCsv.parse(pasted);
    if (!result.problems().isEmpty()) {
      result.problems().forEach(p ->
          PageMessages.fieldError(PASTED, PageMessages.text("oc", "text.lineProblem", p.line(), p.message())));
      return;
    }
    if (result.texts().isEmpty()) {
      PageMessages.fieldError(PASTED, PageMessages.text("oc", "text.nothing"));
      return;
    }
    try {
      supplied = texts.supply(instrumentCode, language, result.texts());
      pasted = null;
    } catch (InvalidInputException e) {
      e.getViolations().forEach(v -> {
        if ("texts".equals(v.field()) || v.field() == null) {
          PageMessages.fieldError(PASTED, v.message());
        } else if ("instrumentCode".equals(v.field()) || "instrument".equals(v.field())) {
          PageMessages.fieldError("textForm:instrument", v.message());
        } else if ("language".equals(v.field())) {
          PageMessages.fieldError("textForm:language", v.message());
        } else {
          PageMessages.fieldError(PASTED, v.message());
        }
      });
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  /** The instruments whose text is licensed and so supplied by the clinic. */
  public List<Instrument> getLicensed() {
    return Instruments.ALL.stream().filter(i -> i.licensing() == Licensing.LICENSED).toList();
  }

  public String getInstrumentCode() {
    return instrumentCode;
  }

  public void setInstrumentCode(String instrumentCode) {
    this.instrumentCode = instrumentCode;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getPasted() {
    return pasted;
  }

  public void setPasted(String pasted) {
    this.pasted = pasted;
  }

  public Integer getSupplied() {
    return supplied;
  }
}
