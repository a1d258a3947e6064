package dev.alignkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.alignkit.render.Views.AllDay;
import dev.alignkit.render.Views.KitView;
import dev.alignkit.support.PrintFixture;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What pages and printouts say of a pulse's open window. */
class PulseWindowViewTest {
    private static KitView view(String fixture) {
        return new PrintFixture().view(PrintFixture.loadKit(Path.of("src/test/resources/" + fixture)));
    }

    @Test
    void datedWindowShowsItsFirstAndLastDay() {
        assertEquals(
                "Jan 11, 2027 – Jan 15, 2027",
                view("kits/valid/pulse-window.yaml")
                        .sessions()
                        .get(0)
                        .schedule()
                        .window());
    }

    @Test
    void undatedWindowSaysHowLongItIsOpen() {
        assertEquals(
                "5 days",
                view("render/undated-pulse-window-kit.yaml")
                        .sessions()
                        .get(0)
                        .schedule()
                        .window());
    }

    @Test
    void sessionWithoutWindowHasNone() {
        assertNull(view("kits/valid/pulse-window.yaml")
                .sessions()
                .get(2)
                .schedule()
                .window());
    }

    @Test
    void windowIsTheSessionsCalendarSlot() {
        assertEquals(
                new AllDay(LocalDate.of(2027, 1, 25), LocalDate.of(2027, 1, 31)),
                view("kits/valid/pulse-window.yaml")
                        .sessions()
                        .get(1)
                        .schedule()
                        .calendarSlot());
    }
}
