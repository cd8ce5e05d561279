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
import vn.dti.text.Message;
import vn.dti.text.RefusedArgumentException;

/**
 * The agencies a methodology names (responsible and cooperating, in catalogue order), the other
 * agencies its folder adds as members of a group, and the one place where an agency's name as
 * written is matched to its name in the catalogue. Two spellings are one agency when they differ
 * only in case, spacing, Unicode form (NFC), the placement of a Vietnamese tone mark
 * ({@code Hoà}/{@code Hòa}, {@code Uỷ}/{@code Ủy}), or when the methodology folder lists one as
 * an alias of the other ({@code agencies.json}, each alias with the document that uses both).
 * Groups ({@code Các sở, ban, ngành}) are named in the catalogue as cooperating agencies but are
 * not one agency: their members (listed in {@code agencies.json}) each report on their own and
 * cooperate, as members, on the components the group cooperates on. Immutable and thread-safe.
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
    /** Per agency, the groups it is a member of (directly or through a group in a group), in the order agencies.json lists them. */
    private final Map<String, Set<String>> memberOf;
    private final Map<String, String> resolved = new ConcurrentHashMap<>();

    /**
     * An alias: another way the source documents write an agency of the catalogue.
     *
     * @param agency the name as the catalogue writes it
     * @param also   the other spellings (empty when none)
     * @param source the document (and place) that uses both (empty when not given)
     */
    public record Alias(String agency, List<String> also, String source) {
        /**
         * Checks the agency and reads nulls as empty.
         *
         * @param agency not blank
         * @param also   null for none; copied
         * @param source null for empty
         * @throws IllegalArgumentException if {@code agency} is null or blank
         */
        public Alias {
            if (agency == null || agency.isBlank()) {
                throw RefusedArgumentException.of("api.agencies.aliasNoAgency");
            }
            also = also == null ? List.of() : List.copyOf(also);
            source = source == null ? "" : source;
        }
    }

    /**
     * The members of a group: agencies (of the catalogue, or listed as other agencies) and groups
     * (whose members are then members of this group too).
     *
     * @param group   the group as the catalogue writes it
     * @param members its members
     * @param source  the document (and place) that says so
     */
    public record Members(String group, List<String> members, String source) {
        /**
         * Checks the group and reads nulls as empty.
         *
         * @param group   not blank
         * @param members null for none; copied
         * @param source  null for empty
         * @throws IllegalArgumentException if {@code group} is null or blank
         */
        public Members {
            if (group == null || group.isBlank()) {
                throw RefusedArgumentException.of("api.agencies.membersNoGroup");
            }
            members = members == null ? List.of() : List.copyOf(members);
            source = source == null ? "" : source;
        }
    }

    /**
     * An agency the catalogue does not name, which reports as a member of a group (e.g. Sở Y tế, a
     * sở of the province).
     *
     * @param agency its name
     * @param source the document (and place) that names it
     */
    public record Other(String agency, String source) {
        /**
         * Checks the name and reads a null source as empty.
         *
         * @param agency not blank
         * @param source null for empty
         * @throws IllegalArgumentException if {@code agency} is null or blank
         */
        public Other {
            if (agency == null || agency.isBlank()) {
                throw RefusedArgumentException.of("api.agencies.otherNoAgency");
            }
            source = source == null ? "" : source;
        }
    }

    private Agencies(List<String> names, Set<String> groups, Map<String, String> byKey, Map<String, List<Component>> leads,
            Map<String, List<Component>> cooperates, Map<String, Set<String>> memberOf) {
        this.names = names;
        this.groups = groups;
        this.byKey = byKey;
        this.leads = leads;
        this.cooperates = cooperates;
        this.memberOf = memberOf;
    }

    /**
     * The agencies of a catalogue, without aliases or groups.
     *
     * @param m the methodology
     * @return its responsible and cooperating agencies, in catalogue order
     */
    public static Agencies of(Methodology m) {
        return of(m, List.of(), List.of());
    }

    /**
     * The agencies of a catalogue with aliases and groups, without members.
     *
     * @param m          the methodology
     * @param aliases    other spellings of its agencies
     * @param groupNames the names (in any spelling) that are groups, not one agency
     * @return the agencies
     * @throws IllegalArgumentException naming the alias or group to fix
     */
    public static Agencies of(Methodology m, List<Alias> aliases, List<String> groupNames) {
        return of(m, aliases, groupNames, List.of(), List.of());
    }

    /**
     * The agencies of a catalogue with aliases, groups, other agencies and the groups' members
     * (checked: each alias and group must name an agency or group of the catalogue, no alias may be
     * another agency's name, an other agency must not be one the catalogue names, each member must
     * be a known agency or group, and no group may contain itself).
     *
     * @param m          the methodology
     * @param aliases    other spellings of its agencies
     * @param groupNames the names that are groups, not one agency
     * @param others     agencies the catalogue does not name that report as members of a group
     * @param members    each group's members
     * @return the agencies
     * @throws IllegalArgumentException naming the alias, group, agency or member to fix
     */
    public static Agencies of(Methodology m, List<Alias> aliases, List<String> groupNames, List<Other> others, List<Members> members) {
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
        for (Other o : others) {
            String existing = byKey.get(key(o.agency()));
            if (existing != null) {
                throw RefusedArgumentException.of("api.agencies.otherKnown", o.agency(), existing);
            }
            add(o.agency(), byKey, names);
        }
        for (Alias alias : aliases) {
            String target = byKey.get(key(alias.agency()));
            if (target == null) {
                throw RefusedArgumentException.of("api.agencies.aliasUnknown", alias.agency(), String.join("; ", names));
            }
            for (String other : alias.also()) {
                String existing = byKey.get(key(other));
                if (existing != null && !existing.equals(target)) {
                    throw RefusedArgumentException.of("api.agencies.aliasTaken", other, target, existing);
                }
                byKey.put(key(other), target);
            }
        }
        Set<String> groups = new LinkedHashSet<>();
        for (String g : groupNames) {
            String target = byKey.get(key(g));
            if (target == null) {
                throw RefusedArgumentException.of("api.agencies.groupUnknown", g, String.join("; ", names));
            }
            groups.add(target);
        }
        Map<String, Set<String>> direct = new LinkedHashMap<>();
        for (Members g : members) {
            String group = byKey.get(key(g.group()));
            if (group == null || !groups.contains(group)) {
                throw RefusedArgumentException.of("api.agencies.notAGroup", g.group(), String.join("; ", groups));
            }
            for (String member : g.members()) {
                String name = byKey.get(key(member));
                if (name == null) {
                    throw RefusedArgumentException.of("api.agencies.unknownMember", group, member, String.join("; ", names));
                }
                if (name.equals(group)) {
                    throw RefusedArgumentException.of("api.agencies.ownMember", group);
                }
                direct.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(group);
            }
        }
        Map<String, Set<String>> memberOf = new LinkedHashMap<>();
        for (String name : names) {
            Set<String> all = new LinkedHashSet<>();
            closure(name, direct, all);
            if (all.contains(name)) {
                throw RefusedArgumentException.of("api.agencies.cycle", name, String.join("; ", all));
            }
            if (!all.isEmpty() && !groups.contains(name)) {
                memberOf.put(name, Collections.unmodifiableSet(all));
            }
        }
        for (Component c : m.components()) {
            for (String a : c.cooperatingAgencies()) {
                String group = byKey.get(key(a));
                if (!groups.contains(group)) {
                    continue;
                }
                for (Map.Entry<String, Set<String>> e : memberOf.entrySet()) {
                    String agency = e.getKey();
                    if (e.getValue().contains(group) && !agency.equals(byKey.get(key(c.responsibleAgency())))
                            && !cooperates.getOrDefault(agency, List.of()).contains(c)) {
                        cooperates.computeIfAbsent(agency, k -> new ArrayList<>()).add(c);
                    }
                }
            }
        }
        List<Component> order = m.components();
        cooperates.replaceAll((k, v) -> {
            List<Component> sorted = new ArrayList<>(v);
            sorted.sort(Comparator.comparingInt(order::indexOf));
            return List.copyOf(sorted);
        });
        leads.replaceAll((k, v) -> List.copyOf(v));
        return new Agencies(List.copyOf(names), Collections.unmodifiableSet(groups), Collections.unmodifiableMap(byKey),
                Collections.unmodifiableMap(leads), Collections.unmodifiableMap(cooperates), Collections.unmodifiableMap(memberOf));
    }

    /** Every group a name belongs to, through groups in groups; stops at a group seen before (a cycle is reported by the caller). */
    private static void closure(String name, Map<String, Set<String>> direct, Set<String> out) {
        for (String g : direct.getOrDefault(name, Set.of())) {
            if (out.add(g)) {
                closure(g, direct, out);
            }
        }
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
     *
     * @param name a spelling; null is read as empty
     * @return the key
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

    /**
     * Every name: agencies and groups.
     *
     * @return every agency and group the catalogue names, in catalogue order, then the other
     *         agencies; unmodifiable
     */
    public List<String> names() {
        return names;
    }

    /**
     * The agencies that report on their own.
     *
     * @return the names that are not groups, in catalogue order, then the other agencies
     */
    public List<String> agencies() {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (!groups.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * Whether a name is a group.
     *
     * @param name any spelling
     * @return true when it names a group, not one agency; false for an agency or an unknown name
     */
    public boolean isGroup(String name) {
        return canonical(name).map(groups::contains).orElse(false);
    }

    /**
     * The catalogue's name for a spelling.
     *
     * @param name any spelling, or null
     * @return the name as the catalogue writes it, or empty when it names no known agency or group
     */
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

    /**
     * Whether two spellings name the same agency.
     *
     * @param a a spelling, or null
     * @param b another, or null
     * @return true when they are equal or name the same known agency or group; false when either is
     *         null
     */
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

    /**
     * The role an agency plays for a component: responsible, or cooperating (named among the
     * cooperating agencies, or a member of a group that is).
     *
     * @param agency any spelling
     * @param c      a component of the catalogue
     * @return the role, or null when it plays none
     */
    public ReportingRole role(String agency, Component c) {
        if (same(agency, c.responsibleAgency())) {
            return ReportingRole.RESPONSIBLE;
        }
        for (String a : c.cooperatingAgencies()) {
            if (same(agency, a)) {
                return ReportingRole.COOPERATING;
            }
        }
        return via(agency, c) == null ? null : ReportingRole.COOPERATING;
    }

    /**
     * The group through which an agency cooperates on a component.
     *
     * @param agency any spelling
     * @param c      a component of the catalogue
     * @return the first of the component's cooperating groups the agency is a member of; null when
     *         it is the responsible agency, is named among the cooperating agencies itself, or plays no
     *         part
     */
    public String via(String agency, Component c) {
        Optional<String> name = canonical(agency);
        if (name.isEmpty() || memberOf.isEmpty() || same(agency, c.responsibleAgency())) {
            return null;
        }
        Set<String> in = memberOf.getOrDefault(name.get(), Set.of());
        String found = null;
        for (String a : c.cooperatingAgencies()) {
            Optional<String> ca = canonical(a);
            if (ca.isPresent() && ca.get().equals(name.get())) {
                return null;
            }
            if (found == null && ca.isPresent() && in.contains(ca.get())) {
                found = ca.get();
            }
        }
        return found;
    }

    /**
     * The groups an agency is a member of.
     *
     * @param agency any spelling
     * @return its groups, directly or through a group in a group; empty for none or an unknown name
     */
    public Set<String> groupsOf(String agency) {
        return canonical(agency).map(n -> memberOf.getOrDefault(n, Set.of())).orElse(Set.of());
    }

    /**
     * The members of a group.
     *
     * @param group any spelling
     * @return the agencies (not groups) that are members, directly or through a group in the group,
     *         in the order of {@link #agencies()}; empty for none or an unknown name
     */
    public List<String> members(String group) {
        Optional<String> g = canonical(group);
        List<String> out = new ArrayList<>();
        if (g.isPresent()) {
            for (String a : agencies()) {
                if (memberOf.getOrDefault(a, Set.of()).contains(g.get())) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    /**
     * The components an agency is responsible for.
     *
     * @param agency any spelling
     * @return the components, in catalogue order; empty for none or an unknown name
     */
    public List<Component> leads(String agency) {
        return canonical(agency).map(n -> leads.getOrDefault(n, List.of())).orElse(List.of());
    }

    /**
     * The components an agency cooperates on.
     *
     * @param agency any spelling
     * @return the components it is named on, or cooperates on as a member of a group ({@link #via}),
     *         in catalogue order; empty for none or an unknown name
     */
    public List<Component> cooperatesOn(String agency) {
        return canonical(agency).map(n -> cooperates.getOrDefault(n, List.of())).orElse(List.of());
    }

    /**
     * The catalogue's name for an agency that reports on its own.
     *
     * @param name  the name as written
     * @param where what to put before the message, e.g. "x.xlsx, sheet Báo cáo, cell C4"
     * @return the name as the catalogue writes it
     * @throws InvalidEvidenceException for a blank or unknown name (listing the closest known ones)
     *                                  or a group (listing some of its members)
     */
    public String require(String name, String where) {
        if (name == null || name.isBlank()) {
            throw new InvalidEvidenceException(Message.of("api.agency.none", where, first()));
        }
        Optional<String> c = canonical(name);
        if (c.isEmpty()) {
            throw new InvalidEvidenceException(Message.of("api.agency.unknown", where, name, String.join("; ", closest(name, 3)), agencies().size(),
                    String.join("; ", agencies())));
        }
        if (groups.contains(c.get())) {
            List<String> m = members(c.get());
            Message named = m.isEmpty() ? Message.of("api.agency.noMembers")
                    : Message.text(" (" + String.join("; ", m.subList(0, Math.min(4, m.size()))) + (m.size() > 4 ? "; …" : "") + ")");
            throw new InvalidEvidenceException(Message.of("api.agency.group", where, name, named, m.isEmpty() ? first() : m.get(0)));
        }
        return c.get();
    }

    private String first() {
        List<String> a = agencies();
        return a.isEmpty() ? "Sở …" : a.get(0);
    }

    /**
     * The known agencies closest to a name, for messages about a misspelt one.
     *
     * @param name what was written
     * @param max  how many to give at most
     * @return agencies (not groups), closest first, compared without diacritics or punctuation
     */
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
