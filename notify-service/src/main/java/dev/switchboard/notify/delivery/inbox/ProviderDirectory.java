package dev.switchboard.notify.delivery.inbox;

import dev.switchboard.events.AgentReplied;
import dev.switchboard.notify.delivery.email.EmailReplies;
import dev.switchboard.notify.delivery.meta.MetaSendApi;
import dev.switchboard.notify.delivery.meta.WhatsappCloudApi;
import dev.switchboard.notify.delivery.provider.ProviderGuards;
import dev.switchboard.notify.delivery.provider.ProviderHttp;
import dev.switchboard.notify.delivery.provider.ProviderProperties;
import dev.switchboard.notify.delivery.twilio.TwilioMessages;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Finds the way out for a reply by its inbox, built once at start from the configuration: a misconfigured inbox stops
 * the service from starting rather than parking every reply it sends.
 */
@Component
public class ProviderDirectory {

    private final Map<String, Route> routes = new HashMap<>();
    private final InboxProperties inboxes;
    private final ProviderProperties providers;
    private final ProviderHttp http;
    private final ProviderGuards guards;

    ProviderDirectory(InboxProperties inboxes, ProviderProperties providers, ProviderHttp http,
            ProviderGuards guards) {
        this.inboxes = inboxes;
        this.providers = providers;
        this.http = http;
        this.guards = guards;
        inboxes.inboxes().stream().map(this::routeOf).flatMap(Optional::stream).forEach(this::add);
    }

    /** The route for the reply's inbox, if it is declared, in the reply's workspace and on the reply's channel. */
    public Optional<Route> routeFor(AgentReplied reply) {
        return Optional.ofNullable(routes.get(reply.inboxId()))
                .filter(route -> Objects.equals(route.inbox().workspaceId(), reply.workspaceId()))
                .filter(route -> route.inbox().channel() == reply.channel());
    }

    private Optional<Route> routeOf(Inbox inbox) {
        if (inbox.twilio() != null) {
            var twilio = new TwilioMessages(inbox.id(), inbox.channel(), inbox.twilio(), http,
                    inboxes.ingestPublicBaseUrl());
            return Optional.of(new Route(inbox, twilio, guards.guard(twilio.provider(), twilio.sender(),
                    inbox.twilio().messagesPerSecond())));
        }
        if (inbox.meta() != null) {
            return Optional.of(new Route(inbox, new MetaSendApi(inbox.meta(), http),
                    guards.guard(MetaSendApi.PROVIDER, inbox.id(), inbox.meta().messagesPerSecond())));
        }
        if (inbox.whatsappCloud() != null) {
            return Optional.of(new Route(inbox, new WhatsappCloudApi(inbox.whatsappCloud(), http),
                    guards.guard(WhatsappCloudApi.PROVIDER, inbox.whatsappCloud().phoneNumberId(),
                            inbox.whatsappCloud().messagesPerSecond())));
        }
        if (inbox.email() != null) {
            var email = new EmailReplies(inbox.email(), providers.connectTimeout(), providers.answerTimeout(),
                    inboxes.emailDefaultSubject());
            return Optional.of(new Route(inbox, email,
                    guards.guard(email.provider(), email.sender(), inbox.email().messagesPerSecond())));
        }
        return Optional.empty();
    }

    private void add(Route route) {
        if (routes.putIfAbsent(route.inbox().id(), route) != null) {
            throw new IllegalStateException("inbox " + route.inbox().id() + " is declared twice");
        }
    }
}
