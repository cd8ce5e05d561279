package vn.dti.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.dti.api.Entity;
import vn.dti.api.Period;

/**
 * One agency's submission for one period, as read from its file (a workbook, a CSV file or an
 * evidence file): what it reports, in which role, and where each value stands in the file.
 *
 * @param file        the file, as named in messages
 * @param methodology the methodology id the file was made for
 * @param version     the methodology version the file was made from (informative; "" when not given)
 * @param period      the period it reports
 * @param entity      the entity (province) it reports for
 * @param agency      the reporting agency, as the catalogue names it
 * @param reportedAt  the day it was reported
 * @param components  what it reports, in file order (components left blank are absent)
 * @param notes       for the reader: what was in the file but not read (macros, links to other workbooks)
 */
public record Submission(String file, String methodology, String version, Period period, Entity entity, String agency, LocalDate reportedAt,
        List<SubmittedComponent> components, List<String> notes) {
    /**
     * Checks what is required and copies the lists.
     *
     * @param file        not null
     * @param methodology the methodology id, or null
     * @param version     null for empty
     * @param period      not null
     * @param entity      not null
     * @param agency      not null
     * @param reportedAt  the day, or null
     * @param components  null for none; copied
     * @param notes       null for none; copied
     * @throws NullPointerException if a required component is null
     */
    public Submission {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(agency, "agency");
        version = version == null ? "" : version;
        components = components == null ? List.of() : List.copyOf(components);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /**
     * A submission without notes.
     *
     * @param file        the file, as named in messages
     * @param methodology the methodology id
     * @param version     the methodology version, or null
     * @param period      the period it reports
     * @param entity      the entity it reports for
     * @param agency      the reporting agency
     * @param reportedAt  the day it was reported, or null
     * @param components  what it reports
     * @throws NullPointerException if a required component is null
     */
    public Submission(String file, String methodology, String version, Period period, Entity entity, String agency, LocalDate reportedAt,
            List<SubmittedComponent> components) {
        this(file, methodology, version, period, entity, agency, reportedAt, components, null);
    }

    /**
     * The same submission for another entity (the workspace's, where the file was made without one).
     *
     * @param e the entity
     * @return the copy
     */
    public Submission withEntity(Entity e) {
        return new Submission(file, methodology, version, period, e, agency, reportedAt, components, notes);
    }
}
