-- The device gateway of a centre (issue 27): it drives the LED counter displays and reads the caller keypads.
-- It enrols with a one-time code a technician makes for a list of counters and gets one device token per counter
-- (stored hashed); a token acts for its counter only. Each counter's display state is what the gateway last reported.
CREATE TABLE gateway_enrolment_code (
    code_hash   VARCHAR(64)  PRIMARY KEY,
    counters    VARCHAR(500) NOT NULL,
    created_at  BIGINT       NOT NULL,
    expires_at  BIGINT       NOT NULL,
    used_at     BIGINT,
    created_by  VARCHAR(64)  NOT NULL
);

CREATE TABLE gateway (
    id          VARCHAR(36)  PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    enrolled_at BIGINT       NOT NULL
);

CREATE TABLE gateway_token (
    token_hash  VARCHAR(64)  PRIMARY KEY,
    gateway_id  VARCHAR(36)  NOT NULL,
    counter_id  VARCHAR(20)  NOT NULL,
    created_at  BIGINT       NOT NULL,
    revoked_at  BIGINT
);
CREATE INDEX gateway_token_counter ON gateway_token (counter_id);

CREATE TABLE counter_display_state (
    counter_id  VARCHAR(20)  PRIMARY KEY,
    gateway_id  VARCHAR(36)  NOT NULL,
    display     VARCHAR(200),
    connected   INTEGER      NOT NULL,
    shown       VARCHAR(20),
    last_error  VARCHAR(500),
    reported_at BIGINT       NOT NULL
);
