package dev.alignkit.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

class SiteLayoutTest {
    /** In kit "retro", "handout.pdf" is for participants; every other attachment is for facilitators. */
    private static final BiPredicate<String, String> HANDOUT_IS_FOR_PARTICIPANTS =
            (kit, inFiles) -> kit.equals("retro") && inFiles.equals("handout.pdf");

    @Test
    void facilitator_pages_documents_and_files_of_a_kit_are_in_its_facilitator_folder() {
        assertEquals("facilitators/retro/index.html", SiteLayout.kitPage("retro"));
        assertEquals("facilitators/retro/s1.html", SiteLayout.sessionPage("retro", "s1"));
        assertEquals("facilitators/retro/s1.run.html", SiteLayout.runPage("retro", "s1"));
        assertEquals(
                "facilitators/retro/retro-facilitator-guide.pdf",
                SiteLayout.printDocument("retro", "facilitator-guide"));
        assertEquals(
                "facilitators/retro/retro-follow-up-checklist.pdf",
                SiteLayout.printDocument("retro", "follow-up-checklist"));
        assertEquals("facilitators/retro/retro-run-sheet-s1.pdf", SiteLayout.sessionSheet("retro", "run-sheet", "s1"));
        assertEquals("facilitators/retro/sheets/parking-lot.pdf", SiteLayout.sheet("retro", "parking-lot"));
        assertEquals(
                "facilitators/retro/sheets/s1/attendance.pdf", SiteLayout.printableSheet("retro", "s1", "attendance"));
        assertEquals("facilitators/retro/retro.ics", SiteLayout.calendar("retro"));
        assertEquals("facilitators/retro/files/plan v2.pdf", SiteLayout.attachment("retro", "plan v2.pdf", false));
        assertEquals("facilitators/retro/files/notes.html", SiteLayout.attachmentPage("retro", "notes.md", false));
    }

    @Test
    void participant_pages_documents_and_files_of_a_kit_are_in_its_public_folder() {
        assertEquals("retro/participants.html", SiteLayout.participantPage("retro"));
        assertEquals("retro/retro-participant-handout.pdf", SiteLayout.printDocument("retro", "participant-handout"));
        assertEquals("retro/retro-ground-rules.pdf", SiteLayout.printDocument("retro", "ground-rules"));
        assertEquals("retro/retro-handout-s1.pdf", SiteLayout.sessionHandout("retro", "s1"));
        assertEquals("retro/files/plan v2.pdf", SiteLayout.attachment("retro", "plan v2.pdf", true));
        assertEquals("retro/files/notes.html", SiteLayout.attachmentPage("retro", "notes.md", true));
    }

    @Test
    void site_wide_files_that_show_facilitator_text_are_in_the_facilitator_folder() {
        for (String path : List.of(
                SiteLayout.CATALOGUE,
                SiteLayout.SEARCH_INDEX,
                SiteLayout.ACTIONS,
                SiteLayout.ACTIONS_CSV,
                SiteLayout.ACTIONS_JSON,
                SiteLayout.ownerCalendar("kim"),
                SiteLayout.FACILITATOR_SITEMAP)) {
            assertTrue(SiteLayout.isFacilitatorMaterial(path), path);
            assertTrue(path.startsWith(SiteLayout.FACILITATORS + "/"), path);
        }
        for (String path : List.of(SiteLayout.INDEX, SiteLayout.NOT_FOUND, SiteLayout.SITEMAP, SiteLayout.SCHEMA)) {
            assertFalse(SiteLayout.isFacilitatorMaterial(path), path);
        }
    }

    @Test
    void the_relative_root_climbs_one_folder_per_slash() {
        assertEquals("", SiteLayout.rootOf(SiteLayout.INDEX));
        assertEquals("", SiteLayout.rootOf(SiteLayout.NOT_FOUND));
        assertEquals("../", SiteLayout.rootOf(SiteLayout.participantPage("retro")));
        assertEquals("../../", SiteLayout.rootOf(SiteLayout.sessionPage("retro", "s1")));
        assertEquals("../../", SiteLayout.rootOf(SiteLayout.attachment("retro", "a.pdf", true)));
        assertEquals("../../../", SiteLayout.rootOf(SiteLayout.attachment("retro", "a.pdf", false)));
    }

    @Test
    void kit_ids_that_would_collide_with_the_sites_own_files_are_reserved() {
        assertEquals(List.of("assets", "schema", "index", "404", "facilitators"), SiteLayout.reservedKitIds());
        assertEquals(List.of("index", "participants"), SiteLayout.reservedSessionIds());
    }

    @Test
    void a_page_outside_the_kits_facilitator_folder_has_no_address_within_it() {
        assertEquals("s1.html", SiteLayout.withinFacilitatorFolder("retro", "facilitators/retro/s1.html"));
        assertThrows(
                IllegalArgumentException.class,
                () -> SiteLayout.withinFacilitatorFolder("retro", "facilitators/retro-2/s1.html"));
        assertThrows(
                IllegalArgumentException.class,
                () -> SiteLayout.withinFacilitatorFolder("retro", SiteLayout.participantPage("retro")));
    }

    @Test
    void a_facilitator_file_of_the_former_site_is_now_below_the_facilitator_folder() {
        for (String former : List.of(
                "retro/index.html",
                "retro/s1.html",
                "retro/s1.run.html",
                "retro/retro-facilitator-guide.pdf",
                "retro/retro-run-sheet-s1.pdf",
                "retro/retro.ics",
                "retro/sheets/s1/attendance.pdf",
                "retro/files/notes.pdf",
                "other/files/handout.pdf",
                "actions.html",
                "actions.csv",
                "actions.json",
                "actions-kim.ics",
                "search-index.js")) {
            assertEquals("facilitators/" + former, SiteLayout.current(former, HANDOUT_IS_FOR_PARTICIPANTS), former);
        }
        assertEquals(SiteLayout.CATALOGUE, SiteLayout.current("index.html", HANDOUT_IS_FOR_PARTICIPANTS));
    }

    @Test
    void a_public_file_of_the_former_site_has_not_moved() {
        for (String former : List.of(
                "retro/participants.html",
                "retro/retro-participant-handout.pdf",
                "retro/retro-ground-rules.pdf",
                "retro/retro-handout-s1.pdf",
                "retro/files/handout.pdf",
                "assets/style.css",
                "schema/kit.schema.json",
                "404.html")) {
            assertEquals(former, SiteLayout.current(former, HANDOUT_IS_FOR_PARTICIPANTS), former);
        }
    }

    @Test
    void the_facilitator_folder_mirrors_the_former_site() {
        String guide = SiteLayout.printDocument("retro", "facilitator-guide");
        assertEquals("retro/retro-facilitator-guide.pdf", SiteLayout.former(guide));
        assertEquals(guide, SiteLayout.current(SiteLayout.former(guide), HANDOUT_IS_FOR_PARTICIPANTS));
        assertEquals("retro/participants.html", SiteLayout.former(SiteLayout.participantPage("retro")));
    }

    @Test
    void content_types_come_from_the_extension_in_any_case() {
        assertEquals("application/pdf", ContentType.mimeTypeOf("retro/retro-ground-rules.PDF"));
        assertEquals("text/calendar; charset=utf-8", ContentType.mimeTypeOf("retro/retro.ics"));
        assertEquals(ContentType.UNKNOWN, ContentType.mimeTypeOf("retro.d/README"));
    }

    @Test
    void no_session_id_names_a_session_handout_like_one_of_the_kits_documents() {
        // a name after "<kit>-handout-" could only equal "<kit>-<slug>.pdf" for a document slug starting "handout-"
        for (String slug : List.of("facilitator-guide", "participant-handout", "ground-rules", "follow-up-checklist")) {
            assertFalse(SiteLayout.printDocument("kit", slug).contains("kit/kit-handout-"), slug);
        }
        assertEquals("kit/kit-handout-participant.pdf", SiteLayout.sessionHandout("kit", "participant"));
    }
}
