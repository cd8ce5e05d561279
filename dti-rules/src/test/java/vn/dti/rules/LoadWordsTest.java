package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dti.api.InvalidMethodologyException;
import vn.dti.text.Language;

/**
 * A decision table's and a folder's problems in the run's language (issue 20 item 1): Vietnamese by
 * default, the place in words as the agencies' workbooks write theirs; English with Language.EN.
 */
class LoadWordsTest {
    @TempDir
    Path tmp;

    private Path exported() throws IOException {
        Path dir = tmp.resolve("copy");
        Methodologies.export(Fixtures.PROVINCE_2025, dir);
        return dir;
    }

    /** The problems of a refused folder loaded in a run in {@code language}. */
    private static List<String> problems(Language language, Path dir) {
        return assertThrows(InvalidMethodologyException.class, () -> Language.during(language, () -> Methodologies.load(dir))).problems(language);
    }

    @Test
    void twoPatterns_noPattern_unknownId_missingRow_inVietnamese_andInEnglish() throws IOException {
        Path dir = exported();
        Path csv = dir.resolve("scoring.csv");
        MethodologyFolderTest.edit(csv, "\n3.4,,0.90,", "\n3.4,x,0.90,");
        MethodologyFolderTest.edit(csv, "\n5.2,x,", "\n5.2,,");
        MethodologyFolderTest.edit(csv, "\n7.5,", "\n7.55,");
        int r34 = DecisionTableTest.row(csv, "3.4");
        int r52 = DecisionTableTest.row(csv, "5.2");
        int r755 = DecisionTableTest.row(csv, "7.55");
        List<String> vi = problems(Language.VI, dir).stream().filter(p -> p.startsWith(csv.toString())).toList();
        assertEquals(4, vi.size(), vi.toString());
        assertEquals(csv + ": không có dòng cho 7.5 (Số lượng tên miền .vn, 30 điểm): hãy thêm lại dòng đó sau dòng 7.4.", vi.get(0));
        assertEquals(csv + ", dòng " + r34 + ", cột A (id): chỉ số thành phần 3.4 có 2 cách chấm điểm được điền (ratio ở cột B, goal ở cột C); "
                + "chỉ điền đúng một.", vi.get(1));
        assertTrue(vi.get(2).startsWith(csv + ", dòng " + r52 + ", cột A (id): chỉ số thành phần 5.2 chưa điền cách chấm điểm nào; hãy điền một trong "
                + "các cột B ("), vi.get(2));
        assertEquals(csv + ", dòng " + r755 + ", cột A (id): chỉ số thành phần 7.55 không có trong methodology.json. Chỉ số chính 7 (Hoạt động Kinh tế số) "
                + "gồm các chỉ số thành phần 7.1, 7.2, 7.3, 7.4, 7.5.", vi.get(3));
        List<String> en = problems(Language.EN, dir).stream().filter(p -> p.startsWith(csv.toString())).toList();
        assertEquals(csv + ", row " + r34 + ", column A (id): component 3.4 has 2 patterns filled (ratio in column B, goal in column C); fill exactly one.",
                en.get(1));
        assertTrue(en.get(2).startsWith(csv + ", row " + r52 + ", column A (id): component 5.2 has no pattern filled; fill one of the columns B ("),
                en.get(2));
        assertTrue(en.get(3).startsWith(csv + ", row " + r755 + ", column A (id): component 7.55 is not in methodology.json. "), en.get(3));
    }

    @Test
    void blankRow_inVietnamese_andInEnglish() throws IOException {
        Path dir = exported();
        Path csv = dir.resolve("scoring.csv");
        int row41 = DecisionTableTest.row(csv, "4.1");
        MethodologyFolderTest.edit(csv, "\n4.1,x,", "\n,,,,,,,\n4.1,x,");
        assertEquals(List.of(csv + ", dòng " + row41 + ", cột A (id): là một dòng trống trong bảng \"Chấm điểm\": bảng kết thúc tại đây nên các dòng từ "
                + (row41 + 1) + " trở đi không được đọc (Drools dừng ở dòng trống đầu tiên). Hãy xóa dòng trống."), problems(Language.VI, dir));
        assertEquals(List.of(csv + ", row " + row41 + ", column A (id): is a blank row inside table \"Chấm điểm\": the table ends here, so the rows from "
                + (row41 + 1) + " on are not read (Drools stops at the first blank row). Delete the blank row."), problems(Language.EN, dir));
    }

    @Test
    void csvNotUtf8_inVietnamese_andInEnglish() throws IOException {
        Path dir = exported();
        Path csv = dir.resolve("scoring.csv");
        Files.write(csv, Files.readString(csv, StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(List.of(csv + ": không phải văn bản UTF-8; hãy lưu tệp CSV ở dạng UTF-8"), problems(Language.VI, dir));
        assertEquals(List.of(csv + ": is not UTF-8 text; save the CSV as UTF-8"), problems(Language.EN, dir));
    }

    @Test
    void folderWithoutCatalogue_orWithoutRules_inVietnamese_andInEnglish() throws IOException {
        Path empty = tmp.resolve("empty");
        Files.createDirectories(empty);
        assertEquals(List.of(empty + ": thư mục này không có methodology.json. Một thư mục bộ chỉ số gồm methodology.json (danh mục chỉ số) và các tệp "
                + "quy tắc (.drl) hoặc bảng quyết định (.csv, .xlsx)."), problems(Language.VI, empty));
        assertEquals(List.of(empty + ": no methodology.json in this folder. A methodology folder holds methodology.json (the catalogue) and rule files "
                + "(.drl) or decision tables (.csv, .xlsx)."), problems(Language.EN, empty));
        Path dir = exported();
        Files.delete(dir.resolve("scoring.csv"));
        Files.delete(dir.resolve("completeness.drl"));
        Files.delete(dir.resolve("plausibility.drl"));
        assertEquals(List.of(dir + ": không có tệp quy tắc (.drl) và không có bảng quyết định (.csv, .xlsx); hãy thêm các quy tắc chấm điểm từng chỉ số "
                + "thành phần và các quy tắc kiểm tra tính đầy đủ."), problems(Language.VI, dir));
    }
}
