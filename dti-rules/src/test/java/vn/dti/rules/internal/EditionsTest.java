package vn.dti.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.dti.api.EntityKind;
import vn.dti.json.DtiJson;

/**
 * What {@link Editions} reads of a catalogue (year, entity kind, whether it has components), read
 * as a stream of tokens: the same as the catalogue's tree says, for every bundled catalogue and for
 * catalogues whose fields come in another order or nest a {@code mainIndicators} list elsewhere.
 */
class EditionsTest {
    private static Editions.Edition read(String json) throws IOException {
        return Editions.edition("x-2030", "x", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyBundledCatalogue_readAsItsTreeSays() throws IOException {
        int scoring = 0;
        for (String id : MethodologyFiles.bundledIds()) {
            String path = MethodologyFiles.CLASSPATH_ROOT + "/" + id + "/" + MethodologyFiles.CATALOGUE;
            JsonNode tree;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
                tree = DtiJson.mapper().readTree(in);
            }
            boolean components = false;
            for (JsonNode main : tree.path("mainIndicators")) {
                components |= main.path("components").size() > 0;
            }
            Editions.Edition e;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
                e = Editions.edition(id, Editions.family(id), in);
            }
            assertEquals(new Editions.Edition(id, Editions.family(id), tree.path("year").asInt(), EntityKind.valueOf(tree.path("entityKind").asText()),
                    components), e, id);
            scoring += components ? 1 : 0;
        }
        assertTrue(scoring >= 1 && scoring < MethodologyFiles.bundledIds().size(), "bundled editions that score evidence and some that only rank: " + scoring);
    }

    @Test
    void fieldsInAnyOrder_onlyTheTopLevelMainIndicatorsCount() throws IOException {
        String pillarsFirst = """
                {"pillars": [{"id": "CQS", "mainIndicators": ["1", "2"]}],
                 "mainIndicators": [{"id": "1", "components": []}, {"id": "2", "note": {"components": [1]}, "components": [{"id": "2.1"}, {"id": "2.2"}]}],
                 "entityKind": "PROVINCE", "year": 2030}""";
        assertEquals(new Editions.Edition("x-2030", "x", 2030, EntityKind.PROVINCE, true), read(pillarsFirst));
        String noComponents = """
                {"year": 2021, "mainIndicators": [{"id": "1", "components": []}, "2", {"id": "3"}],
                 "pillars": [{"mainIndicators": [{"components": [{"id": "9.1"}]}]}], "entityKind": "COUNTRY"}""";
        Editions.Edition e = read(noComponents);
        assertEquals(2021, e.year());
        assertEquals(EntityKind.COUNTRY, e.kind());
        assertFalse(e.scoresEvidence(), "components only in a nested list: ranks only");
    }
}
