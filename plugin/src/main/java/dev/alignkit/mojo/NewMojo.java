package dev.alignkit.mojo;

import dev.alignkit.content.KitRecipes;
import java.io.File;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Starts a kit: writes {@code content/<slug>.yaml} from a built-in recipe, commented key by key. Never overwrites.
 * Example: {@code mvn align:new -Dalign.title="Customer-First Rollout" -Dalign.recipe=meeting}. It runs only when
 * called by name: a build that wrote a new kit on every run would be a surprise.
 *
 * @since 0.1.0
 */
@Mojo(name = "new", threadSafe = true, requiresProject = false, requiresDirectInvocation = true)
public class NewMojo extends AbstractMojo {

    /**
     * Title of the new kit; its slug names the file.
     *
     * @since 0.1.0
     */
    @Parameter(property = "align.title")
    String title;

    /**
     * One of pulse-series, meeting, alignment-day, align-the-organization.
     *
     * @since 0.1.0
     */
    @Parameter(property = "align.recipe", defaultValue = "pulse-series")
    String recipe;

    /**
     * First day of the kit (YYYY-MM-DD); defaults to next Monday.
     *
     * @since 0.1.0
     */
    @Parameter(property = "align.start")
    String start;

    /**
     * Where kits live.
     *
     * @since 0.1.0
     */
    @Parameter(property = "align.contentDirectory", defaultValue = "${basedir}/content")
    File contentDirectory;

    /** Tells a goal called by name from one bound to a phase. */
    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    MojoExecution execution;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        DirectInvocation.require(execution, "new");
        LocalDate first;
        try {
            first = start == null || start.isBlank()
                    ? LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                    : LocalDate.parse(start);
        } catch (DateTimeParseException e) {
            throw new MojoFailureException("align.start '" + start + "' is not a date; write YYYY-MM-DD");
        }
        KitRecipes.Created created = KitRecipes.create(contentDirectory.toPath(), title, recipe, first);
        if (!created.succeeded()) {
            throw new MojoFailureException("Alignkit: " + created.problem());
        }
        getLog().info("Alignkit: wrote " + created.file() + " from the " + recipe
                + " recipe; edit it, then run mvn align:site");
    }
}
