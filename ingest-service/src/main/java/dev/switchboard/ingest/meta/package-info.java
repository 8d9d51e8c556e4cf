/**
 * Messenger, Instagram and WhatsApp Cloud API via Meta: a signed JSON batch per POST, every message and receipt in it
 * verified, normalised and on Kafka before Meta hears 200.
 */
@NullMarked
package dev.switchboard.ingest.meta;

import org.jspecify.annotations.NullMarked;
