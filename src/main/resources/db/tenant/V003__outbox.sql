-- Outbound notifications: the restaurant's webhooks, the outbox of messages still to send (written in the
-- same transaction as the order they announce, so none is lost and none is sent for an order not stored),
-- and every attempt at sending one. {schema} is built only from the validated tenant id.
CREATE TABLE {schema}.webhooks (
    id      text PRIMARY KEY,
    url     text NOT NULL,
    secret  text NOT NULL,
    created timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE {schema}.outbox (
    id              text PRIMARY KEY,            -- the webhook-id header, the same on every retry
    kind            text NOT NULL CHECK (kind IN ('webhook', 'sms')),
    webhook_id      text REFERENCES {schema}.webhooks (id) ON DELETE CASCADE, -- a removed webhook gets nothing more
    target          text NOT NULL,               -- the webhook's id, or the phone number texted
    body            text NOT NULL,               -- sent byte for byte as written (the signature covers it)
    event_key       text UNIQUE,                 -- 'order.placed:<order>:<target>': an order is announced placed once
    created_at      timestamptz NOT NULL DEFAULT now(),
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    attempts        int NOT NULL DEFAULT 0,
    state           text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed')),
    done_at         timestamptz
);
CREATE INDEX outbox_due ON {schema}.outbox (next_attempt_at) WHERE state = 'pending';
CREATE TABLE {schema}.deliveries (
    message_id  text NOT NULL REFERENCES {schema}.outbox (id) ON DELETE CASCADE,
    attempt     int NOT NULL,
    status_code int,                             -- null when no answer came
    error       text,
    at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (message_id, attempt)
);
