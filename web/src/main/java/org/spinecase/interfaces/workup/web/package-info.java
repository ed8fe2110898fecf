/**
 * The workup pages (workup/edit.xhtml with one include per section, workup/summary.xhtml) and
 * their beans.
 *
 * <p><b>What EL reads.</b> Facelets EL reads JavaBean properties ({@code getX}/{@code isX}); it
 * does not see a record's accessors, so {@code #{row.block.performedOn}} on a record fails at
 * render time with a PropertyNotFoundException. The one rule: pages read properties of backing
 * beans, forms and view models only. A record reaches a page only as a view model that carries
 * getters (the rows of {@code WorkupView} and {@code WorkupSummary}, {@link Option}); a view model
 * hands out no domain record as a property, only what the page shows (labels, dates, numbers).
 * Methods are called in EL only on beans, with arguments ({@code #{diagnosticBlocks.reliefAt(b,
 * t)}}), and on enums ({@code label()}, {@code name()}). WorkupBrowserIT opens every section and
 * every saved form with a fully filled record, so a break of the rule fails the build.
 */
package org.spinecase.interfaces.workup.web;
