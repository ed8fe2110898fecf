package org.spinecase.interfaces.workup.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.spinecase.application.WorkupService;
import org.spinecase.application.WorkupView;
import org.spinecase.application.WorkupView.BlockRow;
import org.spinecase.domain.model.workup.DiagnosticBlock;
import org.spinecase.domain.model.workup.ReadingTime;
import org.spinecase.interfaces.shared.web.ClinicTime;
import org.spinecase.interfaces.shared.web.PageMessages;

/** The injections section of workup/edit.xhtml: recording and correcting diagnostic blocks. */
@Named
@ViewScoped
public class DiagnosticBlocks implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private WorkupEditBacking page;
  @Inject private WorkupService workups;

  private BlockForm block;

  public void newBlock() {
    page.clearConflict();
    block = new BlockForm(ClinicTime.today());
  }

  public void editBlock(int number) {
    page.clearConflict();
    block = page.getView().block(number).map(BlockForm::of).orElse(null);
  }

  public void cancelBlock() {
    block = null;
  }

  public void saveBlock() {
    if (block == null) {
      return;
    }
    Optional<DiagnosticBlock> built = page.build("block", () -> block.toBlock());
    if (built.isEmpty()) {
      return;
    }
    long caseId = page.getCaseId();
    page.change("block", () -> block.isNew() ? workups.recordBlock(caseId, built.get())
        : workups.updateBlock(caseId, block.getNumber(), block.getVersion(), built.get()), e -> {
          page.reload();
          PageMessages.error(PageMessages.text("wu", "conflict.block", block.getNumber()));
          FacesContext.getCurrentInstance().validationFailed();
        }, () -> {
          WorkupView view = page.getView();
          BlockRow saved = block.isNew() ? view.getBlocks().get(view.getBlocks().size() - 1)
              : view.block(block.getNumber()).orElseThrow();
          PageMessages.info(PageMessages.text("wu", "blocks.saved", saved.number(), saved.getTargetLabel()));
          block = null;
        });
  }

  /** Post NRS and relief at one time point of a block, "2 (75 %)", or a dash. */
  public String reliefAt(BlockRow row, ReadingTime time) {
    return row.reliefs().stream().filter(r -> r.time() == time).findFirst()
        .map(r -> r.postNrs() + " (" + Math.round(r.percent()) + " %)").orElse("—");
  }

  public String join(List<Integer> numbers) {
    return String.join(", ", numbers.stream().map(String::valueOf).toList());
  }

  public String percent(Double value) {
    return value == null ? "—" : Math.round(value) + " %";
  }

  public BlockForm getBlock() {
    return block;
  }
}
