package dev.switchboard.local;

import java.time.Duration;

/**
 * What a person needs to try the running stack: URLs, the demo workspace, and its local-only credentials. These
 * values are the ones the services' {@code application-local.yml} files hold; they are for this machine only.
 */
final class DemoWorkspace {

    private DemoWorkspace() {
    }

    static String describe(LocalStack stack, Duration startup) {
        return """

                Switchboard is running (started in %ds). Ctrl-C stops everything; data stays in %s.

                  agent console         %s/console/   (alice / alice-local-pw; sam for the floor)
                  web chat demo page    %s/webchat/demo.html

                  ingest-service        %s   web chat: POST /webchat/{inboxId}/sessions, /webchat/{inboxId}/messages
                                                                webhooks: /webhooks/twilio|meta|email/{inboxId}
                  conversation-service  %s   agents' REST API: /api/v1/...
                  routing-service       %s
                  notify-service        %s   WebSockets: /ws/agent?access_token=..., /ws/webchat/{inboxId}?token=...
                                                                replies to providers: GET /sandbox/outbox (SMTP on 3025)
                  Kafka (KRaft)         %s
                  MongoDB wire protocol %s
                  service logs          %s

                Demo workspace "demo"
                  inboxes  demo-webchat  demo-sms  demo-email  demo-messenger  demo-instagram  demo-whatsapp
                           demo-whatsapp-cloud
                  agents   alice / alice-local-pw   (agent, capacity 6)
                           bob   / bob-local-pw     (agent, capacity 6)
                           sam   / sam-local-pw     (supervisor)
                           ada   / ada-local-pw     (admin: workspace settings, business hours)
                  local signing secrets (never use outside this machine)
                    agent tokens    local-only-agent-token-secret-change-me-0123456789
                    visitor tokens  local-only-visitor-token-secret-change-me-0123456789
                    Twilio demo-sms       +15005550006           local-only-twilio-auth-token-demo-sms
                    Twilio demo-whatsapp  whatsapp:+14155238886  local-only-twilio-auth-token-demo-whatsapp
                    Meta app secret       local-only-meta-app-secret-demo (verify token local-only-meta-verify-token-demo)
                    email relay           demo-email / local-only-email-relay-secret-demo

                Try it: README.md, "Walk through the skeleton with curl", and one signed request per channel.
                """.formatted(startup.toSeconds(), stack.settings().dataDir(),
                stack.url(Service.CONVERSATION), stack.url(Service.INGEST),
                stack.url(Service.INGEST), stack.url(Service.CONVERSATION), stack.url(Service.ROUTING),
                stack.url(Service.NOTIFY), stack.kafkaBootstrapServers(), stack.mongoUri(),
                stack.settings().dataDir().resolve("logs"));
    }
}
