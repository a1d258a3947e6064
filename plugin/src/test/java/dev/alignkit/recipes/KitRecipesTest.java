package dev.alignkit.recipes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alignkit.content.KitDefaults;
import dev.alignkit.content.KitLoader;
import dev.alignkit.content.KitRecipes;
import dev.alignkit.content.LoadResult;
import dev.alignkit.content.MethodFile;
import dev.alignkit.engine.BuildConfig;
import dev.alignkit.engine.BuildReport;
import dev.alignkit.engine.SiteBuilder;
import dev.alignkit.render.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class KitRecipesTest {
    private static final Supplier<List<MethodFile>> THEME_METHODS = () -> new Theme(Optional.empty()).methodFiles();

    static final java.util.List<String> RECIPES = KitRecipes.NAMES;

    @TempDir
    Path content;

    @ParameterizedTest
    @FieldSource("RECIPES")
    void everyRecipeWritesAKitThatLoadsWithoutProblems(String recipe) {
        KitRecipes.Created created =
                KitRecipes.create(content, "Customer-First \"Rollout\"", recipe, LocalDate.of(2027, 1, 11));
        assertTrue(created.succeeded(), created.problem());
        assertEquals("customer-first-rollout.yaml", created.file().getFileName().toString());
        LoadResult loaded = new KitLoader(content, content, KitDefaults.english(), THEME_METHODS).load(created.file());
        assertEquals(java.util.List.of(), loaded.problems());
        assertEquals("Customer-First \"Rollout\"", loaded.kits().get(0).title());
    }

    @Test
    void writtenKitStartsWithTheSchemaLineForEditors() throws IOException {
        Path file = KitRecipes.create(content, "New Kit", "meeting", LocalDate.of(2027, 1, 11))
                .file();
        assertTrue(Files.readString(file).startsWith("# yaml-language-server: $schema="));
    }

    @Test
    void existingKitIsNeverOverwritten() throws IOException {
        Files.writeString(content.resolve("new-kit.yaml"), "title: Mine\n");
        KitRecipes.Created created = KitRecipes.create(content, "New Kit", "meeting", LocalDate.of(2027, 1, 11));
        assertFalse(created.succeeded());
        assertTrue(
                created.problem().endsWith("new-kit.yaml already exists; choose another title or edit that file"),
                created.problem());
        assertEquals("title: Mine\n", Files.readString(content.resolve("new-kit.yaml")));
    }

    @Test
    void unknownRecipeIsRefusedWithSuggestion() {
        KitRecipes.Created created = KitRecipes.create(content, "New Kit", "meting", LocalDate.of(2027, 1, 11));
        assertEquals(
                "unknown recipe 'meting' (did you mean 'meeting'?); choose one of pulse-series, meeting, alignment-day, align-the-organization",
                created.problem());
    }

    static final java.util.List<String> AWKWARD_TITLES = java.util.List.of(
            "Index", "Assets", "{strategie} rollout", "404", "Schema", "x".repeat(200), "word ".repeat(39) + "end");

    @ParameterizedTest
    @FieldSource("AWKWARD_TITLES")
    void awkwardTitlesStillGiveAKitThatBuilds(String title) throws IOException {
        Path project = content.resolve("project");
        KitRecipes.Created created =
                KitRecipes.create(project.resolve("content"), title, "meeting", LocalDate.of(2027, 1, 11));
        assertTrue(created.succeeded(), created.problem());

        BuildReport report = new SiteBuilder(BuildConfig.forProject(project).withPdf(false)).check();

        assertEquals(
                java.util.List.of(),
                report.problems().stream()
                        .filter(dev.alignkit.diagnostics.Problem::isError)
                        .toList());
        LoadResult loaded = new KitLoader(project.resolve("content"), project, KitDefaults.english(), THEME_METHODS)
                .load(created.file());
        assertEquals(title.strip(), loaded.kits().get(0).title());
    }

    @Test
    void titleWithAControlCharacterIsRefusedAndNothingIsWritten() throws IOException {
        KitRecipes.Created created =
                KitRecipes.create(content, "Kick\noff\u0007", "meeting", LocalDate.of(2027, 1, 11));

        assertEquals(
                "the title 'Kick\\noff\\u0007' contains the control character U+000A; write the title on one line without it",
                created.problem());
        try (var files = Files.list(content)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void titleLongerThanTheLimitIsRefused() {
        KitRecipes.Created created = KitRecipes.create(content, "x".repeat(201), "meeting", LocalDate.of(2027, 1, 11));

        assertEquals(
                "the title is 201 characters long, more than the limit of 200; choose a shorter title and put the rest into"
                        + " the kit's summary",
                created.problem());
    }

    @Test
    void emptyTitleIsRefused() {
        assertEquals(
                "a title is needed: mvn align:new -Dalign.title=\"Customer-First Rollout\"",
                KitRecipes.create(content, "  ", "meeting", LocalDate.of(2027, 1, 11))
                        .problem());
    }
}
