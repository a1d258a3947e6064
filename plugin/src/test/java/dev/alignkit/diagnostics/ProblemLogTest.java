package dev.alignkit.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProblemLogTest {
    private static final SourcePosition SESSION_TEMPLATE = new SourcePosition("templates/session.ftlh", 12, 3);

    @Test
    void a_template_error_on_every_session_page_is_reported_once_with_the_first_page_and_the_count() {
        ProblemLog log = new ProblemLog(List.of());
        IntStream.rangeClosed(1, 1240)
                .forEach(n -> log.accept(Problem.error(SESSION_TEMPLATE, "template error: nosuch is undefined")
                        .during("while rendering kit 'k', page k/s" + (10000 + n) + ".html")));

        assertEquals(
                List.of("templates/session.ftlh:12:3: error: template error: nosuch is undefined"
                        + " (while rendering kit 'k', page k/s10001.html, on 1,240 pages)"),
                log.toList().stream().map(Problem::format).toList());
    }

    @Test
    void the_same_message_at_another_position_is_another_problem() {
        ProblemLog log = new ProblemLog(List.of());
        log.accept(
                Problem.error(SESSION_TEMPLATE, "template error: x").during("while rendering kit 'a', page a/s.html"));
        log.accept(Problem.error(new SourcePosition("templates/session.ftlh", 14, 1), "template error: x")
                .during("while rendering kit 'a', page a/s.html"));

        assertEquals(2, log.toList().size());
    }

    @Test
    void distinct_problems_of_one_file_are_capped_with_a_line_saying_how_many_were_left_out() {
        ProblemLog log = new ProblemLog(List.of());
        IntStream.rangeClosed(1, Problems.MAX_PER_FILE + 5)
                .forEach(line -> log.accept(
                        Problem.error(new SourcePosition("templates/kit.ftlh", line, 1), "template error: x")));

        List<Problem> problems = log.toList();

        assertEquals(Problems.MAX_PER_FILE + 1, problems.size());
        assertEquals(
                "templates/kit.ftlh:1:1: error: 5 more problems not shown; fix the ones above and run again",
                problems.get(problems.size() - 1).format());
    }

    @Test
    void problems_come_out_in_file_line_column_order() {
        ProblemLog log = new ProblemLog(List.of(Problem.warning(new SourcePosition("content/b.yaml", 2, 1), "b")));
        log.accept(Problem.error(new SourcePosition("content/a.yaml", 9, 1), "a9"));
        log.accept(Problem.error(new SourcePosition("content/a.yaml", 3, 4), "a3"));

        assertEquals(
                List.of("a3", "a9", "b"),
                log.toList().stream().map(Problem::message).toList());
    }
}
