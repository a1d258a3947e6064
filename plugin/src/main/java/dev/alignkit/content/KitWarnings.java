package dev.alignkit.content;

import dev.alignkit.diagnostics.Echo;
import dev.alignkit.diagnostics.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Likely mistakes in a valid kit: they do not stop a build, but {@code align:check} shows them so that a
 * facilitator notices before the session.
 */
public final class KitWarnings {
    private KitWarnings() {}

    public static List<Problem> of(Kit kit) {
        List<Problem> warnings = new ArrayList<>();
        for (Session session : kit.sessions()) {
            if (session.prompts().isEmpty() && session.agenda().isEmpty()) {
                warnings.add(
                        Problem.warning(
                                session.position(),
                                "session '" + Echo.value(session.title())
                                        + "' has neither prompts nor an agenda; add 'prompts:' for a pulse or 'agenda:' for a meeting"));
            }
            if (session.format().isMeeting() && kit.groundRules().isEmpty()) {
                warnings.add(
                        Problem.warning(
                                session.position(),
                                "session '" + Echo.value(session.title()) + "' is a "
                                        + session.format().key()
                                        + " but the kit has no ground rules; add 'ground_rules:' so the room knows how to work together"));
            }
        }
        Stream.concat(kit.sessions().stream().flatMap(s -> s.followUp().stream()), Stream.<Task>empty())
                .filter(task -> task.owner().isEmpty())
                .forEach(task -> warnings.add(Problem.warning(
                        task.position(),
                        "follow-up task '" + Echo.value(task.item())
                                + "' has no owner; add 'owner:' so that someone is accountable for it")));
        List<Task> actions = Stream.concat(
                        kit.sessions().stream().flatMap(s -> s.followUp().stream()),
                        kit.phases().stream().flatMap(p -> p.checklist().stream()))
                .toList();
        kit.scorecard()
                .ifPresent(scorecard -> scorecard.kpis().stream()
                        .filter(kpi ->
                                actions.stream().noneMatch(task -> task.kpis().contains(kpi.name())))
                        .forEach(kpi -> warnings.add(Problem.warning(
                                kpi.position(),
                                "no action serves KPI '" + Echo.value(kpi.name()) + "'; add 'kpi: "
                                        + Echo.value(kpi.name())
                                        + "' to the follow-up task or checklist item that moves it"))));
        String sessionText = sessionText(kit);
        for (Stakeholder stakeholder : kit.stakeholders()) {
            if (stakeholder.impact().filter(i -> i == Impact.HIGH).isPresent()
                    && !sessionText.contains(stakeholder.name().toLowerCase(Locale.ROOT))) {
                warnings.add(
                        Problem.warning(
                                stakeholder.position(),
                                "stakeholder '" + Echo.value(stakeholder.name())
                                        + "' is highly impacted but no session mentions it; name it in a session's objective, prompts or agenda"));
            }
        }
        return List.copyOf(warnings);
    }

    private static String sessionText(Kit kit) {
        StringBuilder text = new StringBuilder();
        for (Session s : kit.sessions()) {
            text.append(s.title()).append('\n');
            s.objective().ifPresent(m -> text.append(m.source()).append('\n'));
            Stream.of(s.prompts(), s.tips(), s.materials())
                    .flatMap(List::stream)
                    .forEach(m -> text.append(m.source()).append('\n'));
            s.agenda().forEach(a -> {
                a.title().ifPresent(t -> text.append(t).append('\n'));
                a.lead().ifPresent(l -> text.append(l).append('\n'));
                a.notes().ifPresent(n -> text.append(n.source()).append('\n'));
            });
            s.followUp()
                    .forEach(t -> text.append(t.item())
                            .append(' ')
                            .append(t.owner().orElse(""))
                            .append('\n'));
            s.then().ifPresent(m -> text.append(m.source()).append('\n'));
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }
}
