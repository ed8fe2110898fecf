package org.spinecase.interfaces.outcome.web;

import java.util.ArrayList;
import java.util.List;
import org.spinecase.application.SuppliedText;

/**
 * The licensed item text a clinic pastes in, one line per text: {@code item;option;text}, the
 * option empty for the item's own text (its stem). Blank lines and lines starting with {@code #}
 * are skipped; the text may itself contain semicolons. Lines that cannot be read are reported by
 * their number, so that nothing is supplied half.
 */
public final class SuppliedTextCsv {

  /** A line that could not be read. */
  public record Problem(int line, String message) {}

  /** The texts read, and the problems found. */
  public record Result(List<SuppliedText> texts, List<Problem> problems) {}

  private SuppliedTextCsv() {}

  public static Result parse(String pasted) {
    List<SuppliedText> texts = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    if (pasted == null) {
      return new Result(texts, problems);
    }
    String[] lines = pasted.replace("\r\n", "\n").replace('\r', '\n').split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split(";", 3);
      if (parts.length < 3) {
        problems.add(new Problem(i + 1, "expected item;option;text"));
        continue;
      }
      Integer item = number(parts[0]);
      if (item == null) {
        problems.add(new Problem(i + 1, "item is not a number: " + parts[0].strip()));
        continue;
      }
      Integer option = null;
      if (!parts[1].isBlank()) {
        option = number(parts[1]);
        if (option == null) {
          problems.add(new Problem(i + 1, "option is not a number: " + parts[1].strip()));
          continue;
        }
      }
      String text = unquote(parts[2].strip());
      if (text.isEmpty()) {
        problems.add(new Problem(i + 1, "text is empty"));
        continue;
      }
      texts.add(new SuppliedText(item, option, text));
    }
    return new Result(texts, problems);
  }

  private static Integer number(String text) {
    String value = text.strip();
    return value.matches("\\d{1,4}") ? Integer.valueOf(value) : null;
  }

  private static String unquote(String text) {
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      return text.substring(1, text.length() - 1).replace("\"\"", "\"").strip();
    }
    return text;
  }
}
