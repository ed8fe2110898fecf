/**
 * The clinic's use cases as the web pages and the REST API call them: services that check roles,
 * load records, let the records apply their rules, and log access. Forms and result records here
 * are the only types the web module needs besides the domain entities.
 */
package org.spinecase.application;
