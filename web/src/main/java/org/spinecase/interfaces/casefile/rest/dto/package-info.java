/** JSON shapes of the case API; records bound by JSON-B, no behaviour. */
package org.spinecase.interfaces.casefile.rest.dto;
