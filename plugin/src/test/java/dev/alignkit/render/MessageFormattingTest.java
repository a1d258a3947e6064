package dev.alignkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.diagnostics.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Labels with arguments are formatted by Java only: in templates with fmt, for site.js with clientLabel. */
class MessageFormattingTest {
    @TempDir
    Path templates;

    private Theme themeWithLabels(String file, String properties) throws IOException {
        Files.writeString(Files.createDirectories(templates.resolve("i18n")).resolve(file), properties);
        return new Theme(Optional.of(templates));
    }

    private String render(Theme theme, String language, String source, List<Problem> problems) throws IOException {
        Files.writeString(templates.resolve("page.ftlh"), source);
        Map<String, Object> data = new HashMap<>();
        data.put("msg", Messages.load(theme, language).labels());
        return new TemplateRenderer(theme)
                .render("page.ftlh", data, "the test page", problems::add)
                .orElse("");
    }

    private String render(Theme theme, String language, String source) throws IOException {
        List<Problem> problems = new ArrayList<>();
        String out = render(theme, language, source, problems);
        assertEquals(List.of(), problems);
        return out;
    }

    @Test
    void templateLabelWithAChoiceIsFormattedByMessageFormat() throws IOException {
        Theme theme = themeWithLabels(
                "messages.properties", "sessionOf={1,choice,1#The only session|1<Session {0} of {1}}\n");

        String out = render(theme, "en", "${fmt(\"sessionOf\", 1, 1)}|${fmt(\"sessionOf\", 2, 5)}");

        assertEquals("The only session|Session 2 of 5", out);
    }

    @Test
    void germanLabelIsFormattedInGermanWithGermanDigitGrouping() throws IOException {
        Theme theme = new Theme(Optional.empty());
        Files.createDirectories(templates);
        Theme own = new Theme(Optional.of(templates));

        assertEquals("Sitzung 2 von 5", render(own, "de", "${fmt(\"sessionOf\", 2, 5)}"));
        assertEquals("Sitzung 1.200 von 1.500", Messages.load(theme, "de").format("sessionOf", 1200, 1500));
    }

    @Test
    void formattedLabelIsEscapedLikeAnyText() throws IOException {
        Theme theme = themeWithLabels("messages.properties", "sessionNumber=<b>{0}</b>\n");

        assertEquals("&lt;b&gt;3&lt;/b&gt;", render(theme, "en", "${fmt(\"sessionNumber\", 3)}"));
    }

    @Test
    void apostrophesFollowMessageFormatQuoting() throws IOException {
        Theme theme = themeWithLabels("messages.properties", "sessionNumber=Session {0}''s notes\n");

        assertEquals("Session 4&#39;s notes", render(theme, "en", "${fmt(\"sessionNumber\", 4)}"));
    }

    @Test
    void loneApostropheWrittenForTheOldSimpleReplacementIsRefusedNotSwallowed() throws IOException {
        Theme theme = themeWithLabels(
                "messages.properties", "sessionNumber=Today's session {0}\nfilterStatus=It's {0} of {1}\n");
        Messages messages = Messages.load(theme, "en");

        Messages.BadLabelException format =
                assertThrows(Messages.BadLabelException.class, () -> messages.format("sessionNumber", 2));
        Messages.BadLabelException client =
                assertThrows(Messages.BadLabelException.class, () -> messages.clientLabel("filterStatus"));

        assertTrue(
                format.getMessage()
                        .startsWith(
                                templates.getFileName()
                                        + "/i18n/messages.properties: label 'sessionNumber' has an apostrophe"
                                        + " that starts a quote and never ends it. Labels are java.text.MessageFormat patterns: write '' for an apostrophe"),
                format.getMessage());
        assertTrue(client.getMessage().contains("label 'filterStatus' has an apostrophe"), client.getMessage());
    }

    @Test
    void brokenTemplateLabelIsAProblemNamingTheMessagesFileAndKey() throws IOException {
        Theme theme = themeWithLabels("messages.properties", "sessionOf=Session {0 of {1}\n");
        List<Problem> problems = new ArrayList<>();

        render(theme, "en", "<p>${fmt(\"sessionOf\", 1, 2)}</p>", problems);

        assertEquals(1, problems.size(), problems.toString());
        String message = problems.get(0).format();
        assertTrue(message.startsWith(templates.getFileName() + "/page.ftlh:1:"), message);
        assertTrue(
                message.contains(templates.getFileName()
                        + "/i18n/messages.properties: label 'sessionOf' is not a valid MessageFormat pattern"),
                message);
    }

    @Test
    void clientLabelWithAPluralCompilesToItsCasesFromTheHighestLimitDown() {
        String json = ClientLabel.compile("{0,choice,0#No results|1#One result|1<{0} results}", Locale.ENGLISH);

        assertEquals(
                "{\"group\":\",\",\"parts\":[{\"arg\":0,\"cases\":[[1.0000000000000002,[0,\" results\"]],[1,[\"One result\"]],"
                        + "[0,[\"No results\"]]]}]}",
                json);
    }

    @Test
    void clientLabelWithoutChoiceIsLiteralTextAndArguments() {
        assertEquals(
                "{\"group\":\".\",\"parts\":[0,\" von \",1,\" Kits\"]}",
                ClientLabel.compile("{0} von {1} Kits", Locale.GERMAN));
        assertEquals(
                "{\"group\":\",\",\"parts\":[\"No results for “\",0,\"” – it's \\\"quoted\\\"\"]}",
                ClientLabel.compile("No results for “{0}” – it''s \"quoted\"", Locale.ENGLISH));
    }

    @Test
    void clientLabelChoiceCaseCanUseOtherArguments() {
        assertEquals(
                "{\"group\":\",\",\"parts\":[{\"arg\":0,\"cases\":[[2,[0,\" of \",1]],[null,[\"none of \",1]]]}]}",
                ClientLabel.compile("{0,choice,-\u221E#none of {1}|2#{0} of {1}}", Locale.ENGLISH));
    }

    @Test
    void builtInClientLabelsAllCompileInEnglishAndGerman() throws IOException {
        Theme theme = new Theme(Optional.empty());
        for (String language : List.of("en", "de")) {
            Messages messages = Messages.load(theme, language);
            for (String key : List.of(
                    "searchResults", "searchTopResults", "searchNoResults", "filterStatus", "checklistProgress")) {
                assertTrue(messages.clientLabel(key).startsWith("{\"group\":"), language + " " + key);
            }
        }
        assertEquals(
                "{\"group\":\",\",\"parts\":[{\"arg\":0,\"cases\":[[1.0000000000000002,[0,\" results\"]],[1,[\"1 result\"]]]}]}",
                Messages.load(theme, "en").clientLabel("searchResults"));
    }

    @Test
    void clientLabelWithAFormatSiteJsCannotApplyNamesTheFileAndKey() throws IOException {
        Theme theme = themeWithLabels("messages_de.properties", "filterStatus={0,date} von {1}\n");

        Messages.BadLabelException e = assertThrows(
                Messages.BadLabelException.class,
                () -> Messages.load(theme, "de").clientLabel("filterStatus"));

        assertTrue(
                e.getMessage()
                        .startsWith(templates.getFileName()
                                + "/i18n/messages_de.properties: label 'filterStatus' cannot be finished by site.js: "
                                + "argument {0} has a format site.js cannot apply"),
                e.getMessage());
    }

    @Test
    void brokenClientLabelInTheBuiltInFileIsNamedAsBuiltIn() throws IOException {
        Theme theme = themeWithLabels("messages_de.properties", "other=x\n");
        List<Problem> problems = new ArrayList<>();

        render(theme, "de", "<p data-label=\"${clientLabel(\"noSuchKey{\")}\"></p>", problems);

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(
                problems.get(0)
                        .format()
                        .contains("i18n/messages.properties: label 'noSuchKey{' cannot be finished by site.js"),
                problems.get(0).format());
    }

    @Test
    void clientLabelIsEscapedForItsAttribute() throws IOException {
        Theme theme = themeWithLabels("messages.properties", "filterStatus={0} of {1}\n");

        assertEquals(
                "<p data-label=\"{&quot;group&quot;:&quot;,&quot;,&quot;parts&quot;:[0,&quot; of &quot;,1]}\"></p>",
                render(theme, "en", "<p data-label=\"${clientLabel(\"filterStatus\")}\"></p>"));
    }
}
