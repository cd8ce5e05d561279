package vn.dti.reporting;

import java.util.Objects;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.ReportingRole;

/**
 * One component of a submission: the evidence (value or status, documents, reportedBy and
 * reportedAt filled in), the role the agency plays for it, and where the value is written
 * ("Sở KH&amp;CN.xlsx, sheet Báo cáo, row 14, column G (Giá trị)").
 *
 * @param evidence the component's evidence
 * @param role     the agency's role for it: responsible or cooperating
 * @param where    where the value is written, for messages (empty when not known)
 */
public record SubmittedComponent(ComponentEvidence evidence, ReportingRole role, String where) {
    /**
     * Checks what is required.
     *
     * @param evidence not null
     * @param role     not null
     * @param where    null for empty
     * @throws NullPointerException if {@code evidence} or {@code role} is null
     */
    public SubmittedComponent {
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(role, "role");
        where = where == null ? "" : where;
    }
}
