/** JSON shapes of the outcome API. */
package org.spinecase.interfaces.outcome.rest.dto;
