/** Provider receipts for our replies: related to our message ids through the delivery log, told on as changes. */
@NullMarked
package dev.switchboard.notify.delivery.receipt;

import org.jspecify.annotations.NullMarked;
