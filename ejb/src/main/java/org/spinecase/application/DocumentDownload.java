package org.spinecase.application;

import org.spinecase.domain.model.referral.DocumentType;

/**
 * A stored workup document ready to be sent: its name, the type recognised when it was uploaded
 * (which decides the media type served, never the name), and the bytes.
 */
public record DocumentDownload(String fileName, DocumentType type, byte[] content) {}
