package vn.dti.rules.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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

    /** One bundled edition: its id, family, first year, entity kind, and whether it scores evidence (has components). */
    record Edition(String id, String family, int year, vn.dti.api.EntityKind kind, boolean scoresEvidence) {
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
                        list.add(edition(id, f, in));
                    }
                } catch (java.io.IOException | RuntimeException e) {
                    // a bundled catalogue that cannot be read is reported when it is loaded; here it is only not compared with
                }
            }
            return List.copyOf(list);
        });
    }

    /**
     * The fields of a catalogue this comparison needs, read as a stream of tokens: its {@code year},
     * {@code entityKind}, and whether any of its top-level {@code mainIndicators} has components.
     * (A tree of the whole catalogue, 35 KB for the 2025 edition, cost a cold {@code dti score} about
     * 15 ms after its rules had fired.)
     */
    static Edition edition(String id, String family, java.io.InputStream in) throws java.io.IOException {
        int year = 0;
        String kind = null;
        boolean components = false;
        try (JsonParser p = DtiJson.mapper().getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new java.io.IOException("not a catalogue");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("year") && value.isNumeric()) {
                    year = p.getIntValue();
                } else if (field.equals("entityKind") && value == JsonToken.VALUE_STRING) {
                    kind = p.getText();
                } else if (field.equals("mainIndicators") && value == JsonToken.START_ARRAY) {
                    components |= hasComponents(p);
                } else {
                    p.skipChildren();
                }
            }
        }
        return new Edition(id, family, year, vn.dti.api.EntityKind.valueOf(kind), components);
    }

    /** Reads a {@code mainIndicators} array to its end: true when any of them has a non-empty {@code components} array. */
    private static boolean hasComponents(JsonParser p) throws java.io.IOException {
        boolean any = false;
        for (JsonToken main = p.nextToken(); main != JsonToken.END_ARRAY; main = p.nextToken()) {
            if (main != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("components") && value == JsonToken.START_ARRAY) {
                    for (JsonToken c = p.nextToken(); c != JsonToken.END_ARRAY; c = p.nextToken()) {
                        any = true;
                        p.skipChildren();
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        return any;
    }
}
