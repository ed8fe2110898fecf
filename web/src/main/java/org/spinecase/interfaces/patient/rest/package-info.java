/** REST API for the patient registry: search, register (with the duplicate check), read and edit. */
package org.spinecase.interfaces.patient.rest;
