package dev.switchboard.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.conversation.agent.AgentRole;
import dev.switchboard.events.ContactMerged;
import dev.switchboard.events.ConversationOpened;
import dev.switchboard.events.MessageReceived;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Contacts: identities and history across channels, and supervisors merging two contacts of one customer. */
class ContactApiTest extends SwitchboardIntegrationTest {

    @Test
    void aContactShowsItsIdentityAndItsConversationsLatestFirst() {
        // Given a customer whose first conversation was resolved before they wrote again, past the reopen window
        String handle = InboundFixtures.uniqueHandle();
        String first = deliver(InboundFixtures.webchatMessage(handle, "Hi"));
        assertThat(api.post("/api/v1/conversations/" + first + "/resolve", sam(), null).status()).isEqualTo(200);
        String second = deliver(InboundFixtures.webchatMessageAfterReopenWindow(handle, "Me again"));

        // When an agent reads the contact
        AgentApi.Response contact = api.get(contactPath(handle), api.tokenFor("bob", "bob-local-pw"));

        // Then it shows how to reach them and both conversations, the latest first
        assertThat(contact.status()).isEqualTo(200);
        assertThat(contact.body().path("identities").valueStream().map(identity -> identity.path("handle")
                .asString())).containsExactly(handle);
        assertThat(contact.body().path("conversations").valueStream()
                .map(c -> c.path("id").asString() + ":" + c.path("status").asString()))
                .containsExactly(second + ":OPEN", first + ":RESOLVED");
        assertThat(contact.body().path("conversations").get(0).path("lastActivityAt").asString()).isNotBlank();
    }

    @Test
    void aMergeMovesIdentitiesAndConversationsOnceAndTheMergedContactPointsAtTheSurvivor() {
        // Given two contacts of one customer, each with a conversation
        String survivorHandle = InboundFixtures.uniqueHandle();
        String mergedHandle = InboundFixtures.uniqueHandle();
        String kept = deliver(InboundFixtures.webchatMessage(survivorHandle, "Hi from the laptop"));
        String moved = deliver(InboundFixtures.webchatMessage(mergedHandle, "Hi from the phone"));
        String survivor = contactId(survivorHandle);
        String merged = contactId(mergedHandle);

        // When a supervisor merges the second into the first, twice
        AgentApi.Response merge = api.post(contactPath(survivorHandle) + "/merge", sam(), Map.of("from", merged));
        AgentApi.Response again = api.post(contactPath(survivorHandle) + "/merge", sam(), Map.of("from", merged));

        // Then the survivor has both identities and both conversations, and the merge was announced once
        assertThat(merge.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(merge.body().path("identities").valueStream().map(i -> i.path("handle").asString()))
                .containsExactlyInAnyOrder(survivorHandle, mergedHandle);
        assertThat(conversationIds(merge.body())).containsExactlyInAnyOrder(kept, moved);
        KafkaProbe.Received<ContactMerged> announced = kafka.await(ContactMerged.class,
                event -> event.mergedContactId().equals(merged));
        assertThat(announced.key()).isEqualTo(survivor);
        assertThat(announced.ceType()).isEqualTo("dev.switchboard.contact.merged.v1");
        assertThat(announced.event().contactId()).isEqualTo(survivor);
        assertThat(announced.event().conversationIds()).containsExactly(moved);
        assertThat(announced.event().agentId()).isEqualTo("sam");

        // And reading the merged contact points at the survivor
        AgentApi.Response redirected = api.get(contactPath(mergedHandle), sam());
        assertThat(redirected.status()).isEqualTo(308);
        assertThat(redirected.headers().firstValue("Location")).hasValue("/api/v1/contacts/" + survivor);
        assertThat(redirected.text("mergedInto")).isEqualTo(survivor);

        // And the moved conversation is the survivor's; when the customer writes again from the merged identity
        // after it was resolved (past the reopen window), the new conversation is the survivor's too
        assertThat(api.get("/api/v1/conversations/" + moved, sam()).text("contactId")).isEqualTo(survivor);
        assertThat(api.post("/api/v1/conversations/" + moved + "/resolve", sam(), null).status()).isEqualTo(200);
        MessageReceived later = InboundFixtures.webchatMessageAfterReopenWindow(mergedHandle, "Still me");
        String opened = deliver(later);
        assertThat(opened).isNotEqualTo(moved);
        assertThat(kafka.await(ConversationOpened.class, event -> event.conversationId().equals(opened)).event()
                .contactId()).isEqualTo(survivor);
        assertThat(kafka.matching(ContactMerged.class, event -> event.mergedContactId().equals(merged))).hasSize(1);
    }

    @Test
    void onlySupervisorsMergeAndOtherWorkspacesSeeNoContact() {
        // Given two contacts, alice (an agent) and olga (a supervisor of another workspace)
        String handle = InboundFixtures.uniqueHandle();
        deliver(InboundFixtures.webchatMessage(handle, "Hi"));
        String otherHandle = InboundFixtures.uniqueHandle();
        deliver(InboundFixtures.webchatMessage(otherHandle, "Hello"));
        String other = contactId(otherHandle);
        seedAgent("olga-acme", "acme", AgentRole.SUPERVISOR, "olga-test-pw");
        String olga = api.tokenFor("olga-acme", "olga-test-pw");

        // When alice merges, and olga reads and merges
        AgentApi.Response alices = api.post(contactPath(handle) + "/merge", api.tokenFor("alice", "alice-local-pw"),
                Map.of("from", other));
        AgentApi.Response olgasRead = api.get(contactPath(handle), olga);
        AgentApi.Response olgasMerge = api.post(contactPath(handle) + "/merge", olga, Map.of("from", other));

        // Then alice is forbidden, and for olga the contacts do not exist
        assertThat(alices.status()).isEqualTo(403);
        assertThat(alices.text("type")).isEqualTo("https://switchboard.dev/problems/supervisor-only");
        for (AgentApi.Response response : List.of(olgasRead, olgasMerge)) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.text("type")).isEqualTo("https://switchboard.dev/problems/contact-not-found");
        }
    }

    @Test
    void operatorsInContactIdsAreBadRequests() {
        // Given a contact
        String handle = InboundFixtures.uniqueHandle();
        deliver(InboundFixtures.webchatMessage(handle, "Hi"));
        String merge = contactPath(handle) + "/merge";

        // When ids carry operators, JSON, or the contact itself
        AgentApi.Response inPath = api.get("/api/v1/contacts/%7B%22%24gt%22%3A%22%22%7D", sam());
        AgentApi.Response asObject = api.post(merge, sam(), Map.of("from", Map.of("$gt", "")));
        AgentApi.Response asOperator = api.post(merge, sam(), Map.of("from", "$where"));
        AgentApi.Response itself = api.post(merge, sam(), Map.of("from", contactId(handle)));

        // Then each is a 400 problem, naming the field where there is one
        assertThat(inPath.status()).isEqualTo(400);
        assertThat(inPath.body().findValuesAsString("field")).containsExactly("id");
        assertThat(asObject.status()).isEqualTo(400);
        assertThat(asObject.text("type")).isEqualTo("https://switchboard.dev/problems/malformed-request");
        assertThat(asOperator.body().findValuesAsString("field")).containsExactly("from");
        assertThat(itself.status()).isEqualTo(400);
        assertThat(itself.body().findValuesAsString("field")).containsExactly("from");
    }

    private static List<String> conversationIds(JsonNode contact) {
        return contact.path("conversations").valueStream().map(c -> c.path("id").asString()).toList();
    }

    private static String contactId(String handle) {
        return MessageReceived.threadOf(InboundFixtures.WORKSPACE, InboundFixtures.INBOX, handle);
    }

    private static String contactPath(String handle) {
        return "/api/v1/contacts/" + contactId(handle);
    }

    private String sam() {
        return api.tokenFor("sam", "sam-local-pw");
    }
}
