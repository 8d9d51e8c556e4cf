package dev.switchboard.ingest.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** HTML bodies as the reader saw them: what is shown, in lines, and nothing that was hidden. */
class HtmlTextTest {

    static Stream<Arguments> markup() {
        return Stream.of(
                Arguments.argumentSet("scripts, styles, comments and head are not text",
                        "<html><head><title>T</title><style>b{}</style></head><body><script>evil()</script>"
                                + "<!-- note -->Visible<noscript>enable js</noscript><template>tpl</template></body>",
                        "Visible"),
                Arguments.argumentSet("blocks and <br> are lines, an empty div an empty line, whitespace collapses",
                        "<div>Hi,</div><div><br></div><div>line   one\n   continues</div><p>para</p>a<br>b",
                        "Hi,\n\nline one continues\npara\na\nb"),
                Arguments.argumentSet("<pre> keeps its layout",
                        "<p>Log:</p><pre>WAN   DOWN\n  LAN UP</pre>",
                        "Log:\nWAN   DOWN\n  LAN UP"),
                Arguments.argumentSet("entities are decoded and escaped markup stays text",
                        "<p>&lt;b&gt;not bold&lt;/b&gt; &amp; &eacute;t&eacute; &#x1F600; &copy;</p>",
                        "<b>not bold</b> & \u00e9t\u00e9 \ud83d\ude00 \u00a9"),
                Arguments.argumentSet("Outlook's empty paragraph is an empty line, list items are dashes",
                        "<p class=MsoNormal>One<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
                                + "<ul><li>a</li><li>b</li></ul>",
                        "One\n\u00a0\n- a\n- b"));
    }

    @ParameterizedTest
    @MethodSource("markup")
    void htmlBecomesTheTextItShows(String html, String expected) {
        // Given the markup of an HTML-only mail
        // When it is converted
        String text = HtmlText.of(html);

        // Then only what the reader saw is left, in its lines
        assertThat(text).isEqualTo(expected);
    }

    @Test
    void deeplyNestedAndUnclosedMarkupIsReadQuickly() {
        // Given hostile markup: 100 000 unclosed nested divs and a huge attribute
        String html = "<div>".repeat(100_000) + "deep" + "<a href='" + "x".repeat(1_000_000) + "'>link";

        // When it is converted
        long started = System.nanoTime();
        String text = HtmlText.of(html);

        // Then the text is there, without a stack overflow, well within a request's time
        assertThat(text).isEqualTo("deep\nlink");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }
}
