/**
 * The workup's clinical content as JSON for its jsonb columns: written and read by hand with
 * Jakarta JSON Processing, because the domain's values are immutable records and grids with
 * checked constructors that a binder would have to bypass. Reading goes through the same
 * constructors and "with" methods as entry, so a stored value is checked again when it is read.
 */
package org.spinecase.infrastructure.json;
