package dev.switchboard.ingest.email;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text an HTML-only mail shows its reader: scripts, styles and markup dropped, entities decoded, block elements and
 * {@code <br>} as line breaks, {@code <pre>} kept as is. jsoup parses like a browser, in linear time and without
 * recursion, so hostile markup cannot stall or overflow the request thread.
 */
final class HtmlText {

    private static final String INVISIBLE = "head, script, style, template, noscript, title, object, iframe, svg";
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "center", "dd",
            "div", "dl", "dt", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
            "nav", "ol", "p", "pre", "section", "table", "tr", "ul");
    private static final Set<String> CELLS = Set.of("td", "th");
    /** What HTML collapses; a no-break space is not in it, so {@code <p>&nbsp;</p>} stays an empty line. */
    private static final Pattern HTML_WHITESPACE = Pattern.compile("[ \\t\\n\\r\\f]+");

    private HtmlText() {
    }

    static String of(String html) {
        Document document = Jsoup.parse(html);
        document.select(INVISIBLE).remove();
        Lines lines = new Lines();
        NodeTraversor.traverse(lines, document.body());
        return lines.text();
    }

    /** Appends text nodes and breaks lines around blocks, as the tree is walked in document order. */
    private static final class Lines implements NodeVisitor {

        private final StringBuilder out = new StringBuilder();
        private int preformatted;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                String whole = text.getWholeText();
                append(preformatted > 0 ? whole : HTML_WHITESPACE.matcher(whole).replaceAll(" "));
            } else if (node instanceof Element element) {
                String name = element.normalName();
                if (name.equals("br")) {
                    out.append('\n');
                } else if (BLOCKS.contains(name)) {
                    breakLine();
                }
                preformatted += name.equals("pre") ? 1 : 0;
                out.append(name.equals("li") ? "- " : "");
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String name = element.normalName();
                preformatted -= name.equals("pre") ? 1 : 0;
                if (BLOCKS.contains(name)) {
                    breakLine();
                } else if (CELLS.contains(name)) {
                    append(" ");
                }
            }
        }

        private void append(String text) {
            boolean lineStart = out.isEmpty() || out.charAt(out.length() - 1) == '\n';
            out.append(lineStart && preformatted == 0 ? text.stripLeading() : text);
        }

        private void breakLine() {
            if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }

        String text() {
            return EmailText.tidy(out.toString());
        }
    }
}
