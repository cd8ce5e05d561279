package vn.dti.planning;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.dti.api.Evidence;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.Methodology;
import vn.dti.api.Period;
import vn.dti.json.DtiJson;
import vn.dti.text.Language;
import vn.dti.text.Message;

/**
 * A targets file (docs/planning.md): what a province aims for, each target with the document it
 * comes from.
 *
 * <pre>{@code
 * {"title": "…", "source": "Kế hoạch …", "entity": "khanh-hoa", "period": "2025", "methodology": "vn-dti-province-2025",
 *  "targets": [{"target": "total>=800", "source": "Kế hoạch …, mục I.2", "note": "…"}]}
 * }</pre>
 *
 * <p>Checked against the evidence ({@link #against}): targets written for another entity are
 * refused (a planner who applies Hà Nội's targets to Khánh Hòa's evidence has picked the wrong
 * file); targets for another period are checked with a warning, since measuring this year's
 * evidence against next year's targets is what a plan does.
 *
 * @param title       what the targets are
 * @param source      the documents they come from, by their own titles (optional)
 * @param entity      the entity they are for (optional)
 * @param period      the period they are for (optional)
 * @param methodology the methodology they are written against (optional)
 * @param targets     the targets
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TargetsFile(String title, String source, String entity, String period, String methodology, List<Entry> targets) {
    /** What a targets file looks like, for error messages. */
    /** How a targets file is written, for messages: in the run's language. */
    static String shape() {
        return Words.of("planning.targetsFile.shape");
    }

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

    /**
     * Copies the targets.
     *
     * @param title       the title
     * @param source      the documents, or null
     * @param entity      the entity, or null
     * @param period      the period, or null
     * @param methodology the methodology, or null
     * @param targets     null for none; copied
     */
    public TargetsFile {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    /**
     * Reads a targets file and checks every target against the methodology.
     *
     * @param file the targets file
     * @param m    the methodology the targets are checked against
     * @return the file
     * @throws InvalidEvidenceException naming the file, the line and the JSON path
     *                                  ({@code $.targets[3].target}): no targets, another
     *                                  methodology, a bad period, or a target that does not parse
     */
    public static TargetsFile read(Path file, Methodology m) {
        return read(DtiJson.bytes(file, InvalidEvidenceException::new), file.toString(), m);
    }

    /**
     * Reads a targets file from its bytes (an upload) and checks every target against the
     * methodology, as {@link #read(Path, Methodology)} does a file.
     *
     * @param bytes   the file's content, UTF-8 JSON
     * @param display the file's name in messages (an upload's name, never an application's own path)
     * @param m       the methodology the targets are checked against
     * @return the file
     * @throws InvalidEvidenceException naming {@code display}, the line and the JSON path, for the same
     *                                  faults as {@link #read(Path, Methodology)}
     */
    public static TargetsFile read(byte[] bytes, String display, Methodology m) {
        TargetsFile f = DtiJson.read(bytes, display, TargetsFile.class, shape(), InvalidEvidenceException::new);
        if (f.targets().isEmpty()) {
            throw new InvalidEvidenceException(Words.of("planning.targetsFile.empty", display, shape()));
        }
        if (f.methodology() != null && !f.methodology().equals(m.id())) {
            throw new InvalidEvidenceException(Words.of("planning.targetsFile.methodology", display, f.methodology(), m.id()));
        }
        if (f.period() != null) {
            try {
                Period.parse(f.period());
            } catch (IllegalArgumentException e) {
                throw new InvalidEvidenceException(display + ": $.period: " + e.getMessage());
            }
        }
        for (int i = 0; i < f.targets().size(); i++) {
            Entry e = f.targets().get(i);
            int[] lc = DtiJson.locate(bytes, "/targets/" + i);
            String where = display + (lc == null ? "" : ":" + lc[0] + ":" + lc[1]) + ": $.targets[" + i + "].target";
            if (e.target() == null || e.target().isBlank()) {
                throw new InvalidEvidenceException(Words.of("planning.targetsFile.missing", where));
            }
            try {
                Target.parse(e.target(), m);
            } catch (IllegalArgumentException ex) {
                throw new InvalidEvidenceException(where + ": " + ex.getMessage() + ".");
            }
        }
        return f;
    }

    /**
     * The targets file checked against the evidence it is applied to: refused when it names another
     * entity; a warning (for the output's header) when it names another period that does not contain
     * the evidence's.
     *
     * @param file     the targets file, for messages
     * @param evidence the evidence the targets are applied to
     * @return the warnings, empty when the file fits the evidence
     * @throws InvalidEvidenceException naming the file and {@code $.entity}
     */
    public List<String> against(Path file, Evidence evidence) {
        return against(file.toString(), evidence);
    }

    /**
     * {@link #against(Path, Evidence)} for a file known by its name.
     *
     * @param display  the file's name in messages: a path or an upload's name
     * @param evidence the evidence the targets are applied to
     * @return the warnings, empty when the file fits the evidence
     * @throws InvalidEvidenceException naming {@code display} and {@code $.entity}
     */
    public List<String> against(String display, Evidence evidence) {
        return warnings(display, evidence).stream().map(m -> m.in(Language.fromEnvironment())).toList();
    }

    /**
     * {@link #against(String, Evidence)} with the warnings as messages, to be written in any language
     * (the dashboard shows both).
     *
     * @param display  the file's name in messages: a path or an upload's name
     * @param evidence the evidence the targets are applied to
     * @return the warnings, empty when the file fits the evidence
     * @throws InvalidEvidenceException naming {@code display} and {@code $.entity}
     */
    public List<Message> warnings(String display, Evidence evidence) {
        if (entity != null && !entity.equals(evidence.entity().id())) {
            throw new InvalidEvidenceException(Message.of("planning.targetsFile.entity", display, entity, evidence.entity().id(), evidence.entity().name()));
        }
        List<Message> out = new ArrayList<>();
        if (period != null) {
            Period p = Period.parse(period);
            Period e = evidence.period();
            if (e.start().isBefore(p.start()) || e.end().isAfter(p.end())) {
                String name = display.substring(display.lastIndexOf('/') + 1);
                out.add(Message.of("planning.targetsFile.period", name, period, e));
            }
        }
        return out;
    }

    /**
     * The targets, parsed.
     *
     * @param m the methodology
     * @return one target per entry, in file order
     * @throws IllegalArgumentException if a target does not parse (not after {@link #read})
     */
    public List<Target> parsed(Methodology m) {
        List<Target> out = new ArrayList<>();
        for (Entry e : targets) {
            out.add(Target.parse(e.target(), m));
        }
        return out;
    }

    /**
     * The source written for a target.
     *
     * @param t a target of this file
     * @return its entry's source (matched by the target's text), or null
     */
    public String sourceOf(Target t) {
        for (Entry e : targets) {
            if (e.target() != null && e.target().strip().equals(t.text())) {
                return e.source();
            }
        }
        return null;
    }

    /**
     * The plan's own words for a target, as the file quotes them.
     *
     * @param t a target of this file
     * @return its entry's note (matched by the target's text), or null
     */
    public String noteOf(Target t) {
        for (Entry e : targets) {
            if (e.target() != null && e.target().strip().equals(t.text())) {
                return e.note();
            }
        }
        return null;
    }
}
