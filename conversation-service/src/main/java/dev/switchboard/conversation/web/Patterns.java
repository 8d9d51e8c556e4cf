package dev.switchboard.conversation.web;

/**
 * The shapes ids, names and cursors must have before they reach a query: plain characters only, so no MongoDB
 * operator ({@code $gt}, {@code $where}) or JSON can ever be smuggled in through a path or a filter.
 */
public final class Patterns {

    /** Conversation and message ids, agent ids, team and inbox names. */
    public static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    /** Labels: lower-case slugs. */
    public static final String SLUG = "[a-z0-9][a-z0-9-]{0,47}";
    /** Contact ids: workspace:inbox:handle, where a handle may be a phone number, an address or a scoped id. */
    public static final String CONTACT_ID = "[A-Za-z0-9][A-Za-z0-9._:@+=-]{0,299}";
    /** The opaque cursors of {@link Page}: URL-safe base64. */
    public static final String CURSOR = "[A-Za-z0-9_-]{1,400}";

    /**
     * Text an agent writes: anything a person can type (any script, RTL marks, emoji, markup shown as text) but no
     * control characters other than tab and line breaks, which no channel can show and some (NUL) break them.
     */
    public static final String TEXT = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";
    public static final String TEXT_RULE = "must not contain control characters other than tab and line breaks";

    private Patterns() {
    }
}
