package dev.switchboard.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Admins read and replace their workspace's settings; nobody else may, and no workspace sees another's. */
class WorkspaceSettingsApiTest extends SwitchboardIntegrationTest {

    private static final String PATH = "/api/v1/workspace/settings";
    private static final Map<String, Object> SETTINGS = Map.of(
            "timeZone", "Europe/Paris",
            "locale", "fr-FR",
            "schedule", Map.of("MONDAY", List.of("08:00-12:00", "13:00-22:00"), "SATURDAY", List.of("22:00-02:00")),
            "holidays", List.of("2026-12-25", "2026-01-01"),
            "reopenWindowDays", 3,
            "autoReplies", Map.of("closed", "Nous sommes fermés, nous ouvrons à {opensAt}."));

    @Test
    void anAdminReadsTheDefaultsThenReplacesThem() {
        // Given the admin of a workspace of this test only, which never saved settings
        String admin = adminOf(workspace());

        // When the admin reads the settings, replaces them, and reads them again
        AgentApi.Response defaults = api.get(PATH, admin);
        AgentApi.Response replaced = api.put(PATH, admin, SETTINGS);
        AgentApi.Response read = api.get(PATH, admin);

        // Then the defaults are open around the clock in UTC; then the new settings are kept, holidays in order
        assertThat(defaults.status()).isEqualTo(200);
        assertThat(defaults.text("timeZone")).isEqualTo("UTC");
        assertThat(defaults.body().path("schedule").path("SUNDAY").get(0).asString()).isEqualTo("00:00-24:00");
        assertThat(defaults.body().path("reopenWindowDays").asInt()).isEqualTo(7);
        assertThat(defaults.body().path("autoReplies").path("closed").asString()).contains("{opensAt}");
        assertThat(defaults.body().path("updatedAt").isNull()).isTrue();
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(replaced.body());
        assertThat(read.text("timeZone")).isEqualTo("Europe/Paris");
        assertThat(read.text("locale")).isEqualTo("fr-FR");
        assertThat(read.body().path("schedule").path("MONDAY").toString())
                .isEqualTo("[\"08:00-12:00\",\"13:00-22:00\"]");
        assertThat(read.body().path("schedule").has("SUNDAY")).isFalse();
        assertThat(read.body().path("holidays").toString()).isEqualTo("[\"2026-01-01\",\"2026-12-25\"]");
        assertThat(read.body().path("reopenWindowDays").asInt()).isEqualTo(3);
        assertThat(read.body().path("updatedAt").isNull()).isFalse();
    }

    @Test
    void agentsAndSupervisorsMayNeitherReadNorChangeThem() {
        // Given / When alice (agent) reads and sam (supervisor) writes the demo workspace's settings
        AgentApi.Response alices = api.get(PATH, api.tokenFor("alice", "alice-local-pw"));
        AgentApi.Response sams = api.put(PATH, api.tokenFor("sam", "sam-local-pw"), SETTINGS);
        AgentApi.Response adas = api.get(PATH, api.tokenFor("ada", "ada-local-pw"));

        // Then both are forbidden; ada, the demo admin, reads them
        for (AgentApi.Response refused : List.of(alices, sams)) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.text("type")).isEqualTo("https://switchboard.dev/problems/admin-only");
        }
        assertThat(adas.status()).isEqualTo(200);
        assertThat(adas.text("workspaceId")).isEqualTo("demo");
    }

    @Test
    void anAdminSeesOnlyTheirOwnWorkspacesSettings() {
        // Given one workspace's admin saved settings
        String first = workspace();
        String second = workspace();
        assertThat(api.put(PATH, adminOf(first), SETTINGS).status()).isEqualTo(200);

        // When the other workspace's admin reads "the" settings
        AgentApi.Response others = api.get(PATH, adminOf(second));

        // Then they are that workspace's own (the defaults), never the first one's
        assertThat(others.text("workspaceId")).isEqualTo(second);
        assertThat(others.text("timeZone")).isEqualTo("UTC");
    }

    @Test
    void invalidSettingsAreRefusedNamingTheFields() {
        // Given an admin
        String admin = adminOf(workspace());

        // When the settings have an unknown zone, a bad language tag, a negative window and no open interval;
        // then an impossible interval; then an impossible date
        AgentApi.Response invalid = api.put(PATH, admin, Map.of("timeZone", "Mars/Olympus", "locale", "not a tag",
                "reopenWindowDays", -1, "schedule", Map.of("MONDAY", List.of())));
        AgentApi.Response badInterval = api.put(PATH, admin, Map.of("timeZone", "UTC",
                "schedule", Map.of("MONDAY", List.of("08:00-12:00", "25:00-26:00"))));
        AgentApi.Response badDate = api.put(PATH, admin, Map.of("timeZone", "UTC",
                "schedule", Map.of("MONDAY", List.of("08:00-12:00")), "holidays", List.of("2026-02-30")));

        // Then each is a 400 problem naming what is wrong, and nothing was saved
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.text("type")).isEqualTo("https://switchboard.dev/problems/invalid-request");
        assertThat(invalid.body().findValuesAsString("field"))
                .containsExactlyInAnyOrder("timeZone", "locale", "reopenWindowDays", "schedule");
        assertThat(badInterval.status()).isEqualTo(400);
        assertThat(badInterval.body().findValuesAsString("field")).containsExactly("schedule.MONDAY[1]");
        assertThat(badInterval.text("detail")).contains("'25:00-26:00' is not an interval HH:mm-HH:mm");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body().findValuesAsString("field")).containsExactly("holidays[0]");
        assertThat(api.get(PATH, admin).body().path("updatedAt").isNull()).isTrue();
    }

    private static String workspace() {
        return "settings-" + UUID.randomUUID();
    }
}
