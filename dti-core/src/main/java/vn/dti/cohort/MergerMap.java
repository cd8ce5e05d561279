package vn.dti.cohort;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.json.DtiJson;
import vn.dti.text.Message;
import vn.dti.text.RefusedArgumentException;

/**
 * A map of merged entities (new entity → former entities), as data. The bundled
 * {@code vn-provinces-2025} maps Vietnam's 63 provinces to 34 (Nghị quyết số 202/2025/QH15, in
 * force from its adoption on 12/6/2025; the new provinces' governments began on 1/7/2025). A
 * cohort applies the mergers whose former entities it holds in full ({@link MergerReport}).
 *
 * @param id          e.g. {@code vn-provinces-2025}
 * @param name        what it is, in words
 * @param sources     the decisions it is taken from
 * @param unchanged   the entities that were not merged
 * @param mergers     the merged entities, each with its former ones
 * @param formerNames former entity id → its name
 */
public record MergerMap(String id, String name, List<String> sources, List<String> unchanged, List<Merger> mergers,
        java.util.Map<String, String> formerNames) {
    /**
     * Checks that each former entity belongs to one merger, and copies the lists.
     *
     * @param id          the map's id
     * @param name        its name
     * @param sources     null for none; copied
     * @param unchanged   null for none; copied
     * @param mergers     null for none; no former entity in two; copied
     * @param formerNames null for none; copied
     * @throws IllegalArgumentException if a former entity is named twice
     */
    public MergerMap {
        sources = sources == null ? List.of() : List.copyOf(sources);
        unchanged = unchanged == null ? List.of() : List.copyOf(unchanged);
        mergers = mergers == null ? List.of() : List.copyOf(mergers);
        formerNames = formerNames == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(formerNames));
        Set<String> seen = new HashSet<>();
        for (Merger m : mergers) {
            for (String f : m.from()) {
                if (!seen.add(f)) {
                    throw RefusedArgumentException.of("cohort.mergerMap.twice", f, m.id());
                }
            }
        }
    }

    /**
     * A bundled merger map.
     *
     * @param id its id: {@code vn-provinces-2025}
     * @return the map
     * @throws InvalidEvidenceException if no map has this id, or it cannot be read
     */
    public static MergerMap bundled(String id) {
        String path = "/vn/dti/cohort/mergers/" + id + ".json";
        try (InputStream in = MergerMap.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new InvalidEvidenceException(Message.of("cohort.mergerMap.none", id));
            }
            return DtiJson.read(in, "classpath:" + path, MergerMap.class, InvalidEvidenceException::new);
        } catch (IOException e) {
            throw new InvalidEvidenceException(Message.of("cohort.mergerMap.unreadable", id, e.getMessage()), e);
        }
    }
}
