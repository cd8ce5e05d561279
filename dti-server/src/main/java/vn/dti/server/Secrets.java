package vn.dti.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The service's secrets: session ids and API tokens (256 random bits, stored only as their
 * SHA-256), one-time passwords, and password hashes (bcrypt, Spring Security Crypto; never a
 * home-made hash). Nothing here logs or keeps a secret. Thread-safe.
 */
final class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(11, RANDOM);
    /** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand. */
    private static final char[] READABLE = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    /** A hash to check a password against when the account does not exist: the answer takes as long either way. */
    private static final String NO_ACCOUNT = BCRYPT.encode("no account has this password");

    private Secrets() {
    }

    /** 256 random bits, base64url without padding (43 characters): a session id or, after "dti_", an API token. */
    static String newToken() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** The SHA-256 of a token: what the database keeps. */
    static byte[] sha256(String token) {
        return sha256(token.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return sb.toString();
    }

    /** A one-time password of 20 readable characters (about 115 bits). */
    static String oneTimePassword() {
        char[] c = new char[20];
        for (int i = 0; i < c.length; i++) {
            c[i] = READABLE[RANDOM.nextInt(READABLE.length)];
        }
        return new String(c);
    }

    static String hashPassword(String password) {
        return BCRYPT.encode(password);
    }

    /** Checks a password against its hash; with a null hash (no such account) it takes as long and is false. */
    static boolean passwordMatches(String password, String hash) {
        boolean ok = BCRYPT.matches(password == null ? "" : password, hash == null ? NO_ACCOUNT : hash);
        return ok && hash != null;
    }

    /** Compares two secrets in constant time. */
    static boolean same(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
