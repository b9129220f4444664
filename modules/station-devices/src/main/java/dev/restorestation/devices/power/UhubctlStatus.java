package dev.restorestation.devices.power;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code uhubctl} prints about the hubs it can act on: a "Current status for hub LOCATION
 * [DESCRIPTION]" line per hub, then "  Port N: STATUS flags… [device]" per port. Recent versions end
 * the description with the hub's power switching ("…, 4 ports, ppps", "ganged" or "nops"); older
 * ones say nothing of it. Without {@code -f} every version lists only hubs that report per-port
 * switching. The oldest header ("Current status for hub 1-1, vendor …") is not read: no port of
 * such a hub is offered.
 */
public record UhubctlStatus(List<Hub> hubs) {

    private static final Pattern HUB = Pattern.compile("^Current status for hub (\\S+) \\[(.*)]\\s*$");
    private static final Pattern PORT = Pattern.compile("^\\s+Port (\\d+): ([0-9a-f]{4})\\b(.*)$");
    private static final Pattern SWITCHING = Pattern.compile(", (ppps|ganged|nops)$");

    /**
     * @param location  uhubctl's hub location: {@code 1} for a root hub, {@code 1-1.4} for a hub on a port
     * @param switching "ppps", "ganged", "nops", or "" when this uhubctl does not say
     */
    public record Hub(String location, String switching, List<Integer> ports) {

        /** Whether each port's power is switched alone. */
        public boolean perPort() {
            return switching.isEmpty() || switching.equals("ppps");
        }

        /** The port path of a device on {@code port} of this hub, as the bench names slots. */
        public String portPath(int port) {
            return location.contains("-") ? location + "." + port : location + "-" + port;
        }
    }

    public UhubctlStatus {
        hubs = List.copyOf(hubs);
    }

    public static UhubctlStatus parse(String output) {
        List<Hub> hubs = new ArrayList<>();
        String location = null;
        String switching = "";
        List<Integer> ports = new ArrayList<>();
        for (String line : output.split("\\R")) {
            Matcher hub = HUB.matcher(line);
            Matcher port = PORT.matcher(line);
            if (hub.matches()) {
                if (location != null) {
                    hubs.add(new Hub(location, switching, ports));
                }
                location = hub.group(1);
                Matcher kind = SWITCHING.matcher(hub.group(2));
                switching = kind.find() ? kind.group(1) : "";
                ports = new ArrayList<>();
            } else if (port.matches() && location != null) {
                ports.add(Integer.parseInt(port.group(1)));
            } else if (line.startsWith("New status for hub") || line.startsWith("Sent power")) {
                break; // a report after an action repeats the hub; the first status is the one read
            }
        }
        if (location != null) {
            hubs.add(new Hub(location, switching, ports));
        }
        return new UhubctlStatus(hubs);
    }

    /** Every port path whose power uhubctl can switch alone. */
    public Set<String> switchablePorts() {
        Set<String> paths = new LinkedHashSet<>();
        for (Hub hub : hubs) {
            if (hub.perPort()) {
                hub.ports().forEach(port -> paths.add(hub.portPath(port)));
            }
        }
        return paths;
    }
}
