-- The counter's thermal printer (issue 22 with issue 27's gateway): the gateway of a counter reports the printer it
-- drives there; each receipt slip sent to a counter's printer has a state the counter console shows
-- (pending, printed, failed with the printer's reason). The PDF slip is always available besides.
CREATE TABLE counter_printer (
    counter_id  VARCHAR(20)  PRIMARY KEY,
    gateway_id  VARCHAR(36)  NOT NULL,
    printer     VARCHAR(200) NOT NULL,
    reported_at BIGINT       NOT NULL
);

CREATE TABLE counter_slip_print (
    dossier_code VARCHAR(20)  PRIMARY KEY,
    counter_id   VARCHAR(20)  NOT NULL,
    status       VARCHAR(10)  NOT NULL,
    error        VARCHAR(500),
    requested_by VARCHAR(64)  NOT NULL,
    updated_at   BIGINT       NOT NULL
);
