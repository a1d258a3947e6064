package dev.alignkit.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SiteLayoutTest {

    @Test
    void a_kit_keeps_its_pages_documents_and_files_in_its_own_folder() {
        assertEquals("retro/index.html", SiteLayout.kitPage("retro"));
        assertEquals("retro/s1.html", SiteLayout.sessionPage("retro", "s1"));
        assertEquals("retro/retro-facilitator-guide.pdf", SiteLayout.printDocument("retro", "facilitator-guide"));
        assertEquals("retro/retro.ics", SiteLayout.calendar("retro"));
        assertEquals("retro/files/plan v2.pdf", SiteLayout.attachment("retro", "plan v2.pdf"));
    }

    @Test
    void the_relative_root_climbs_one_folder_per_slash() {
        assertEquals("", SiteLayout.rootOf(SiteLayout.INDEX));
        assertEquals("", SiteLayout.rootOf(SiteLayout.NOT_FOUND));
        assertEquals("../", SiteLayout.rootOf(SiteLayout.sessionPage("retro", "s1")));
        assertEquals("../../", SiteLayout.rootOf(SiteLayout.attachment("retro", "a.pdf")));
    }

    @Test
    void kit_ids_that_would_collide_with_the_sites_own_files_are_reserved() {
        assertEquals(List.of("assets", "schema", "index", "404"), SiteLayout.reservedKitIds());
        assertEquals(List.of("index", "participants"), SiteLayout.reservedSessionIds());
    }

    @Test
    void a_page_outside_the_kit_has_no_address_within_it() {
        assertEquals("s1.html", SiteLayout.withinKit("retro", "retro/s1.html"));
        assertThrows(IllegalArgumentException.class, () -> SiteLayout.withinKit("retro", "retro-2/s1.html"));
    }

    @Test
    void content_types_come_from_the_extension_in_any_case() {
        assertEquals("application/pdf", ContentType.mimeTypeOf("retro/retro-ground-rules.PDF"));
        assertEquals("text/calendar; charset=utf-8", ContentType.mimeTypeOf("retro/retro.ics"));
        assertEquals(ContentType.UNKNOWN, ContentType.mimeTypeOf("retro.d/README"));
    }

    @Test
    void a_session_handout_is_named_after_kit_and_session() {
        assertEquals("kit/kit-handout-week-1.pdf", SiteLayout.sessionHandout("kit", "week-1"));
    }

    @Test
    void no_session_id_names_a_session_handout_like_one_of_the_kits_documents() {
        // a name after "<kit>-handout-" could only equal "<kit>-<slug>.pdf" for a document slug starting "handout-"
        for (String slug : List.of("facilitator-guide", "participant-handout", "ground-rules", "follow-up-checklist")) {
            assertFalse(SiteLayout.printDocument("kit", slug).startsWith("kit/kit-handout-"), slug);
        }
        assertEquals("kit/kit-handout-participant.pdf", SiteLayout.sessionHandout("kit", "participant"));
    }
}
