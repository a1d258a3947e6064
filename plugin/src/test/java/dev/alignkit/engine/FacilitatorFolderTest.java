package dev.alignkit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.diagnostics.Problem;
import dev.alignkit.site.SiteLayout;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facilitator material is under {@code facilitators/}, participant material outside it, and links written in a kit's
 * Markdown for the site before the split still lead to the same files from both parts.
 */
class FacilitatorFolderTest {
    @TempDir
    Path project;

    private static final String KIT = """
            title: Kit
            invitation: "Read [the handout](files/handout.txt) first; [the plan](files/plan.txt) is for your host."
            attachments:
              - file: handout.txt
                title: Handout
                audience: participants
              - file: notes.md
                title: Notes
                audience: participants
              - file: plan.txt
                title: Plan
            sessions:
              - title: One
                objective: "Hand out [the handout](files/handout.txt) and [the notes](files/notes.html), keep [the plan](files/plan.txt), show [the participant page](participants.html), then [session two](two.html)."
                prompt: "What do you make of [the handout](files/handout.txt)?"
              - title: Two
                prompt: Why?
            """;

    private BuildReport build() throws IOException {
        Path content = Files.createDirectories(project.resolve("content"));
        Files.writeString(content.resolve("kit.yaml"), KIT);
        Files.writeString(content.resolve("handout.txt"), "for everyone");
        Files.writeString(content.resolve("plan.txt"), "for the host");
        Files.writeString(content.resolve("notes.md"), "# Notes\n\nSee [the handout](handout.txt).\n");
        return new SiteBuilder(BuildConfig.forProject(project).withPdf(false)).build();
    }

    private Path site() {
        return project.resolve("site");
    }

    private String page(String path) throws IOException {
        return Files.readString(site().resolve(path));
    }

    @Test
    void participant_attachments_are_public_and_facilitator_attachments_under_the_facilitator_folder()
            throws IOException {
        BuildReport report = build();

        assertTrue(report.succeeded(), report.problems().toString());
        assertTrue(Files.isRegularFile(site().resolve("kit/files/handout.txt")));
        assertTrue(Files.isRegularFile(site().resolve("kit/files/notes.html")));
        assertTrue(Files.isRegularFile(site().resolve("facilitators/kit/files/plan.txt")));
        assertFalse(Files.exists(site().resolve("kit/files/plan.txt")));
        assertFalse(Files.exists(site().resolve("facilitators/kit/files/handout.txt")));
    }

    @Test
    void markdown_links_written_against_the_kits_folder_lead_to_the_same_files_from_both_parts() throws IOException {
        BuildReport report = build();

        // The build checks every internal link of every page: none is broken.
        assertTrue(report.succeeded(), report.problems().toString());
        String participants = page(SiteLayout.participantPage("kit"));
        assertTrue(participants.contains("<a href=\"files/handout.txt\">the handout</a>"), participants);
        assertTrue(participants.contains("<a href=\"../facilitators/kit/files/plan.txt\">the plan</a>"), participants);
        String session = page(SiteLayout.sessionPage("kit", "one"));
        assertTrue(session.contains("<a href=\"../../kit/files/handout.txt\">the handout</a>"), session);
        assertTrue(session.contains("<a href=\"../../kit/files/notes.html\">the notes</a>"), session);
        assertTrue(session.contains("<a href=\"files/plan.txt\">the plan</a>"), session);
        assertTrue(session.contains("<a href=\"../../kit/participants.html\">the participant page</a>"), session);
        assertTrue(session.contains("<a href=\"two.html\">session two</a>"), session);
        String notes = page("kit/files/notes.html");
        assertTrue(notes.contains("<a href=\"handout.txt\">the handout</a>"), notes);
    }

    @Test
    void a_link_in_participant_text_to_a_facilitator_file_is_a_warning_at_its_line() throws IOException {
        BuildReport report = build();

        assertEquals(
                List.of("content/kit.yaml:2:70: warning: link files/plan.txt in text for participants leads to"
                        + " facilitator material (facilitators/kit/files/plan.txt), which a host may keep from"
                        + " participants; give the attachment 'audience: participants', or link it from facilitator"
                        + " text only"),
                report.problems().stream()
                        .map(Problem::format)
                        .filter(p -> p.contains("facilitator material"))
                        .toList());
    }

    @Test
    void the_public_sitemap_lists_only_public_pages_and_the_facilitator_sitemap_only_facilitator_pages()
            throws IOException {
        build();
        String url = "https://intranet.example.com/kits/";
        BuildReport report =
                new SiteBuilder(BuildConfig.forProject(project).withPdf(false).withSiteUrl(Optional.of(url))).build();
        assertTrue(report.succeeded(), report.problems().toString());

        assertEquals(
                List.of(url + "index.html", url + "kit/participants.html", url + "kit/files/notes.html"),
                locations(page(SiteLayout.SITEMAP)));
        assertEquals(
                List.of(
                        url + "facilitators/index.html",
                        url + "facilitators/kit/index.html",
                        url + "facilitators/kit/one.html",
                        url + "facilitators/kit/two.html"),
                locations(page(SiteLayout.FACILITATOR_SITEMAP)));
    }

    private static List<String> locations(String sitemap) {
        return Jsoup.parse(sitemap, "", Parser.xmlParser()).select("loc").eachText();
    }

    /** The README tells hosts without access to the server configuration to restrict the folder with an .htaccess. */
    @Test
    void an_htaccess_put_into_the_facilitator_folder_survives_every_build() throws IOException {
        assertTrue(build().succeeded());
        Path htaccess = site().resolve(SiteLayout.FACILITATORS).resolve(".htaccess");
        Files.writeString(htaccess, "Require valid-user\n");
        Files.writeString(project.resolve("content/kit.yaml"), KIT.replace("title: Kit", "title: Kit, revised"));

        BuildReport report = new SiteBuilder(BuildConfig.forProject(project).withPdf(false)).build();

        assertTrue(report.succeeded(), report.problems().toString());
        assertTrue(page(SiteLayout.kitPage("kit")).contains("Kit, revised"));
        assertEquals("Require valid-user\n", Files.readString(htaccess));
    }

    @Test
    void public_pages_link_nothing_under_the_facilitator_folder_but_the_home_pages_way_in() throws IOException {
        Path content = Files.createDirectories(project.resolve("content"));
        Files.writeString(
                content.resolve("plain.yaml"),
                "title: Plain\nattachments:\n  - file: notes.md\n    title: Notes\n    audience: participants\n"
                        + "sessions:\n  - title: One\n    prompt: Why?\n");
        Files.writeString(content.resolve("notes.md"), "# Notes\n");
        BuildReport report = new SiteBuilder(BuildConfig.forProject(project).withPdf(false)).build();
        assertTrue(report.succeeded(), report.problems().toString());

        List<String> intoFacilitators = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String path = site().relativize(file).toString().replace('\\', '/');
                if (SiteLayout.isFacilitatorMaterial(path)) {
                    continue;
                }
                URI base = URI.create("file:///site/" + path);
                for (var element :
                        Jsoup.parse(Files.readString(file)).select("[href], [src], [data-index], [action]")) {
                    for (String attribute : List.of("href", "src", "data-index", "action")) {
                        String link = element.attr(attribute);
                        if (link.isEmpty() || link.contains(":")) {
                            continue;
                        }
                        String target = base.resolve(link).getPath().substring("/site/".length());
                        if (SiteLayout.isFacilitatorMaterial(target)) {
                            intoFacilitators.add(path + " -> " + target);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(SiteLayout.INDEX + " -> " + SiteLayout.CATALOGUE), intoFacilitators);
    }
}
