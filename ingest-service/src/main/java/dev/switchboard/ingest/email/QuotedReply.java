package dev.switchboard.ingest.email;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts what a reply repeats from earlier mail, so the agent sees only what is new: everything from the first reply
 * header ({@code On <date>, <name> wrote:}, maybe wrapped over two lines; Outlook's {@code -----Original Message-----}
 * or {@code From: ... Sent: ...} block) or {@code -- } signature separator on, then a trailing block of {@code >}
 * lines. Deterministic and line-based; when nothing would be left, the whole text is kept instead.
 */
final class QuotedReply {

    /** Reply headers are short; longer lines are never matched, which also bounds the regex work per line. */
    private static final int MAX_HEADER_LINE = 400;
    private static final Pattern ATTRIBUTION = Pattern.compile("^(On\\s.+\\swrote|Le\\s.+\\sa\\s+écrit"
            + "|Am\\s.+\\sschrieb\\s.+|El\\s.+\\sescribió|Op\\s.+\\sschreef\\s.+|Em\\s.+\\sescreveu)\\s*:$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ORIGINAL_MESSAGE = Pattern.compile(
            "^-{3,}\\s*(Original Message|Ursprüngliche Nachricht|Message d'origine)\\s*-{3,}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern HEADER_FROM = Pattern.compile("^\\*?(From|Von|De)\\s*:\\*?\\s.*");
    private static final Pattern HEADER_SENT = Pattern.compile("^\\*?(Sent|Date|Gesendet|Envoyé)\\s*:\\*?\\s.*");
    private static final Pattern UNDERSCORES = Pattern.compile("^_{10,}$");
    private static final int OUTLOOK_BLOCK_LINES = 4;

    private QuotedReply() {
    }

    /** {@code text} ({@code \n} line breaks) without quoted earlier mail and signature, or all of it if that is all. */
    static String strip(String text) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        int end = withoutTrailingQuote(lines, firstCut(lines));
        String kept = String.join("\n", lines.subList(0, end)).strip();
        return kept.isEmpty() ? text.strip() : kept;
    }

    private static int firstCut(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (lines.get(i).equals("-- ") || line.equals("--") || startsReply(lines, i, line)) {
                return i;
            }
            if (outlookHeaderAt(lines, i, line)) {
                return i > 0 && UNDERSCORES.matcher(lines.get(i - 1).strip()).matches() ? i - 1 : i;
            }
        }
        return lines.size();
    }

    private static boolean startsReply(List<String> lines, int i, String line) {
        if (line.length() > MAX_HEADER_LINE) {
            return false;
        }
        if (attribution(line) || ORIGINAL_MESSAGE.matcher(line).matches()) {
            return true;
        }
        return i + 1 < lines.size() && attribution(line + " " + lines.get(i + 1).strip());
    }

    /** "On 2 Mar 2026, Ada wrote:" and its translations; every client puts a date in it, so a digit is required. */
    private static boolean attribution(String line) {
        return line.length() <= MAX_HEADER_LINE && line.chars().anyMatch(Character::isDigit)
                && ATTRIBUTION.matcher(line).matches();
    }

    /** A {@code From:} line followed within a few lines by {@code Sent:} or {@code Date:}: a quoted mail's header. */
    private static boolean outlookHeaderAt(List<String> lines, int i, String line) {
        if (line.length() > MAX_HEADER_LINE || !HEADER_FROM.matcher(line).matches()) {
            return false;
        }
        for (int next = i + 1; next < Math.min(lines.size(), i + 1 + OUTLOOK_BLOCK_LINES); next++) {
            String candidate = lines.get(next).strip();
            if (candidate.length() <= MAX_HEADER_LINE && HEADER_SENT.matcher(candidate).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The end of {@code lines[0, end)} once a trailing block of {@code >} quoted and blank lines is dropped. */
    private static int withoutTrailingQuote(List<String> lines, int end) {
        int kept = end;
        while (kept > 0 && (lines.get(kept - 1).isBlank() || lines.get(kept - 1).stripLeading().startsWith(">"))) {
            kept--;
        }
        return kept;
    }
}
