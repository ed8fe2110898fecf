/** REST API for cases: the case with its care team and timeline, and the lifecycle commands. */
package org.spinecase.interfaces.casefile.rest;
