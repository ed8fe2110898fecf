/**
 * The second-opinion workup pages: one backing bean for the page, one small form class per
 * section, the summary on screen and as PDF, and the study report download.
 */
package org.spinecase.interfaces.workup.web;
