package vn.dti.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.dti.api.Methodology;
import vn.dti.json.DtiJson;

/** Every bundled catalogue writes to JSON and reads back equal, Vietnamese names byte for byte. */
class CatalogueJsonTest {
    @Test
    void bundledCatalogues_roundTrip() {
        for (String id : Methodologies.bundled()) {
            Methodology m = Methodologies.bundled(id).methodology();
            String json = DtiJson.write(m);
            assertFalse(json.contains("componentsById"), json);
            Methodology back = DtiJson.readMethodology(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), id + ".json");
            assertEquals(m, back, id);
        }
        Methodology m = Fixtures.province2025().methodology();
        assertEquals("Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang", m.component(vn.dti.api.IndicatorId.of("3.4")).orElseThrow().name());
        assertEquals("Sở Văn hóa, Thể thao và Du lịch", m.component(vn.dti.api.IndicatorId.of("1.4")).orElseThrow().responsibleAgency());
        assertEquals(47, m.components().stream().filter(c -> c.maxPoints() > 0).count());
    }
}
