package dev.alignkit.content;

import static dev.alignkit.content.Kits.onlyProblem;
import static dev.alignkit.content.Kits.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The keys that say what participants read: each is read apart from its facilitator counterpart. */
class AudienceKeysTest {
    private final Kit kit = valid("kits/valid/audience.yaml");

    @Test
    void invitationIsReadApartFromTheSummary() {
        assertEquals(
                Optional.of("You are invited to help shape **Customer-First 2027**."),
                kit.invitation().map(Markdown::source));
        assertEquals(
                Optional.of("This kit gives you, the facilitator, four pulses."),
                kit.summary().map(Markdown::source));
    }

    @Test
    void preReadingIsReadApartFromTheInputs() {
        assertEquals(
                List.of("The strategy on a page", "[Last year's results](files/audience/one-pager.md)"),
                kit.preReading().stream().map(Markdown::source).toList());
        assertEquals(
                List.of("The budget for Customer-First 2027"),
                kit.inputs().stream().map(Markdown::source).toList());
    }

    @Test
    void briefIsReadApartFromTheObjective() {
        Session session = kit.sessions().get(0);
        assertEquals(
                Optional.of("We collect your questions about Customer-First 2027."),
                session.brief().map(Markdown::source));
        assertEquals(
                Optional.of("Surface the questions the launch message left open."),
                session.objective().map(Markdown::source));
    }

    @Test
    void attachmentsAreForFacilitatorsUnlessTheySayParticipants() {
        assertEquals(
                List.of(Audience.PARTICIPANTS, Audience.FACILITATORS, Audience.FACILITATORS),
                kit.attachments().stream().map(Attachment::audience).toList());
    }

    @Test
    void aKitWithoutTheKeysHasNothingForParticipants() {
        Kit minimal = valid("kits/valid/minimal.yaml");
        assertEquals(Optional.empty(), minimal.invitation());
        assertEquals(List.of(), minimal.preReading());
        assertEquals(Optional.empty(), minimal.sessions().get(0).brief());
    }

    @Test
    void anUnknownAudienceIsAnErrorAtItsValue() {
        assertEquals(
                "kits/broken/bad-audience.yaml:4:15: error: 'audience' of an attachment 'everyone' is not valid;"
                        + " write facilitators or participants",
                onlyProblem("kits/broken/bad-audience.yaml"));
    }
}
