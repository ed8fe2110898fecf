package org.spinecase.interfaces.shared.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Registered in META-INF/faces-config.xml; see {@link ClinicExceptionHandler} for why. */
public class ClinicExceptionHandlerFactory extends ExceptionHandlerFactory {

  public ClinicExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new ClinicExceptionHandler(getWrapped().getExceptionHandler());
  }
}
