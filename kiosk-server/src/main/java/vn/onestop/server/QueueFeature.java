package vn.onestop.server;

import vn.onestop.server.http.RouteTable;
import vn.onestop.server.queue.CounterApi;
import vn.onestop.server.queue.CounterBinding;
import vn.onestop.server.queue.CounterConsole;
import vn.onestop.server.queue.CounterConsoleApi;
import vn.onestop.server.queue.CounterDesk;
import vn.onestop.server.queue.QueueService;

/** The ticket queue (seeded from the configuration at the first start) and the counters that call from it. */
record QueueFeature(QueueService queue, CounterDesk desk, CounterBinding binding) {

    static QueueFeature wire(Platform p) {
        QueueService queue = new QueueService(p.db(), p.config(), p.clock(), p.events());
        queue.seed();
        return new QueueFeature(queue, new CounterDesk(p.db(), p.config(), p.clock(), p.events(), queue),
                new CounterBinding(p.db()));
    }

    /** The counters' calls (next, recall, transfer...). */
    void registerCounters(RouteTable r, Platform p, Callers callers) {
        new CounterApi(desk, queue, callers.kiosks(), p.audit(), p.json(), binding).register(r);
    }

    /** The counter console's own view of the queue. */
    void registerConsole(RouteTable r, Platform p) {
        new CounterConsoleApi(new CounterConsole(p.db(), queue.settings(), p.clock()), queue.settings()).register(r);
    }
}
