package dev.alignkit.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SourcePositionTest {

    @Test
    void a_setting_is_named_by_its_property_without_a_made_up_line() {
        assertEquals(
                "align.outputDirectory: error: outputDirectory /home is your home folder",
                Problem.error(
                                SourcePosition.ofSetting("align.outputDirectory"),
                                "outputDirectory /home is your home folder")
                        .format());
    }

    @Test
    void in_a_module_a_files_path_starts_at_the_reactor_root() {
        assertEquals(
                "modules/hr/content/kit.yaml:3:5: error: x",
                Problem.error(new SourcePosition("content/kit.yaml", 3, 5), "x")
                        .inModule("modules/hr")
                        .format());
    }

    @Test
    void in_a_module_a_setting_says_which_module_it_belongs_to() {
        assertEquals(
                "modules/hr: align.outputDirectory: error: x",
                Problem.error(SourcePosition.ofSetting("align.outputDirectory"), "x")
                        .inModule("modules/hr")
                        .format());
    }

    @Test
    void at_the_reactor_root_nothing_is_added() {
        assertEquals(
                "content/kit.yaml:3:5",
                new SourcePosition("content/kit.yaml", 3, 5).inModule("").toString());
    }
}
