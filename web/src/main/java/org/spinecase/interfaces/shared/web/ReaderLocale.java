package org.spinecase.interfaces.shared.web;

import jakarta.faces.FactoryFinder;
import jakarta.faces.application.Application;
import jakarta.faces.application.ApplicationFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The reader's locale where no Faces view is at hand (a PDF download, the REST API): the first of
 * the locales the reader asks for that the pages are written in, else the pages' default. The PDF
 * then writes its dates as the page the reader came from does.
 */
public final class ReaderLocale {

  private ReaderLocale() {}

  public static Locale of(Collection<Locale> requested) {
    Application faces =
        ((ApplicationFactory) FactoryFinder.getFactory(FactoryFinder.APPLICATION_FACTORY))
            .getApplication();
    Locale fallback = faces.getDefaultLocale() == null ? Locale.ENGLISH : faces.getDefaultLocale();
    List<Locale> written = new ArrayList<>(List.of(fallback));
    faces.getSupportedLocales().forEachRemaining(written::add);
    for (Locale wanted : requested) {
      for (Locale page : written) {
        if (page.getLanguage().equals(wanted.getLanguage())) {
          return page;
        }
      }
    }
    return fallback;
  }
}
