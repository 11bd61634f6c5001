package vn.onestop.kiosk.config;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import vn.onestop.core.catalogue.ProcedureCatalogue;

/**
 * The procedure catalogue, read (JSON, a few hundred milliseconds of Jackson set-up on a small PC) on a
 * thread of its own once {@link #start} is called, so the attract screen, which does not need it, opens first.
 * The field and procedure screens wait for it with {@link #whenReady}; {@link #get} blocks (never on the
 * event thread) and reads it on the calling thread when nobody started it. Thread-safe.
 */
public final class CatalogueLoad {
    private final Path file;
    private final CompletableFuture<ProcedureCatalogue> result = new CompletableFuture<>();
    private final AtomicBoolean started = new AtomicBoolean();

    private CatalogueLoad(Path file) {
        this.file = file;
    }

    /** The catalogue of {@code file}, not yet read. */
    public static CatalogueLoad of(Path file) {
        return new CatalogueLoad(file);
    }

    /** A catalogue already in memory (tests, screens built from a server's catalogue). */
    public static CatalogueLoad of(ProcedureCatalogue catalogue) {
        CatalogueLoad load = new CatalogueLoad(null);
        load.started.set(true);
        load.result.complete(catalogue);
        return load;
    }

    /** Starts reading on the thread "catalogue-load"; later calls do nothing. */
    public void start() {
        if (started.compareAndSet(false, true)) {
            Thread t = new Thread(this::read, "catalogue-load");
            t.setDaemon(true);
            t.start();
        }
    }

    /** True once the catalogue is read (or failed to be). */
    public boolean isDone() {
        return result.isDone();
    }

    /** Runs {@code then} on the reading thread (or at once) when the catalogue is read or failed; starts it. */
    public void whenReady(Runnable then) {
        start();
        result.whenComplete((c, e) -> then.run());
    }

    /**
     * The catalogue; blocks until it is read.
     *
     * @throws vn.onestop.core.catalogue.CatalogueException naming the file and the entry at fault
     */
    public ProcedureCatalogue get() {
        if (started.compareAndSet(false, true)) {
            read();
        }
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private void read() {
        try {
            result.complete(ProcedureCatalogue.load(file));
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
    }
}
