/** The administrator's pages about access: the review of break-glass grants. */
package org.spinecase.interfaces.access.web;
