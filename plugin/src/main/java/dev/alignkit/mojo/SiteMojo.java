package dev.alignkit.mojo;

import dev.alignkit.engine.BuildProgress;
import dev.alignkit.engine.BuildReport;
import dev.alignkit.engine.SiteBuilder;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Builds the site and PDF kits from {@code content/} and {@code templates/} into {@code site/}. Listed in an
 * execution without a {@code <phase>}, it runs in {@code package}, so the site is ready before {@code install} or
 * {@code deploy}; it never binds to Maven's own {@code site} phase, which would bring in maven-site-plugin.
 *
 * @since 0.1.0
 */
@Mojo(name = "site", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = true)
public class SiteMojo extends AbstractAlignMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        BuildProgress progress = new BuildProgress(getLog()::info, System::nanoTime);
        BuildReport result = new SiteBuilder(config()).build(progress);
        log(result.problems());
        failOnErrors(result.problems(), "building the site");
        getLog().info("Alignkit: " + result.summary() + " to " + outputDirectory);
        progress.closingLine().ifPresent(getLog()::info);
    }
}
