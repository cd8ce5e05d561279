package vn.dti.api;

import java.util.Collection;
import java.util.Locale;

/**
 * How close two spellings are, for messages that say what was probably meant ("Did you mean
 * vn-dti-province-2025?", the agencies closest to a misspelt name). Stateless; safe from any
 * thread.
 */
public final class Spelling {
    private Spelling() {
    }

    /**
     * The Levenshtein distance, case-sensitive.
     *
     * @param a one text
     * @param b another
     * @return the fewest one-character insertions, deletions and substitutions from {@code a} to
     *         {@code b}
     */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * The candidate a misspelling most likely meant.
     *
     * @param given      what was written
     * @param candidates the known names
     * @return the candidate closest to {@code given} (ignoring case) when it is close enough to be a
     *         typing mistake (at most 2 edits, or a quarter of its length); else null
     */
    public static String nearest(String given, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(given.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(2, best.length() / 4) ? best : null;
    }
}
