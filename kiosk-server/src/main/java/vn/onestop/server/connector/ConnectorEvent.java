package vn.onestop.server.connector;

import java.util.Arrays;
import java.util.Optional;

/** What happened to a dossier that the provincial dossier system is told about (the {@code event} of a submission). */
public enum ConnectorEvent {
    /** Filed from a kiosk, not yet received by an official. */
    PREPARED("prepared"),
    /** Received by an official: the provincial system registers it and answers the official dossier code. */
    RECEIVED("received"),
    /** The official asked the citizen for more documents before receiving it. */
    SUPPLEMENT_REQUESTED("supplement_requested"),
    /** The official refused it, with a reason. */
    REFUSED("refused");

    private final String code;

    ConnectorEvent(String code) {
        this.code = code;
    }

    /** The wire and database spelling, e.g. {@code supplement_requested}. */
    public String code() {
        return code;
    }

    public static Optional<ConnectorEvent> ofCode(String code) {
        return Arrays.stream(values()).filter(e -> e.code.equals(code)).findFirst();
    }
}
