package dev.alignkit.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UrlPathTest {
    @Test
    void reservedCharactersAndSpacesArePercentEncodedAndSlashesKept() {
        assertEquals("kit/files/agenda%20%231%3F%20100%25.pdf", UrlPath.encode("kit/files/agenda #1? 100%.pdf"));
    }

    @Test
    void nonAsciiLettersAreEncodedAsUtf8() {
        assertEquals("kit/files/%C3%9Cbersicht.pdf", UrlPath.encode("kit/files/Übersicht.pdf"));
    }
}
