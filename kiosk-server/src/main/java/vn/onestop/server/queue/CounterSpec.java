package vn.onestop.server.queue;

import java.util.List;

/** A counter as configured: id, display name ("Quầy 2") and the services it calls from, in order of preference. */
public record CounterSpec(String id, String name, List<String> services) {
    public CounterSpec {
        services = List.copyOf(services);
    }
}
