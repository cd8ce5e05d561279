package vn.dti.planning;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.Methodology;
import vn.dti.json.DtiJson;

/**
 * A targets file (docs/planning.md): what a province aims for, each target with the document it
 * comes from.
 *
 * <pre>{@code
 * {"title": "…", "entity": "khanh-hoa", "period": "2025", "methodology": "vn-dti-province-2025",
 *  "targets": [{"target": "total>=800", "source": "Kế hoạch …, mục I.2", "note": "…"}]}
 * }</pre>
 *
 * @param title       what the targets are
 * @param entity      the entity they are for (optional)
 * @param period      the period they are for (optional)
 * @param methodology the methodology they are written against (optional)
 * @param targets     the targets
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TargetsFile(String title, String entity, String period, String methodology, List<Entry> targets) {
    /** What a targets file looks like, for error messages. */
    static final String SHAPE = "A targets file is one JSON object: {\"title\": …, \"targets\": [{\"target\": \"total>=800\", \"source\": \"…\"}, …]} "
            + "(docs/planning.md).";

    /**
     * One target with its source.
     *
     * @param target the target, e.g. {@code total>=800} ({@link Target})
     * @param source the document it comes from, by its own title and section
     * @param note   free text
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Entry(String target, String source, String note) {
    }

    public TargetsFile {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /**
     * Reads a targets file and checks every target against the methodology; errors name the file,
     * the line and the JSON path ({@code $.targets[3].target}).
     */
    public static TargetsFile read(Path file, Methodology m) {
        TargetsFile f = DtiJson.read(file, TargetsFile.class, SHAPE, InvalidEvidenceException::new);
        if (f.targets().isEmpty()) {
            throw new InvalidEvidenceException(file + ": $.targets: lists no targets. " + SHAPE);
        }
        if (f.methodology() != null && !f.methodology().equals(m.id())) {
            throw new InvalidEvidenceException(file + ": $.methodology: the targets are written for [" + f.methodology() + "], not " + m.id()
                    + "; use --methodology " + f.methodology() + ", or remove the field.");
        }
        byte[] bytes = DtiJson.bytes(file, InvalidEvidenceException::new);
        for (int i = 0; i < f.targets().size(); i++) {
            Entry e = f.targets().get(i);
            int[] lc = DtiJson.locate(bytes, "/targets/" + i);
            String where = file + (lc == null ? "" : ":" + lc[0] + ":" + lc[1]) + ": $.targets[" + i + "].target";
            if (e.target() == null || e.target().isBlank()) {
                throw new InvalidEvidenceException(where + ": missing; write a target such as \"total>=800\".");
            }
            try {
                Target.parse(e.target(), m);
            } catch (IllegalArgumentException ex) {
                throw new InvalidEvidenceException(where + ": " + ex.getMessage() + ".");
            }
        }
        return f;
    }

    /** The targets, parsed. */
    public List<Target> parsed(Methodology m) {
        List<Target> out = new ArrayList<>();
        for (Entry e : targets) {
            out.add(Target.parse(e.target(), m));
        }
        return out;
    }

    /** The source written for this target (matched by its text), or null. */
    public String sourceOf(Target t) {
        for (Entry e : targets) {
            if (e.target() != null && e.target().strip().equals(t.text())) {
                return e.source();
            }
        }
        return null;
    }
}
