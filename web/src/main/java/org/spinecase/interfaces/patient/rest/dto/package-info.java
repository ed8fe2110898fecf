/** JSON shapes of the patient API. */
package org.spinecase.interfaces.patient.rest.dto;
