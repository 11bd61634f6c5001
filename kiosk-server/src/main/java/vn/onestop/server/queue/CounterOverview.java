package vn.onestop.server.queue;

import java.util.List;

/** A counter on the supervisor's overview: its services, whether it is open, who staffs it and the number called. */
public record CounterOverview(String id, String name, List<String> services, boolean open, String staff,
        String current) {}
