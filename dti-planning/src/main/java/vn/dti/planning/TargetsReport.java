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
 * @param title       the targets file's title
 * @param source      the file's source; left out of the JSON when it has none
 * @param warnings    the card's warnings, then the file's, written in the reader's language when shown; left out of the JSON when there are none
 * @param entity      the entity whose card is checked
 * @param period      the period of its evidence
 * @param totalPoints the card's total, in points
 * @param met         how many targets are met
 * @param cannotTell  how many cannot be told (e.g. a rank target without a cohort)
 * @param targets     each target's result, in the file's order
 */
public record TargetsReport(String title, @JsonInclude(JsonInclude.Include.NON_NULL) String source,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Message> warnings, Entity entity, Period period, double totalPoints, long met,
        long cannotTell, List<TargetResult> targets) {
    /**
     * A report; the lists are copied.
     *
     * @param title       the targets file's title
     * @param source      the file's source, or null
     * @param warnings    the warnings; copied
     * @param entity      the entity whose card is checked
     * @param period      the period of its evidence
     * @param totalPoints the card's total, in points
     * @param met         how many targets are met
     * @param cannotTell  how many cannot be told
     * @param targets     each target's result; copied
     * @throws NullPointerException if {@code warnings} or {@code targets} is null or holds a null
     */
    public TargetsReport {
        warnings = List.copyOf(warnings);
        targets = List.copyOf(targets);
    }

    /**
     * Checks the file's targets against the situation's card.
     *
     * @param s       the entity's situation (scored, alone or in a cohort)
     * @param file    the targets file, already read against the situation's methodology
     * @param display the targets file's name, for its warnings (a path, or an upload's name)
     * @return the report
     * @throws vn.dti.api.InvalidEvidenceException when the file names another entity
     */
    public static TargetsReport of(Situation s, TargetsFile file, String display) {
        List<String> fileWarnings = file.against(display, s.evidence());
        List<TargetResult> results = Targets.check(s, file.parsed(s.methodology()), file::sourceOf);
        return of(s, file, fileWarnings, results);
    }

    /**
     * The report of results already checked (for a caller that checked the targets itself).
     *
     * @param s            the entity's situation, whose card gives the totals and warnings
     * @param file         the targets file, for its title and source
     * @param fileWarnings the targets file's own warnings ({@link TargetsFile#against(String, vn.dti.api.Evidence)})
     * @param results      each target's result, in the file's order
     * @return the report
     */
    public static TargetsReport of(Situation s, TargetsFile file, List<String> fileWarnings, List<TargetResult> results) {
        List<Message> all = new ArrayList<>(s.card().warnings());
        all.addAll(CohortWarnings.of(s));
        fileWarnings.forEach(w -> all.add(Message.text(w)));
        return new TargetsReport(file.title(), file.source(), all, s.card().entity(), s.card().period(), s.card().totalPoints(),
                results.stream().filter(TargetResult::isMet).count(),
                results.stream().filter(r -> r.status() == TargetResult.Status.CANNOT_TELL).count(), results);
    }
}
