/** REST API for the worklists, paged and sorted in SQL like the pages. */
package org.spinecase.interfaces.worklist.rest;
