/** JSON shapes of the worklist API. */
package org.spinecase.interfaces.worklist.rest.dto;
