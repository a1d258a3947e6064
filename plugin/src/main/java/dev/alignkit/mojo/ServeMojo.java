package dev.alignkit.mojo;

import dev.alignkit.engine.BuildReport;
import dev.alignkit.engine.SiteBuilder;
import dev.alignkit.serve.PreviewSession;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds a preview of the site into {@code target/alignkit/preview} (never into {@code site/}, which only
 * {@code align:site} writes), serves it on {@code http://127.0.0.1:8080/}, and rebuilds and reloads open pages
 * whenever a file in {@code content/} or {@code templates/} changes. Stop with Ctrl-C. It runs only when called by
 * name ({@code mvn align:serve}): bound to a phase it would block the build forever, so there it fails at once and
 * names the execution to remove.
 *
 * @since 0.1.0
 */
@Mojo(name = "serve", threadSafe = true, requiresProject = true, requiresDirectInvocation = true)
public class ServeMojo extends AbstractAlignMojo {

    /**
     * Port to serve on.
     *
     * @since 0.1.0
     */
    @Parameter(property = "align.port", defaultValue = "8080")
    int port;

    /**
     * Address to listen on; loopback by default so the preview is not exposed to the network. Requests are answered
     * only when their Host header names this address or {@code localhost}, with the port.
     *
     * @since 0.1.0
     */
    @Parameter(property = "align.host", defaultValue = "127.0.0.1")
    String host;

    /** Tells a goal called by name from one bound to a phase. */
    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    MojoExecution execution;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        DirectInvocation.require(execution, "serve");
        if (skipped()) {
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (PreviewSession session = new PreviewSession(config(), host, port, line -> getLog().info(line))) {
            BuildReport first = session.start();
            if (!first.succeeded()) {
                getLog().warn(
                                "Alignkit: the first build failed; fix the errors above and save, the preview will rebuild");
            }
            getLog().info("Alignkit: serving a preview from " + SiteBuilder.previewFolder(config()) + " at "
                    + session.address() + " (Ctrl-C to stop; align:site publishes to " + outputDirectory + ")");
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "cannot serve on " + host + ":" + port + ": " + e.getMessage()
                            + "; choose another port with -Dalign.port=8081",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
