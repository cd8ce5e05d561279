package vn.dti.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dti.api.ComponentEvidence;
import vn.dti.api.Document;
import vn.dti.api.Entity;
import vn.dti.api.Evidence;

/** The dashboard page: Vietnamese numbers, escaping, the workspace sections. */
class DashboardHtmlTest {

    @Test
    void vietnameseNumbers() {
        assertEquals("303,25", DashboardHtml.vn(303.2546666, 2));
        assertEquals("1.000", DashboardHtml.vn(1000, 2));
        assertEquals("1.234.567,89", DashboardHtml.vn(1234567.891, 2));
        assertEquals("0,3033", DashboardHtml.vn4(0.30325));
        assertEquals("0,0000", DashboardHtml.vn4(0));
        assertEquals("−12,5", DashboardHtml.vn(-12.5, 2));
    }

    @Test
    void everyInputText_isEscaped() {
        String hostile = "<script>alert(1)</script>\"'&";
        Evidence e = Example.khanhHoa();
        Evidence bad = new Evidence(e.methodology(), new Entity(e.entity().id(), hostile, e.entity().kind()), e.period(), e.reportedAt(), e.note(),
                e.components()).with(ComponentEvidence.of("3.4", 0.8, new Document("1/" + hostile, hostile, LocalDate.of(2023, 12, 1), hostile, null, null)));
        Situation s = Situation.alone(Example.scorer(), bad);
        String html = DashboardHtml.render(Dashboard.of(s, null, null));
        assertFalse(html.contains(hostile), "raw input never reaches the page");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;"));
        assertEquals(1, html.split("<script>", -1).length - 1, "one script: the page's own");
        assertTrue(html.contains("Content-Security-Policy"));
    }

    @Test
    void workspaceSections_needAWorkspace_orShowTheirRecords() {
        Situation s = Example.alone();
        String without = DashboardHtml.render(Dashboard.of(s, null, null));
        assertTrue(without.contains("data-key=\"needsWorkspace\""));
        String with = DashboardHtml.render(Dashboard.of(s, null, null, List.of(new Dashboard.AgencyCompleteness("Sở Nội vụ", 6, 4, 3)),
                List.of(new Dashboard.Deadline("Sở Nội vụ", "4.2", LocalDate.of(2026, 1, 10), "late", 5)),
                List.of(new Dashboard.PeriodPoint("2024", 520, 0.52, 25), new Dashboard.PeriodPoint("2025", 610.5, 0.6105, 21))));
        assertFalse(with.contains("needsWorkspace"));
        assertTrue(with.contains("10/1/2026"));
        assertTrue(with.contains("610,5"));
        assertTrue(with.contains("<polyline"));
    }

    @Test
    void keyFigures_markedForReaders() {
        Situation s = Example.inCohort();
        String html = DashboardHtml.render(Dashboard.of(s, null, null));
        assertTrue(html.contains("data-key=\"total\">" + DashboardHtml.vn(s.card().totalPoints(), 2) + "<"));
        assertTrue(html.contains("data-key=\"index\">" + DashboardHtml.vn4(s.card().index()) + "<"));
        assertTrue(html.contains("data-key=\"rank\">"));
        assertFalse(html.contains("http://") || html.contains("https://"), "nothing to fetch");
    }
}
