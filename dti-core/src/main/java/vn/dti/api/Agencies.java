package vn.dti.api;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The agencies a methodology names (responsible and cooperating, in catalogue order), and the one
 * place where an agency's name as written is matched to its name in the catalogue. Two spellings
 * are one agency when they differ only in case, spacing, Unicode form (NFC), the placement of a
 * Vietnamese tone mark ({@code Hoà}/{@code Hòa}, {@code Uỷ}/{@code Ủy}), or when the methodology
 * folder lists one as an alias of the other ({@code agencies.json}, each alias with the document
 * that uses both). Groups ({@code Các sở, ban, ngành}) are named in the catalogue but are not one
 * agency: they do not report on their own. Immutable and thread-safe.
 */
public final class Agencies {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern AROUND_PUNCT = Pattern.compile("\\s*([&,;/()-])\\s*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Locale VI = Locale.forLanguageTag("vi");
    /** Old-style tone placement (on the second vowel of oa, oe, uy) → the form the catalogue uses. */
    private static final String[][] TONE_PLACEMENT = {
        {"oà", "òa"}, {"oá", "óa"}, {"oả", "ỏa"}, {"oã", "õa"}, {"oạ", "ọa"},
        {"oè", "òe"}, {"oé", "óe"}, {"oẻ", "ỏe"}, {"oẽ", "õe"}, {"oẹ", "ọe"},
        {"uỳ", "ùy"}, {"uý", "úy"}, {"uỷ", "ủy"}, {"uỹ", "ũy"}, {"uỵ", "ụy"},
    };

    private final List<String> names;
    private final Set<String> groups;
    private final Map<String, String> byKey;
    private final Map<String, List<Component>> leads;
    private final Map<String, List<Component>> cooperates;
    private final Map<String, String> resolved = new ConcurrentHashMap<>();

    /**
     * An alias: another way the source documents write an agency of the catalogue.
     *
     * @param agency the name as the catalogue writes it
     * @param also   the other spellings
     * @param source the document (and place) that uses both
     */
    public record Alias(String agency, List<String> also, String source) {
        public Alias {
            if (agency == null || agency.isBlank()) {
                throw new IllegalArgumentException("An alias has no \"agency\"; write the agency's name as the catalogue has it.");
            }
            also = also == null ? List.of() : List.copyOf(also);
            source = source == null ? "" : source;
        }
    }

    private Agencies(List<String> names, Set<String> groups, Map<String, String> byKey, Map<String, List<Component>> leads,
            Map<String, List<Component>> cooperates) {
        this.names = names;
        this.groups = groups;
        this.byKey = byKey;
        this.leads = leads;
        this.cooperates = cooperates;
    }

    /** The agencies of a catalogue, without aliases or groups. */
    public static Agencies of(Methodology m) {
        return of(m, List.of(), List.of());
    }

    /**
     * The agencies of a catalogue with aliases and groups (checked: each must name an agency of the
     * catalogue, and no alias may be another agency's name).
     *
     * @throws IllegalArgumentException naming the alias or group to fix
     */
    public static Agencies of(Methodology m, List<Alias> aliases, List<String> groupNames) {
        Map<String, String> byKey = new LinkedHashMap<>();
        Map<String, List<Component>> leads = new LinkedHashMap<>();
        Map<String, List<Component>> cooperates = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (Component c : m.components()) {
            if (!c.responsibleAgency().isEmpty()) {
                String name = add(c.responsibleAgency(), byKey, names);
                leads.computeIfAbsent(name, k -> new ArrayList<>()).add(c);
            }
            for (String a : c.cooperatingAgencies()) {
                String name = add(a, byKey, names);
                cooperates.computeIfAbsent(name, k -> new ArrayList<>()).add(c);
            }
        }
        for (Alias alias : aliases) {
            String target = byKey.get(key(alias.agency()));
            if (target == null) {
                throw new IllegalArgumentException("alias for [" + alias.agency() + "]: the catalogue names no such agency; the agencies are "
                        + String.join("; ", names) + ".");
            }
            for (String other : alias.also()) {
                String existing = byKey.get(key(other));
                if (existing != null && !existing.equals(target)) {
                    throw new IllegalArgumentException("alias [" + other + "] for " + target + " is already the name of another agency, " + existing
                            + "; remove it.");
                }
                byKey.put(key(other), target);
            }
        }
        Set<String> groups = new LinkedHashSet<>();
        for (String g : groupNames) {
            String target = byKey.get(key(g));
            if (target == null) {
                throw new IllegalArgumentException("group [" + g + "]: the catalogue names no such agency or group; the names are " + String.join("; ", names)
                        + ".");
            }
            groups.add(target);
        }
        leads.replaceAll((k, v) -> List.copyOf(v));
        cooperates.replaceAll((k, v) -> List.copyOf(v));
        return new Agencies(List.copyOf(names), Collections.unmodifiableSet(groups), Collections.unmodifiableMap(byKey),
                Collections.unmodifiableMap(leads), Collections.unmodifiableMap(cooperates));
    }

    private static String add(String name, Map<String, String> byKey, List<String> names) {
        String k = key(name);
        String known = byKey.get(k);
        if (known != null) {
            return known;
        }
        String n = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        byKey.put(k, n);
        names.add(n);
        return n;
    }

    /**
     * The key two spellings of one agency share: NFC, lower case, one space between words, no space
     * around {@code & , ; / ( ) -}, tone marks placed as the catalogue places them.
     */
    public static String key(String name) {
        String s = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC).toLowerCase(VI).strip();
        s = SPACES.matcher(s).replaceAll(" ");
        s = AROUND_PUNCT.matcher(s).replaceAll("$1");
        for (String[] pair : TONE_PLACEMENT) {
            if (s.contains(pair[0])) {
                s = s.replace(pair[0], pair[1]);
            }
        }
        return s;
    }

    /** The names: every agency and group the catalogue names, in catalogue order. */
    public List<String> names() {
        return names;
    }

    /** The agencies that report on their own: the names that are not groups, in catalogue order. */
    public List<String> agencies() {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (!groups.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /** True when the name (in any spelling) is a group, not one agency. */
    public boolean isGroup(String name) {
        return canonical(name).map(groups::contains).orElse(false);
    }

    /** The catalogue's name for this spelling, if it names a known agency or group. */
    public Optional<String> canonical(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String hit = resolved.get(name);
        if (hit == null) {
            hit = byKey.get(key(name));
            if (hit == null) {
                return Optional.empty();
            }
            if (resolved.size() < 10_000) {
                resolved.put(name, hit);
            }
        }
        return Optional.of(hit);
    }

    /** True when both spellings name the same agency (or are equal). */
    public boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        Optional<String> ca = canonical(a);
        return ca.isPresent() && ca.equals(canonical(b));
    }

    /** The role an agency plays for a component, or null when it plays none. */
    public ReportingRole role(String agency, Component c) {
        if (same(agency, c.responsibleAgency())) {
            return ReportingRole.RESPONSIBLE;
        }
        for (String a : c.cooperatingAgencies()) {
            if (same(agency, a)) {
                return ReportingRole.COOPERATING;
            }
        }
        return null;
    }

    /** The components an agency is responsible for, in catalogue order. */
    public List<Component> leads(String agency) {
        return canonical(agency).map(n -> leads.getOrDefault(n, List.of())).orElse(List.of());
    }

    /** The components an agency cooperates on, in catalogue order. */
    public List<Component> cooperatesOn(String agency) {
        return canonical(agency).map(n -> cooperates.getOrDefault(n, List.of())).orElse(List.of());
    }

    /**
     * The catalogue's name for an agency that reports on its own.
     *
     * @param where what to put before the message, e.g. "x.xlsx, sheet Báo cáo, cell C4"
     * @throws InvalidEvidenceException for an unknown name (listing the closest known ones) or a group
     */
    public String require(String name, String where) {
        if (name == null || name.isBlank()) {
            throw new InvalidEvidenceException(where + ": no agency is named; write the agency's name as the methodology has it, e.g. " + first() + ".");
        }
        Optional<String> c = canonical(name);
        if (c.isEmpty()) {
            throw new InvalidEvidenceException(where + ": unknown agency [" + name + "]. The closest known agencies: " + String.join("; ", closest(name, 3))
                    + ". (The methodology names " + agencies().size() + ": " + String.join("; ", agencies()) + ".)");
        }
        if (groups.contains(c.get())) {
            throw new InvalidEvidenceException(where + ": [" + name + "] is a group of agencies in the methodology, not one agency; each of its members "
                    + "reports through the responsible agency. Name one agency, e.g. " + first() + ".");
        }
        return c.get();
    }

    private String first() {
        List<String> a = agencies();
        return a.isEmpty() ? "Sở …" : a.get(0);
    }

    /** The known agencies (not groups) closest to a name, closest first. */
    public List<String> closest(String name, int max) {
        String k = fold(name);
        List<String> candidates = agencies();
        List<String> sorted = new ArrayList<>(candidates);
        Map<String, Integer> distance = new LinkedHashMap<>();
        for (String c : candidates) {
            String f = fold(c);
            int d = Spelling.distance(k, f);
            if (!k.isEmpty() && (f.contains(k) || k.contains(f))) {
                d = Math.min(d, Math.abs(f.length() - k.length()) / 2);
            }
            distance.put(c, d);
        }
        sorted.sort(Comparator.comparingInt(distance::get));
        return List.copyOf(sorted.subList(0, Math.min(max, sorted.size())));
    }

    /** The key without diacritics or punctuation, for measuring how close two names are. */
    private static String fold(String name) {
        String s = Normalizer.normalize(key(name).replace('đ', 'd'), Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        return s.replaceAll("[^a-z0-9 ]", " ").replaceAll(" +", " ").strip();
    }
}
