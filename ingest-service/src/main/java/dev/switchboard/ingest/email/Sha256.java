package dev.switchboard.ingest.email;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256, which both relay credentials and made-up Message-IDs are built on. */
final class Sha256 {

    private Sha256() {
    }

    static byte[] of(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
