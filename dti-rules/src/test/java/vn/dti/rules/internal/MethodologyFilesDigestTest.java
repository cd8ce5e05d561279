package vn.dti.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A folder's digest is worked out once for the same files, and each other set of files gets its own. */
class MethodologyFilesDigestTest {
    private static SortedMap<String, byte[]> files(String catalogue) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        files.put(MethodologyFiles.CATALOGUE, catalogue.getBytes(StandardCharsets.UTF_8));
        files.put("rules.drl", "package x".getBytes(StandardCharsets.UTF_8));
        return files;
    }

    @Test
    void sameFiles_sameDigest_otherBytes_theirOwn() {
        MethodologyFiles a = new MethodologyFiles("a", files("{\"year\": 2025}"));
        String digest = a.digest();
        assertEquals(64, digest.length());
        assertEquals(digest, a.digest());
        assertEquals(digest, a.named("upload.zip").trusted(true).digest(), "the same files under another name");
        // equal bytes in other arrays: the same digest, worked out again
        assertEquals(digest, new MethodologyFiles("b", files("{\"year\": 2025}")).digest());
        MethodologyFiles other = new MethodologyFiles("a", files("{\"year\": 2026}"));
        assertNotEquals(digest, other.digest());
        assertEquals(digest, a.digest(), "asked again after another folder's");
        assertEquals(digest.substring(0, 16), a.version());
    }
}
