package dev.switchboard.events;

/** Who wrote a message in a conversation: the contact, an agent, or Switchboard itself. */
public record Author(Kind kind, String id) {

    /** The kinds of author. */
    public enum Kind {
        CONTACT, AGENT, SYSTEM
    }
}
