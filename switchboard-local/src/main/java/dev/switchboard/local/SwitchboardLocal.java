package dev.switchboard.local;

/** Placeholder main, replaced by the launcher. */
public final class SwitchboardLocal {
    public static void main(String[] args) {
    }
}
