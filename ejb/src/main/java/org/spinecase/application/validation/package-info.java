/**
 * Bean Validation constraints for clinical rules that the standard constraints cannot express. Each
 * one asks the domain model, so the form and the record judge input the same way.
 */
package org.spinecase.application.validation;
