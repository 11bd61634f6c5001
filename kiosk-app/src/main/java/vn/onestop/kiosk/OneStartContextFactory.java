package vn.onestop.kiosk;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.logging.log4j.core.impl.Log4jContextFactory;

/**
 * Log4j's context factory with one change: a thread asking for a logger while another thread is reading the
 * configuration waits for it. Log4j's own {@code LoggerContext.start()} only {@code tryLock}s: the losing thread
 * gets the context still on its default configuration (errors only, to the console), so its first lines never
 * reach the log file. The kiosk starts Log4j on a thread of its own once the window is open while the network,
 * catalogue and printer threads start logging, so it needs this. Named in {@code log4j2.component.properties}.
 */
public final class OneStartContextFactory extends Log4jContextFactory {

    @Override
    public synchronized LoggerContext getContext(String fqcn, ClassLoader loader, Object externalContext,
            boolean currentContext) {
        return super.getContext(fqcn, loader, externalContext, currentContext);
    }

    @Override
    public synchronized LoggerContext getContext(String fqcn, ClassLoader loader, Object externalContext,
            boolean currentContext, ConfigurationSource source) {
        return super.getContext(fqcn, loader, externalContext, currentContext, source);
    }

    @Override
    public synchronized LoggerContext getContext(String fqcn, ClassLoader loader, Object externalContext,
            boolean currentContext, Configuration configuration) {
        return super.getContext(fqcn, loader, externalContext, currentContext, configuration);
    }

    @Override
    public synchronized LoggerContext getContext(String fqcn, ClassLoader loader, Object externalContext,
            boolean currentContext, URI configLocation, String name) {
        return super.getContext(fqcn, loader, externalContext, currentContext, configLocation, name);
    }

    @Override
    public synchronized LoggerContext getContext(String fqcn, ClassLoader loader,
            Map.Entry<String, Object> entry, boolean currentContext, URI configLocation, String name) {
        return super.getContext(fqcn, loader, entry, currentContext, configLocation, name);
    }

    @Override
    public synchronized LoggerContext getContext(String fqcn, ClassLoader loader, Object externalContext,
            boolean currentContext, List<URI> configLocations, String name) {
        return super.getContext(fqcn, loader, externalContext, currentContext, configLocations, name);
    }
}
