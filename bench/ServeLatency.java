import dev.alignkit.engine.BuildConfig;
import dev.alignkit.serve.PreviewSession;
import dev.alignkit.site.SiteLayout;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Time from saving a one-kit edit to the edited page being served by a running preview (align:serve without
 * Maven): starts a preview session, then edits the first kit's title several times and polls its page until the new
 * title is served. Prints every measurement and the median of the warm ones (the first edit warms the JVM).
 * Usage: java -cp PLUGIN_CLASSPATH bench/ServeLatency.java PROJECT [edits] [pdf]
 */
public class ServeLatency {
    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        boolean pdf = args.length > 2 && args[2].equals("pdf");
        try (PreviewSession session = new PreviewSession(BuildConfig.forProject(project).withPdf(pdf), "127.0.0.1", 0, line -> { })) {
            if (!session.start().succeeded()) {
                throw new IllegalStateException("the first build failed");
            }
            HttpClient http = HttpClient.newHttpClient();
            Path kit;
            try (var files = Files.list(project.resolve("content"))) {
                kit = files.filter(p -> p.toString().endsWith(".yaml")).sorted().findFirst().orElseThrow();
            }
            String page = session.address() + SiteLayout.kitPage(kit.getFileName().toString().replaceFirst("\\.ya?ml$", ""));
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < edits; i++) {
                String marker = "Edited title " + i;
                String text = Files.readString(kit).replaceFirst("(?m)^title: .*$", "title: " + marker);
                long start = System.nanoTime();
                Files.writeString(kit, text);
                while (!http.send(HttpRequest.newBuilder(URI.create(page)).build(), HttpResponse.BodyHandlers.ofString()).body().contains(marker)) {
                    Thread.sleep(2);
                }
                millis.add((System.nanoTime() - start) / 1_000_000);
            }
            List<Long> warm = new ArrayList<>(millis.subList(1, millis.size()));
            warm.sort(null);
            System.out.println("save-to-served ms: " + millis + "; median of warm edits: " + warm.get(warm.size() / 2));
        }
        System.exit(0);
    }
}
