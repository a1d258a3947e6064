package dev.alignkit.serve;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code Host} headers the preview answers: the address it is bound to, as given and as an IP, and
 * {@code localhost}, each with the port. Any other name is refused, so a web page whose domain an attacker points
 * at 127.0.0.1 (DNS rebinding) cannot read the preview. When bound to every interface, IP literals are accepted as
 * well: rebinding needs a name.
 */
record AllowedHosts(Set<String> names, boolean anyIp, int port) {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]+(%[0-9a-z._~-]+)?]");

    static AllowedHosts of(String configuredHost, InetSocketAddress bound) {
        String ip = bound.getAddress().getHostAddress();
        List<String> names = List.of("localhost", bracketed(configuredHost), bracketed(ip));
        return new AllowedHosts(
                Set.copyOf(names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList()),
                bound.getAddress().isAnyLocalAddress(),
                bound.getPort());
    }

    /** Whether a request's {@code Host} header values, exactly one, name this server. */
    boolean allows(List<String> hostHeaders) {
        if (hostHeaders == null || hostHeaders.size() != 1) {
            return false;
        }
        return nameOf(hostHeaders.get(0).trim().toLowerCase(Locale.ROOT))
                .filter(name -> names.contains(name)
                        || anyIp
                                && (IPV4.matcher(name).matches()
                                        || IPV6.matcher(name).matches()))
                .isPresent();
    }

    /** The name in {@code name:port}, when the port is this server's; a missing port means 80. */
    private Optional<String> nameOf(String host) {
        int colon = host.lastIndexOf(':');
        boolean hasPort = colon >= 0 && host.indexOf(']', colon) < 0;
        String name = hasPort ? host.substring(0, colon) : host;
        String written = hasPort ? host.substring(colon + 1) : "80";
        return written.equals(Integer.toString(port)) ? Optional.of(name) : Optional.empty();
    }

    private static String bracketed(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
