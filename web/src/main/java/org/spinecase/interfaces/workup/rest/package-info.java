/** REST API for the second-opinion workup: sections, studies, blocks, signing, addenda and the summary. */
package org.spinecase.interfaces.workup.rest;
