package dev.alignkit.content;

import dev.alignkit.diagnostics.SourcePosition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A measured value of a KPI, written for a check-in ({@code check_in: 2}) or a date. {@code day} counts from the
 * kit's start (check-in n is day n times the review interval). {@code number} is present when the value is numeric,
 * which it must be when the KPI has a baseline or a target; {@code written} is the value as written.
 */
public record KpiActual(
        Optional<Integer> checkIn,
        Optional<LocalDate> date,
        int day,
        String written,
        Optional<BigDecimal> number,
        Optional<String> note,
        SourcePosition position) {}
