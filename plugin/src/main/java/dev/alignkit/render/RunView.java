package dev.alignkit.render;

import java.util.List;

/**
 * What a session's run page shows: its blocks with their planned clock times, minutes and prompts for a meeting, or
 * the open window and launch checklist of a pulse. Built by {@link RunViewBuilder} alone; the page's script reads the
 * minutes and clock times from the data attributes the template writes from here. Absent values are {@code null}.
 *
 * @param storageKey where the browser keeps the run's state: one per kit and session
 * @param timed whether the page has a timer (a meeting with at least one block)
 * @param minutes the planned minutes of all blocks together
 * @param pulse the open window and launch checklist, for a pulse only
 */
public record RunView(
        String kitId,
        String kitTitle,
        String sessionId,
        String title,
        String sessionUrl,
        String storageKey,
        boolean timed,
        String startTime,
        String endTime,
        String duration,
        int minutes,
        List<Block> blocks,
        List<Html> prompts,
        Pulse pulse) {

    /**
     * One time box of the agenda. {@code prompts}: what the room works on during it, its own (none until agenda items
     * name prompts); {@code sessionPrompts}: whether it shows the session's prompts instead, which the page then
     * writes once for all blocks rather than once per block; {@code steps}: how the room works, minute by minute (none
     * until agenda items carry a method). {@code lead} and {@code notes} are for the facilitator only.
     */
    public record Block(
            int number,
            String title,
            int minutes,
            String duration,
            String plannedStart,
            String plannedEnd,
            String lead,
            Html notes,
            boolean pause,
            List<Html> prompts,
            boolean sessionPrompts,
            List<Step> steps) {}

    /** A step of a block's method: "2 minutes in pairs". */
    public record Step(Html text, int minutes, String duration) {}

    /** A pulse has no timer: it is open for a while, and someone launches it. */
    public record Pulse(String opens, String closes, List<Html> prompts, List<Html> checklist, List<Html> tips) {}
}
