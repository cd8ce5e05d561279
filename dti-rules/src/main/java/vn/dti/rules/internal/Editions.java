package vn.dti.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dti.api.Methodology;
import vn.dti.api.Period;
import vn.dti.json.DtiJson;
import vn.dti.text.Message;

/**
 * Which edition of a methodology applies to a period. Editions of one family share an id but for
 * the year at its end ({@code vn-dti-province-2022}, {@code vn-dti-province-2025}) and an entity
 * kind; each applies from its catalogue's {@code year}. Scoring a period with an edition that did
 * not apply to it is allowed (what would this evidence earn under the new rules?) but the card
 * says so.
 */
public final class Editions {
    private static final Pattern FAMILY = Pattern.compile("(.+)-(\\d{4})");

    private record Edition(String id, String family, int year, vn.dti.api.EntityKind kind, boolean scoresEvidence) {
    }

    private static final java.util.Map<String, List<Edition>> BY_FAMILY = new java.util.concurrent.ConcurrentHashMap<>();

    private Editions() {
    }

    /** The warnings for scoring evidence of {@code period} with {@code m}; empty when the edition fits the period. */
    public static List<Message> warnings(Methodology m, Period period) {
        int year = period.start().getYear();
        String family = family(m.id());
        List<Message> out = new ArrayList<>();
        if (year < m.year()) {
            Edition older = null;
            for (Edition e : editions(family)) {
                if (e.family.equals(family) && e.kind == m.entityKind() && e.year <= year && (older == null || e.year > older.year)) {
                    older = e;
                }
            }
            String from = String.valueOf(m.year());
            out.add(older == null ? Message.of("rules.edition.precedes", period, m.id(), from)
                    : Message.of(older.scoresEvidence ? "rules.edition.precedesOlder" : "rules.edition.precedesOlderRanksOnly", period, m.id(), from,
                            String.valueOf(year), older.id));
            return out;
        }
        for (Edition e : editions(family)) {
            if (e.family.equals(family) && e.kind == m.entityKind() && e.year > m.year() && e.year <= year) {
                out.add(Message.of("rules.edition.after", period, e.id, String.valueOf(e.year)));
                break;
            }
        }
        return out;
    }

    static String family(String id) {
        Matcher m = FAMILY.matcher(id);
        return m.matches() ? m.group(1) : id;
    }

    /** The bundled editions of one family, read once per family: only the fields this comparison needs. */
    private static List<Edition> editions(String family) {
        return BY_FAMILY.computeIfAbsent(family, f -> {
            List<Edition> list = new ArrayList<>();
            for (String id : MethodologyFiles.bundledIds()) {
                if (!family(id).equals(f)) {
                    continue;
                }
                String path = MethodologyFiles.CLASSPATH_ROOT + "/" + id + "/" + MethodologyFiles.CATALOGUE;
                try (var in = Editions.class.getClassLoader().getResourceAsStream(path)) {
                    if (in != null) {
                        com.fasterxml.jackson.databind.JsonNode c = DtiJson.mapper().readTree(in);
                        boolean components = false;
                        for (com.fasterxml.jackson.databind.JsonNode main : c.path("mainIndicators")) {
                            components |= main.path("components").size() > 0;
                        }
                        list.add(new Edition(id, f, c.path("year").asInt(), vn.dti.api.EntityKind.valueOf(c.path("entityKind").asText()), components));
                    }
                } catch (java.io.IOException | RuntimeException e) {
                    // a bundled catalogue that cannot be read is reported when it is loaded; here it is only not compared with
                }
            }
            return List.copyOf(list);
        });
    }
}
