package dev.switchboard.notify.delivery.provider;

import dev.switchboard.events.AgentReplied;
import java.util.List;

/** One inbox's provider account, as a reply sees it: the requests that carry the reply out, in order. */
public interface ProviderClient {

    /** The provider's name; there is one circuit breaker and one bulkhead per provider. */
    String provider();

    /** The requests that carry {@code reply}: one, or one per part where the API takes one thing at a time. */
    List<ProviderCall> callsFor(AgentReplied reply);
}
