/** Web chat replies, delivered to the visitor's open widget sockets. */
@NullMarked
package dev.switchboard.notify.delivery.webchat;

import org.jspecify.annotations.NullMarked;
