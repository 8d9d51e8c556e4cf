/** SMS and WhatsApp via Twilio: a signed form POST per message, verified, normalised and on Kafka before Twilio hears 200. */
@NullMarked
package dev.switchboard.ingest.twilio;

import org.jspecify.annotations.NullMarked;
