package vn.dti.reporting;

import java.util.Objects;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.ReportingRole;

/**
 * One component of a submission: the evidence (value or status, documents, reportedBy and
 * reportedAt filled in), the role the agency plays for it, and where the value is written
 * ("Sở KH&CN.xlsx, sheet Báo cáo, row 14, column G (Giá trị)").
 */
public record SubmittedComponent(ComponentEvidence evidence, ReportingRole role, String where) {
    public SubmittedComponent {
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(role, "role");
        where = where == null ? "" : where;
    }
}
