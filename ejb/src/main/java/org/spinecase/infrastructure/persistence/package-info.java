/**
 * JPA, Envers and Flyway behind the application services: queries for records, their saved history,
 * and the schema migrations run at deployment.
 */
package org.spinecase.infrastructure.persistence;
