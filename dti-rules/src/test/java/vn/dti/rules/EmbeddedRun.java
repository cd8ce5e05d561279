package vn.dti.rules;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * What an application embedding dti-rules does with Excel, run by {@link EmbeddingLogTest} in a
 * child JVM on dti-rules' runtime class path alone: export the bundled 2025 methodology with its
 * decision table as an Excel workbook (Apache POI writes it, and so sets up its logging) and read
 * the workbook back as the loader does. Compiling the rules is left out: it needs no POI and
 * takes seconds. Prints the size of the table it read.
 */
public final class EmbeddedRun {
    private EmbeddedRun() {
    }

    /**
     * Runs it.
     *
     * @param args none
     * @throws Exception if anything fails (the child exits non-zero)
     */
    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("dti-embedded-").resolve("m");
        Methodologies.export(Fixtures.PROVINCE_2025, dir, true);
        byte[] xlsx = Files.readAllBytes(dir.resolve("scoring.xlsx"));
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            System.out.println("rows " + book.getSheetAt(0).getLastRowNum());
        }
    }
}
