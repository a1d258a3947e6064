package dev.alignkit.mojo;

import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Enforces {@code requiresDirectInvocation}: Maven 3 writes the flag into the descriptor but runs a goal bound to a
 * phase anyway, where {@code serve} would block the build forever.
 */
final class DirectInvocation {

    private DirectInvocation() {}

    static void require(MojoExecution execution, String goal) throws MojoFailureException {
        if (execution != null && execution.getSource() == MojoExecution.Source.LIFECYCLE) {
            throw new MojoFailureException(
                    "Alignkit: align:" + goal + " runs only when called by name (mvn align:" + goal
                            + "); remove the goal from the <executions> of align-maven-plugin in your pom (execution '"
                            + execution.getExecutionId() + "')");
        }
    }
}
