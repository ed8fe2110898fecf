/**
 * Printable documents written by the application itself: plain text letters as PDF, without a
 * document library, because a letter needs only a standard font and a few lines.
 */
package org.spinecase.infrastructure.pdf;
