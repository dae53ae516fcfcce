package io.apigwsim.internal.usageplan;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * API key ids as API Gateway writes them, ten lower-case letters and digits such as {@code n2xnxga958}
 * (docs/behavior.md#api-keys), derived from the key's name so that a key keeps its id from run to run.
 */
final class ApiKeyIds {

    private static final int LENGTH = 10;
    private static final long IDS = 3_656_158_440_062_976L; // 36^10

    private ApiKeyIds() {}

    static String of(String keyName) {
        long bits = ByteBuffer.wrap(sha256(keyName)).getLong();
        String base36 = Long.toString(Long.remainderUnsigned(bits, IDS), 36);
        return "0".repeat(LENGTH - base36.length()) + base36;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
