/** Messenger, Instagram and WhatsApp Cloud API replies through Meta's Graph API. */
@NullMarked
package dev.switchboard.notify.delivery.meta;

import org.jspecify.annotations.NullMarked;
