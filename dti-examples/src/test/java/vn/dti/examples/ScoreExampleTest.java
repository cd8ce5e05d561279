package vn.dti.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The README example runs in CI, so it never rots. */
class ScoreExampleTest {
    @Test
    void main_printsTotalAndExplanation() {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            ScoreExample.main(new String[] {"data/khanh-hoa-2023.json"});
        } finally {
            System.setOut(old);
        }
        String[] lines = buf.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals("Khánh Hòa: 243.25 / 1000, index 0.2433", lines[0]);
        assertEquals("3.4 Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang: 29.07 — rule \"3.4\" in scoring.csv: "
                + "min(1, value / goal) × max = min(1, 0.872 / 0.9) × 30 = 29.07", lines[1]);
        assertEquals("min(1; giá trị / mục tiêu) × tối đa = min(1; 0,872 / 0,9) × 30 = 29,07", lines[2]);
        assertEquals("NOT_REPORTED 2.3 (Sở KH&CN): Chỉ số thành phần 2.3 chưa có giá trị: đề nghị báo cáo giá trị kèm tài liệu kiểm chứng.", lines[3]);
    }
}
