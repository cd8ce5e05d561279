package vn.dti.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.api.Entity;
import vn.dti.api.InvalidEvidenceException;
import vn.dti.api.Period;
import vn.dti.text.Language;

/** A workspace that is not a folder and a template for a half-year are refused in the run's language, and keep the English (issue 20 item 1). */
class RefusalLanguageTest {
    @TempDir
    Path tmp;

    @Test
    void workspaceNotAFolder_inBothLanguages() {
        Path none = tmp.resolve("none");
        InvalidEvidenceException e = assertThrows(InvalidEvidenceException.class, () -> Workspace.open(none));
        assertEquals(none + ": không phải thư mục. Thư mục báo cáo là một thư mục có một thư mục con cho mỗi kỳ (2025-Q1, …, 2025), mỗi thư mục chứa các "
                + "tệp của các cơ quan (docs/reporting.md).", e.getMessage());
        assertEquals(none + ": not a folder. A workspace is a folder with one sub-folder per period (2025-Q1, …, 2025), each holding the agencies' files "
                + "(docs/reporting.md).", e.message(Language.EN));
    }

    @Test
    void templateForAHalfYear_inBothLanguages() {
        InvalidEvidenceException e = assertThrows(InvalidEvidenceException.class, () -> AgencyWorkbooks.template(Fixtures.scorer(), "Sở KH&CN",
                Period.parse("2025-H1"), Entity.province("khanh-hoa", "Khánh Hòa"), AgencyWorkbooks.Format.CSV));
        assertEquals("--period 2025-H1: các cơ quan báo cáo theo quý và năm; kỳ 6 tháng được ghép từ các quý (2025-Q1, 2025-Q2). Hãy tạo tệp của các quý.",
                e.getMessage());
        assertEquals("--period 2025-H1: agencies report quarters and years; a half-year is built from its quarters (2025-Q1, 2025-Q2). Make the quarters' "
                + "files.", e.message(Language.EN));
    }
}
