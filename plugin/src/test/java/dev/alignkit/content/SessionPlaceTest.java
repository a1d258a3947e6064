package dev.alignkit.content;

import static dev.alignkit.content.Kits.onlyProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A session's {@code location} and {@code online} meeting: text, and an address anybody can open. */
class SessionPlaceTest {
    @TempDir
    Path content;

    @Test
    void locationAndOnlineMeetingLoad() {
        Kit kit = Kits.valid("kits/valid/session-place.yaml");
        Session kickoff = kit.sessions().get(0);
        assertEquals(Optional.of("Room 4.12, Berlin office"), kickoff.location());
        assertEquals(Optional.of("https://meet.example.com/kickoff?pin=4711"), kickoff.online());
        assertEquals(Optional.empty(), kit.sessions().get(2).online());
    }

    @Test
    void scriptAddressIsRefusedAtItsPositionWithTheFix() {
        assertEquals(
                "kits/broken/online-javascript.yaml:5:13: error: 'online' of a session: 'javascript:alert(document.cookie)'"
                        + " is not a web address: only http:// and https:// addresses open in every browser; write the"
                        + " meeting's full address, e.g. https://meet.example.com/team-sync",
                onlyProblem("kits/broken/online-javascript.yaml"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "JaVaScRiPt:alert(1)",
                "\" java\\tscript:alert(1)\"",
                "javascript&#58;alert(1)",
                "&#106;avascript:alert(1)",
                "javascript%3Aalert(1)",
                "data:text/html;base64,PHNjcmlwdD4=",
                "file:///etc/passwd",
                "ftp://files.example.com/x",
                "mailto:team@example.com",
                "//evil.example/meet",
                "meet.example.com/room",
                "https://",
                "\"https://meet.example.com/a b\"",
                "\"https://meet.example.com/\\u202Efdp.exe\"",
                "\"https://meet.example.com/\\rDTSTART:20300101T000000Z\""
            })
    void onlyAnHttpOrHttpsAddressIsAccepted(String address) throws IOException {
        Path file = Files.writeString(
                content.resolve("kit.yaml"),
                "title: Kit\nsessions:\n  - title: A\n    prompt: Why?\n    online: " + address + "\n");
        LoadResult result = new KitLoader(content, content, KitDefaults.english()).load(file);
        String problem = onlyProblem(result);
        assertTrue(problem.startsWith("kit.yaml:5:13: error: 'online' of a session"), problem);
        // a line break is refused for every text of a kit before the address is judged
        assertTrue(problem.contains("is not a web address") || problem.contains("control character U+000D"), problem);
    }
}
