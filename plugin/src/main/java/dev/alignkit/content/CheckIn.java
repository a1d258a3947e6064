package dev.alignkit.content;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One review of the scorecard: the {@code number}th, {@code daysAfterStart} days after the kit's start, on
 * {@code date} when the kit has a start.
 */
public record CheckIn(int number, int daysAfterStart, Optional<LocalDate> date) {}
