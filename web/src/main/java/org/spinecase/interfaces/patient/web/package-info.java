/** Patient registry pages: search, register, view, edit and the history of changes. */
package org.spinecase.interfaces.patient.web;
