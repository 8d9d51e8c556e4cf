/** Email replies over SMTP, threaded into the customer's conversation. */
@NullMarked
package dev.switchboard.notify.delivery.email;

import org.jspecify.annotations.NullMarked;
