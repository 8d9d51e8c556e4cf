package dev.switchboard.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The mutation operators every parser's seeded, bounded fuzz loop shares (form, Meta JSON, MIME, web chat JSON):
 * one call applies one operator, chosen by the seeded generator, to a real-shaped sample, so a failing run is
 * reproduced by its seed and run number.
 */
public final class Mutations {

    /** Bytes that break parsers: controls, invalid UTF-8 lead and continuation bytes, and JSON/form punctuation. */
    private static final byte[] NASTY = {0, 1, 0x1f, 0x7f, (byte) 0x80, (byte) 0xc0, (byte) 0xed, (byte) 0xff,
            '"', '\\', '{', '}', '[', ']', ',', ':', '-', '9', 'e', 'u', '%', '&', '=', '+'};
    /** Text a parser must carry or refuse cleanly: NUL, RTL override, a 4-byte emoji, a lone surrogate escape. */
    private static final String[] INSERTS = {"\u0000", "\u202E", "\uD83D\uDE00", "\\ud800", "%00", "%E2%80%AE",
            "%F0%9F%98%80", "%ZZ", "\r\n\r\n", "<script>", "{\"$gt\":\"\"}", "\u00e9\u4e2d"};

    public static final int OPERATORS = 7;

    private Mutations() {
    }

    /** {@code sample} with one operator applied: truncation, byte flips, an insertion, a duplicated slice, ... */
    public static byte[] mutate(byte[] sample, RandomGenerator random) {
        return mutate(sample, random.nextInt(OPERATORS), random);
    }

    /** {@code sample} with operator number {@code operator} (0 to {@link #OPERATORS} - 1) applied. */
    public static byte[] mutate(byte[] sample, int operator, RandomGenerator random) {
        if (sample.length == 0) {
            return INSERTS[random.nextInt(INSERTS.length)].getBytes(UTF_8);
        }
        return switch (operator) {
            case 0 -> Arrays.copyOf(sample, random.nextInt(sample.length + 1));
            case 1 -> flip(sample, random, true);
            case 2 -> flip(sample, random, false);
            case 3 -> insert(sample, random.nextInt(sample.length + 1),
                    INSERTS[random.nextInt(INSERTS.length)].getBytes(UTF_8));
            case 4 -> duplicateSlice(sample, random);
            case 5 -> dropLine(sample, random);
            default -> nest(sample, random);
        };
    }

    private static byte[] flip(byte[] sample, RandomGenerator random, boolean nasty) {
        byte[] mutated = sample.clone();
        for (int i = 0; i < 1 + random.nextInt(4); i++) {
            mutated[random.nextInt(mutated.length)] = nasty ? NASTY[random.nextInt(NASTY.length)]
                    : (byte) random.nextInt(256);
        }
        return mutated;
    }

    private static byte[] duplicateSlice(byte[] sample, RandomGenerator random) {
        int from = random.nextInt(sample.length);
        int to = from + random.nextInt(sample.length - from) + 1;
        return insert(sample, to, Arrays.copyOfRange(sample, from, to));
    }

    private static byte[] dropLine(byte[] sample, RandomGenerator random) {
        String text = new String(sample, java.nio.charset.StandardCharsets.ISO_8859_1);
        String[] lines = text.split("\n", -1);
        int dropped = random.nextInt(lines.length);
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i != dropped) {
                kept.append(kept.isEmpty() ? "" : "\n").append(lines[i]);
            }
        }
        return kept.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** Deep nesting where a value could start: thousands of {@code [} (and sometimes their {@code ]}). */
    private static byte[] nest(byte[] sample, RandomGenerator random) {
        int depth = 500 + random.nextInt(5000);
        String open = "[".repeat(depth);
        String nested = random.nextBoolean() ? open + "]".repeat(depth) : open;
        return insert(sample, random.nextInt(sample.length + 1), nested.getBytes(UTF_8));
    }

    private static byte[] insert(byte[] sample, int at, byte[] inserted) {
        byte[] mutated = new byte[sample.length + inserted.length];
        System.arraycopy(sample, 0, mutated, 0, at);
        System.arraycopy(inserted, 0, mutated, at, inserted.length);
        System.arraycopy(sample, at, mutated, at + inserted.length, sample.length - at);
        return mutated;
    }
}
