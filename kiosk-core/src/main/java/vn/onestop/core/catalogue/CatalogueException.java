package vn.onestop.core.catalogue;

import java.nio.file.Path;
import vn.onestop.core.config.ConfigException;

/**
 * The procedure catalogue is unreadable or malformed. The message names the file, the entry (index and code)
 * and the field, e.g. {@code config/catalogue/procedures.json: procedures[3] (code HC-PT): field 'fee_vnd':
 * must be a whole number >= 0 or null}.
 */
public class CatalogueException extends ConfigException {

    public CatalogueException(Path file, String detail) {
        super(file, detail);
    }

    public CatalogueException(Path file, String detail, Throwable cause) {
        super(file, detail, cause);
    }
}
