/** The local profile's provider sandbox: answers as Twilio, Meta and SMTP would, and shows what would have gone out. */
@NullMarked
package dev.switchboard.notify.sandbox;

import org.jspecify.annotations.NullMarked;
