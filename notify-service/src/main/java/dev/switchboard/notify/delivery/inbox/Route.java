package dev.switchboard.notify.delivery.inbox;

import dev.switchboard.notify.delivery.provider.ProviderClient;
import dev.switchboard.notify.delivery.provider.ProviderGuard;

/** The way out for one inbox's replies: its provider's client and the guard around its sender. */
public record Route(Inbox inbox, ProviderClient client, ProviderGuard guard) {
}
