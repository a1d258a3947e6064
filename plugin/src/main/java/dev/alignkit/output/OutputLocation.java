package dev.alignkit.output;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Refuses output folders whose replacement would touch the user's own files: the project itself, its content,
 * its templates, or anything that contains them.
 */
public final class OutputLocation {
    private OutputLocation() {}

    /** Why {@code output} is unsafe, one message per reason; empty when it is fine. */
    public static List<String> problems(Path output, Path project, Path content, Path templates) {
        Path out = normal(output);
        Map<String, Path> protectedFolders = new LinkedHashMap<>();
        protectedFolders.put("the project folder", normal(project));
        protectedFolders.put("the content folder", normal(content));
        protectedFolders.put("the templates folder", normal(templates));
        List<String> problems = new ArrayList<>();
        protectedFolders.forEach((name, folder) -> {
            if (out.equals(folder)) {
                problems.add("outputDirectory " + out + " is " + name + "; building there would replace it. Set align.outputDirectory to a folder of its own, such as site/");
            } else if (folder.startsWith(out)) {
                problems.add("outputDirectory " + out + " contains " + name + " (" + folder + "); choose a folder of its own, such as site/");
            } else if (out.startsWith(folder) && !name.equals("the project folder")) {
                problems.add("outputDirectory " + out + " is inside " + name + " (" + folder + "); generated files would be read as input. Choose a folder outside it, such as site/");
            }
        });
        if (out.getParent() == null) {
            problems.add("outputDirectory " + out + " is a file-system root; choose a folder of its own, such as site/");
        }
        return problems;
    }

    private static Path normal(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
