package dev.switchboard.local;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.switchboard.embedded.FreePorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The console and the web chat widget as people use them, in a real Chromium against the whole local stack (one
 * stack for the class): a visitor chats with alice, alice steps away and back, sam watches her load on the floor,
 * and a reply the provider refuses shows as failed. Screenshots land in {@code target/screenshots/}.
 */
@EnabledIf("dev.switchboard.local.SystemChromium#installed")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserScenariosTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static LocalStack stack;
    private static SystemChromium chromium;
    private static BrowserContext aliceContext;
    private static Page alice;

    @BeforeAll
    static void start() throws Exception {
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, FreePorts.pick());
        }
        stack = LocalStack.start(new LocalSettings(Path.of("..").toAbsolutePath().normalize(),
                Files.createTempDirectory("switchboard-browser"), 0, 0, ports, LocalSettings.DEFAULT_JVM_OPTIONS));
        chromium = SystemChromium.launch();
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        Files.createDirectories(SCREENSHOTS);
        aliceContext = chromium.browser().newContext();
        alice = signIn(aliceContext, "alice", "alice-local-pw");
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void aVisitorChatsWithAliceFromTheDemoPage() throws Exception {
        // Given alice online in her console, and a visitor on the demo page
        goOnline(alice);
        BrowserContext visitorContext = chromium.browser().newContext();
        Page visitor = visitorContext.newPage();
        visitor.navigate(stack.url(Service.INGEST) + "/webchat/demo.html");

        // When the visitor opens the widget and writes
        visitor.getByTestId("widget-launcher").click();
        visitor.getByTestId("widget-input").fill("My router blinks red, see https://example.com/led");
        visitor.getByTestId("widget-input").press("Enter");

        // Then the conversation shows in alice's queue without a reload, with the message as its last one
        Locator item = alice.getByTestId("queue-item").filter(new Locator.FilterOptions().setHasText("router blinks"));
        assertThat(item).isVisible();
        assertThat(item.getByTestId("queue-last-message")).hasText("My router blinks red, see https://example.com/led");

        // When she opens it and replies
        item.click();
        assertThat(alice.getByTestId("entry-customer").last()).containsText("My router blinks red");
        assertThat(alice.getByTestId("entry-customer").last().locator("a"))
                .hasAttribute("rel", "noopener noreferrer");
        alice.getByTestId("reply-input").fill("Thanks! Please unplug it for ten seconds.");
        alice.getByTestId("reply-input").press("Enter");

        // Then the visitor sees the reply live, and alice sees it sent
        assertThat(visitor.getByTestId("widget-message-agent").last())
                .containsText("Thanks! Please unplug it for ten seconds.");
        assertThat(alice.getByTestId("delivery-status").last()).hasAttribute("data-status", "SENT");

        // When she leaves a private note for bob, it is kept apart from what the customer sees
        alice.getByTestId("note-mode").click();
        alice.getByTestId("reply-input").fill("@bob this router model again");
        alice.getByTestId("reply-input").press("Enter");
        assertThat(alice.getByTestId("entry-note")).containsText("@bob this router model again");
        screenshot(alice, "console-conversation");
        screenshot(visitor, "widget-conversation");

        // When the visitor reloads the page, the conversation is still there (and alice's note never reached it)
        visitor.reload();
        visitor.getByTestId("widget-launcher").click();
        assertThat(visitor.getByTestId("widget-message-visitor")).hasCount(1);
        assertThat(visitor.getByTestId("widget-message-agent")).hasCount(1);
        assertThat(visitor.getByTestId("widget-message-agent")).containsText("unplug it");
        visitorContext.close();
    }

    @Test
    @Order(2)
    void aReplyTheProviderRefusesShowsAsFailed() throws Exception {
        // Given a customer texting from a number Twilio (here, its sandbox) refuses
        PublicApi api = new PublicApi(stack);
        api.sendSms("+15005550001", "Is my bill ready?");
        Locator item = alice.getByTestId("queue-item").filter(new Locator.FilterOptions().setHasText("bill ready"));

        // When alice answers it
        item.click();
        alice.getByTestId("reply-input").fill("It is, I'll text it to you.");
        alice.getByTestId("reply-input").press("Enter");

        // Then the reply shows as failed, with the provider's reason and a way to send it again
        Locator delivery = alice.getByTestId("delivery-status").last();
        assertThat(delivery).hasAttribute("data-status", "FAILED");
        assertThat(delivery).containsText("21211");
        assertThat(delivery.getByTestId("retry-reply")).isVisible();
        screenshot(alice, "console-failed-reply");
    }

    @Test
    @Order(3)
    void samSeesAlicesLoadChangeOnTheFloor() throws Exception {
        // Given sam on the floor, alice holding the two conversations of the scenarios before
        BrowserContext samContext = chromium.browser().newContext();
        Page sam = signIn(samContext, "sam", "sam-local-pw");
        sam.getByTestId("tab-floor").click();
        Locator aliceLoad = sam.locator("[data-testid=floor-agent][data-agent-id=alice] [data-testid=floor-load]");
        assertThat(aliceLoad).hasText("2 / 6");

        // When alice resolves the one she has open
        alice.getByTestId("resolve").click();

        // Then sam's floor shows her lighter, without a reload
        assertThat(aliceLoad).hasText("1 / 6");
        screenshot(sam, "console-floor");
        samContext.close();
    }

    @Test
    @Order(4)
    void aliceStepsAwayAndComesBack() throws Exception {
        PublicApi api = new PublicApi(stack);
        String token = api.signIn("alice", "alice-local-pw");

        // When alice sets herself away, then the status is hers
        alice.getByTestId("status-select").selectOption("AWAY");
        awaitStatus(api, token, "AWAY");

        // When she comes back
        alice.getByTestId("status-select").selectOption("ONLINE");
        awaitStatus(api, token, "ONLINE");
        assertThat(alice.getByTestId("status-select")).hasValue("ONLINE");

        // and the console still works at a phone's width
        alice.setViewportSize(390, 844);
        assertThat(alice.getByTestId("reply-input")).isVisible();
        screenshot(alice, "console-phone");
    }

    private static Page signIn(BrowserContext context, String username, String password) {
        Page page = context.newPage();
        page.navigate(stack.url(Service.CONVERSATION) + "/console/");
        page.getByTestId("username").fill(username);
        page.getByTestId("password").fill(password);
        page.getByTestId("sign-in").click();
        assertThat(page.getByTestId("live-state")).hasText("Live");
        return page;
    }

    private static void goOnline(Page page) throws Exception {
        page.getByTestId("status-select").selectOption("ONLINE");
        PublicApi api = new PublicApi(stack);
        awaitStatus(api, api.signIn("alice", "alice-local-pw"), "ONLINE");
    }

    private static void awaitStatus(PublicApi api, String token, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Assertions.assertThat(
                api.call("GET", "/api/v1/agents/me/status", token, null, 200).get("status").asString())
                .isEqualTo(status));
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }
}
