package dev.alignkit.mojo;

import dev.alignkit.engine.BuildReport;
import dev.alignkit.engine.SiteBuilder;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Validates every kit, renders every page and PDF in memory and checks internal links and attachments, without
 * writing {@code site/}. Fails on any error; lists warnings for likely mistakes. Meant for pull-request CI.
 * Listed in an execution without a {@code <phase>}, it runs in {@code verify}.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class CheckMojo extends AbstractAlignMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        BuildReport result = new SiteBuilder(config()).check();
        log(result.problems());
        getLog().info(String.format(
                Locale.ROOT,
                "Alignkit check: %d kits, %d errors, %d warnings",
                result.kits(),
                result.errorCount(),
                result.warningCount()));
        failOnErrors(result.problems(), "checking the kits");
    }
}
