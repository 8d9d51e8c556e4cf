/**
 * Signed webhooks (Standard Webhooks) to the systems a workspace registers: every conversation and delivery event,
 * accepted durably from Kafka, retried for days, in order per conversation, never to an internal address.
 */
@NullMarked
package dev.switchboard.notify.webhook;

import org.jspecify.annotations.NullMarked;
