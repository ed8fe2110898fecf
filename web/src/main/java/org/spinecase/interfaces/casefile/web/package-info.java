/** The case page (overview, timeline, care team, next steps) and the cases listed on a patient. */
package org.spinecase.interfaces.casefile.web;
