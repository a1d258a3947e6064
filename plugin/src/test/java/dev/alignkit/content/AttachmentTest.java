package dev.alignkit.content;

import static dev.alignkit.content.Kits.onlyProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Attachments stay inside the content folder and must exist. */
class AttachmentTest {

    @Test
    void pathLeavingTheContentFolderIsRefused() {
        assertEquals("kits/broken/attachment-outside.yaml:3:11: error: attachment '../secret.txt' points outside the content folder; "
                + "move the file into content/ and link it from there", onlyProblem("kits/broken/attachment-outside.yaml"));
    }

    @Test
    void absolutePathIsRefused() {
        assertEquals("kits/broken/attachment-absolute.yaml:3:11: error: attachment '/etc/passwd' must be a path relative to the "
                + "content folder, like 'my-kit/agenda.pdf'", onlyProblem("kits/broken/attachment-absolute.yaml"));
    }

    @Test
    void missingFileIsReported() {
        assertEquals("kits/broken/attachment-missing.yaml:3:11: error: attachment 'handouts/agenda.pdf' does not exist; "
                + "check the spelling or add the file under content/", onlyProblem("kits/broken/attachment-missing.yaml"));
    }
}
