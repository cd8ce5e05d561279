package vn.dti.planning;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import vn.dti.api.Entity;
import vn.dti.api.Period;
import vn.dti.text.Message;

/**
 * A targets file checked against an entity's score card, as {@code dti targets --format json}
 * writes it and the service answers: the file's title and source, the warnings (the card's, and a
 * targets file for another period), how many targets are met and how many cannot be told, and each
 * target's result. Immutable.
 *
 * @param source   the file's source; left out of the JSON when it has none
 * @param warnings written in the reader's language when shown; left out of the JSON when there are none
 */
public record TargetsReport(String title, @JsonInclude(JsonInclude.Include.NON_NULL) String source,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Message> warnings, Entity entity, Period period, double totalPoints, long met,
        long cannotTell, List<TargetResult> targets) {
    public TargetsReport {
        warnings = List.copyOf(warnings);
        targets = List.copyOf(targets);
    }

    /**
     * Checks the file's targets against the situation's card.
     *
     * @param display  the targets file's name, for its warnings (a path, or an upload's name)
     * @throws vn.dti.api.InvalidEvidenceException when the file names another entity
     */
    public static TargetsReport of(Situation s, TargetsFile file, String display) {
        List<String> fileWarnings = file.against(display, s.evidence());
        List<TargetResult> results = Targets.check(s, file.parsed(s.methodology()), file::sourceOf);
        return of(s, file, fileWarnings, results);
    }

    /** The report of results already checked, with the targets file's own warnings ({@link TargetsFile#against}). */
    public static TargetsReport of(Situation s, TargetsFile file, List<String> fileWarnings, List<TargetResult> results) {
        List<Message> all = new ArrayList<>(s.card().warnings());
        fileWarnings.forEach(w -> all.add(Message.text(w)));
        return new TargetsReport(file.title(), file.source(), all, s.card().entity(), s.card().period(), s.card().totalPoints(),
                results.stream().filter(TargetResult::isMet).count(),
                results.stream().filter(r -> r.status() == TargetResult.Status.CANNOT_TELL).count(), results);
    }
}
