/** HTTP details shared by the pages, the download servlets and the REST API. */
package org.spinecase.interfaces.shared.http;
