package dev.alignkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.alignkit.site.SiteLayout;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/** Links written in a kit's Markdown against the kit's folder lead to the same file from every page that shows them. */
class PageLinksTest {
    /** Kit "retro" has one participant attachment, handout.pdf, and the page of another, notes.md. */
    private static final BiPredicate<String, String> PARTICIPANT_FILES =
            (kit, inFiles) -> kit.equals("retro") && (inFiles.equals("handout.pdf") || inFiles.equals("notes.html"));

    private static PageLinks on(String page) {
        return new PageLinks(SiteLayout.publicKitFolder("retro"), page, PARTICIPANT_FILES);
    }

    private static final String SESSION_PAGE = SiteLayout.sessionPage("retro", "s1");
    private static final String PARTICIPANT_PAGE = SiteLayout.participantPage("retro");

    @Test
    void links_to_facilitator_files_stay_as_written_on_facilitator_pages() {
        for (String link :
                new String[] {"files/plan.pdf", "s2.html#prompt-1", "index.html", "sheets/s1/attendance.pdf"}) {
            assertEquals(link, on(SESSION_PAGE).relink(link));
        }
        assertEquals("../other/index.html", on(SESSION_PAGE).relink("../other/index.html"));
        assertEquals("../actions.html?owner=Kim", on(SESSION_PAGE).relink("../actions.html?owner=Kim"));
    }

    @Test
    void links_to_participant_files_lead_from_facilitator_pages_into_the_public_folder() {
        assertEquals("../../retro/files/handout.pdf", on(SESSION_PAGE).relink("files/handout.pdf"));
        assertEquals("../../retro/files/notes.html#top", on(SESSION_PAGE).relink("files/notes.html#top"));
        assertEquals("../../retro/participants.html", on(SESSION_PAGE).relink("participants.html"));
        assertEquals(
                "../../retro/retro-participant-handout.pdf", on(SESSION_PAGE).relink("retro-participant-handout.pdf"));
        assertEquals("../../other/participants.html", on(SESSION_PAGE).relink("../other/participants.html"));
        assertEquals("../../assets/logo.png", on(SESSION_PAGE).relink("../assets/logo.png"));
    }

    @Test
    void links_to_participant_files_stay_as_written_on_public_pages() {
        assertEquals("files/handout.pdf", on(PARTICIPANT_PAGE).relink("files/handout.pdf"));
        assertEquals("retro-handout-s1.pdf", on(PARTICIPANT_PAGE).relink("retro-handout-s1.pdf"));
        assertEquals("../other/participants.html", on(PARTICIPANT_PAGE).relink("../other/participants.html"));
    }

    @Test
    void links_to_facilitator_files_lead_from_public_pages_into_the_facilitator_folder() {
        assertEquals(
                "../facilitators/retro/files/plan.pdf", on(PARTICIPANT_PAGE).relink("files/plan.pdf"));
        assertEquals("../facilitators/retro/s2.html", on(PARTICIPANT_PAGE).relink("s2.html"));
        assertEquals("../facilitators/index.html", on(PARTICIPANT_PAGE).relink("../index.html"));
    }

    @Test
    void links_with_a_scheme_anchors_and_root_relative_ones_are_left_alone() {
        for (String link : new String[] {
            "https://example.com/a.html", "mailto:kim@example.com", "tel:+49301234", "#agenda-1", "/files/x.pdf", ""
        }) {
            assertEquals(link, on(PARTICIPANT_PAGE).relink(link));
        }
    }

    @Test
    void a_link_that_climbs_out_of_the_site_is_left_for_the_link_checker() {
        assertEquals("../../../x.html", on(SESSION_PAGE).relink("../../../x.html"));
    }

    @Test
    void a_markdown_attachments_own_links_are_read_from_the_folder_its_page_had() {
        PageLinks onFacilitatorAttachment =
                new PageLinks("retro/files/", SiteLayout.attachmentPage("retro", "guide.md", false), PARTICIPANT_FILES);
        assertEquals("plan.pdf", onFacilitatorAttachment.relink("plan.pdf"));
        assertEquals("../../../retro/files/handout.pdf", onFacilitatorAttachment.relink("handout.pdf"));
        assertEquals("../s2.html", onFacilitatorAttachment.relink("../s2.html"));
    }

    @Test
    void rewrite_changes_only_the_links_that_moved() {
        String markup = "<p>Read <a href=\"files/handout.pdf\">this</a> and <a href=\"s2.html\">that</a>,"
                + " <img src=\"files/plan.png\" alt=\"\" /> <a href=\"https://example.com\">there</a>.</p>";
        assertEquals(
                "<p>Read <a href=\"../../retro/files/handout.pdf\">this</a> and <a href=\"s2.html\">that</a>,"
                        + " <img src=\"files/plan.png\" alt=\"\" /> <a href=\"https://example.com\">there</a>.</p>",
                on(SESSION_PAGE).rewrite(markup));
        assertEquals(
                "<p>Read <a href=\"files/handout.pdf\">this</a> and <a href=\"../facilitators/retro/s2.html\">that</a>,"
                        + " <img src=\"../facilitators/retro/files/plan.png\" alt=\"\" />"
                        + " <a href=\"https://example.com\">there</a>.</p>",
                on(PARTICIPANT_PAGE).rewrite(markup));
    }

    @Test
    void markup_without_links_is_returned_as_it_is() {
        String markup = "<p>No links here.</p>";
        assertSame(markup, on(SESSION_PAGE).rewrite(markup));
    }
}
