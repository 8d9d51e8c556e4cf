package dev.switchboard.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.conversation.agent.AgentRole;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The agents' queue: order, cursor pages, filters, who sees what, and what a filter or id may contain. */
class ConversationQueueApiTest extends SwitchboardIntegrationTest {

    private static final String LIST = "/api/v1/conversations";

    @Test
    void theQueueIsMostUrgentFirstThenLongestWaiting() {
        // Given three conversations of one label: a normal one waiting 30 s, an urgent one 20 s, a normal one 40 s
        String label = uniqueLabel();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String normal = labelled(now.minusSeconds(30), label);
        String urgent = labelled(now.minusSeconds(20), label);
        String oldest = labelled(now.minusSeconds(40), label);
        assertThat(api.patch(LIST + "/" + urgent, sam(), Map.of("priority", "URGENT")).status()).isEqualTo(200);

        // When the supervisor lists that label
        List<String> queue = api.allIds(LIST + "?label=" + label, sam());

        // Then the urgent one leads, then the longest waiting
        assertThat(queue).containsExactly(urgent, oldest, normal);
    }

    @Test
    void pagesFollowTheCursorWithoutRepeatsOrGapsWhenSortKeysAreEqual() {
        // Given five conversations with the same priority that started waiting at the same millisecond
        String label = uniqueLabel();
        Instant at = Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.MILLIS);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(labelled(at, label));
        }

        // When they are read two at a time
        List<List<String>> pages = new ArrayList<>();
        String next = null;
        for (int page = 0; page < 5; page++) {
            AgentApi.Response response = api.get(LIST + "?label=" + label + "&limit=2"
                    + (next == null ? "" : "&cursor=" + next), sam());
            assertThat(response.status()).isEqualTo(200);
            pages.add(response.body().path("items").valueStream().map(item -> item.path("id").asString()).toList());
            next = response.body().path("next").asString(null);
            if (next == null) {
                break;
            }
        }

        // Then three pages hold each of them exactly once, ties broken by id
        assertThat(pages).extracting(List::size).containsExactly(2, 2, 1);
        List<String> read = pages.stream().flatMap(List::stream).toList();
        assertThat(new HashSet<>(read)).hasSize(5);
        assertThat(read).containsExactlyElementsOf(ids.stream().sorted().toList());
    }

    @Test
    void filtersNarrowTheQueue() {
        // Given a conversation alice holds, and one nobody holds, both labelled
        String label = uniqueLabel();
        String alices = labelled(Instant.now().minusSeconds(10), label);
        assign(alices, "alice");
        String waiting = labelled(Instant.now().minusSeconds(5), label);
        String alice = api.tokenFor("alice", "alice-local-pw");
        String base = LIST + "?label=" + label;

        // When / Then each filter keeps only what matches it
        assertThat(api.allIds(base + "&assignee=none", sam())).containsExactly(waiting);
        assertThat(api.allIds(base + "&assignee=alice", sam())).containsExactly(alices);
        assertThat(api.allIds(base + "&assignee=me", alice)).containsExactly(alices);
        assertThat(api.allIds(base + "&inbox=" + InboundFixtures.INBOX + "&channel=WEBCHAT&priority=NORMAL", sam()))
                .containsExactly(alices, waiting);
        assertThat(api.allIds(base + "&channel=SMS", sam())).isEmpty();
        assertThat(api.allIds(base + "&priority=URGENT", sam())).isEmpty();
        assertThat(api.allIds(base + "&status=RESOLVED", sam())).isEmpty();
        assertThat(api.allIds(base + "&team=billing", sam())).isEmpty();
    }

    @Test
    void anAgentSeesWhatSheHoldsAndWhatWaitsForHerTeamsOrForNoTeam() {
        // Given tess of team billing, and three waiting conversations: for billing, for returns, for no team
        String tessId = "tess-" + UUID.randomUUID().toString().substring(0, 8);
        seedAgent(tessId, InboundFixtures.WORKSPACE, AgentRole.AGENT, "tess-test-pw");
        assertThat(api.put("/api/v1/agents/" + tessId + "/profile", sam(),
                Map.of("capacity", 6, "teams", List.of("billing"))).status()).isEqualTo(200);
        String label = uniqueLabel();
        String billing = labelled(Instant.now().minusSeconds(30), label);
        String returns = labelled(Instant.now().minusSeconds(20), label);
        String anyone = labelled(Instant.now().minusSeconds(10), label);
        api.patch(LIST + "/" + billing, sam(), Map.of("team", "billing"));
        api.patch(LIST + "/" + returns, sam(), Map.of("team", "returns"));

        // When tess and the supervisor list the label
        List<String> tess = api.allIds(LIST + "?label=" + label, api.tokenFor(tessId, "tess-test-pw"));
        List<String> supervisor = api.allIds(LIST + "?label=" + label, sam());

        // Then tess sees her team's and the team-less one; the supervisor sees all three
        assertThat(tess).containsExactly(billing, anyone);
        assertThat(supervisor).containsExactly(billing, returns, anyone);
    }

    @Test
    void operatorsAndMalformedValuesInIdsAndFiltersAreBadRequestsNamingTheField() {
        // Given a supervisor / When ids and filters carry MongoDB operators, JSON, or values out of range
        Map<String, String> attempts = Map.of(
                LIST + "/%7B%22%24gt%22%3A%22%22%7D", "id",
                LIST + "/%24where/messages", "id",
                LIST + "?assignee=%7B%22%24gt%22%3A%22%22%7D", "assignee",
                LIST + "?team=%24ne", "team",
                LIST + "?label=%24where", "label",
                LIST + "?status=%7B%22%24ne%22%3A%22RESOLVED%22%7D", "status",
                LIST + "?limit=101", "limit",
                LIST + "?limit=many", "limit",
                LIST + "?cursor=bm90LWEtY3Vyc29y", "cursor");

        // Then each is a 400 problem naming what is wrong
        attempts.forEach((path, field) -> {
            AgentApi.Response response = api.get(path, sam());
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
            assertThat(response.text("type")).as(path).isEqualTo("https://switchboard.dev/problems/invalid-request");
            assertThat(response.body().findValuesAsString("field")).as(path).containsExactly(field);
        });
    }

    private String sam() {
        return api.tokenFor("sam", "sam-local-pw");
    }

    /** A new waiting conversation that started waiting at {@code at}, carrying {@code label}. */
    private String labelled(Instant at, String label) {
        String id = deliver(InboundFixtures.webchatMessageAt(InboundFixtures.uniqueHandle(), "Hello", at));
        AgentApi.Response patched = api.patch(LIST + "/" + id, sam(), Map.of("labels", List.of(label)));
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.body().path("labels").valueStream().map(JsonNode::asString)).containsExactly(label);
        return id;
    }

    private static String uniqueLabel() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
