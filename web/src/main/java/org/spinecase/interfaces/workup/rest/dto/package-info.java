/** JSON shapes of the workup API. */
package org.spinecase.interfaces.workup.rest.dto;
