package vn.dti.rules.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.dti.scoring.ScoringPattern;

/**
 * The band and category tables of one methodology, parsed once: rules pass them as text
 * ({@code "3:10, 2:7, 1:4"}) on every call. Filled at load from the rules' own text, and on demand
 * for a table a rule builds at run time. One per compiled methodology; thread-safe.
 */
public final class PatternCache {
    private final Map<String, ScoringPattern> bands = new ConcurrentHashMap<>();
    private final Map<String, ScoringPattern> categories = new ConcurrentHashMap<>();

    void put(ScoringPattern p) {
        if (p instanceof ScoringPattern.Bands b) {
            bands.put(b.spec(), b);
        } else if (p instanceof ScoringPattern.Categories c) {
            categories.put(c.spec(), c);
        }
    }

    /** The bands written as {@code spec}; throws IllegalArgumentException when they do not parse. */
    public ScoringPattern bands(String spec) {
        ScoringPattern p = bands.get(spec);
        if (p == null) {
            p = ScoringPattern.Bands.parse(spec);
            bands.put(spec, p);
        }
        return p;
    }

    /** The category table written as {@code spec}; throws IllegalArgumentException when it does not parse. */
    public ScoringPattern categories(String spec) {
        ScoringPattern p = categories.get(spec);
        if (p == null) {
            p = ScoringPattern.Categories.parse(spec);
            categories.put(spec, p);
        }
        return p;
    }
}
