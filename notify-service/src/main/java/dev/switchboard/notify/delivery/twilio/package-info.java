/** SMS and WhatsApp replies through Twilio's Messages API. */
@NullMarked
package dev.switchboard.notify.delivery.twilio;

import org.jspecify.annotations.NullMarked;
