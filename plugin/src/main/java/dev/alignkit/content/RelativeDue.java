package dev.alignkit.content;

import java.time.LocalDate;

/** A due date relative to a session or to the kit's start, as written: {@code +2d}, {@code -1w}. */
public record RelativeDue(int days, String written) {
    /** The due day counted from the day it is relative to. */
    public LocalDate from(LocalDate anchor) {
        return anchor.plusDays(days);
    }
}
