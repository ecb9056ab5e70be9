-- One restaurant's orders and calls. {schema} is built only from the validated tenant id.
CREATE TABLE {schema}.orders (
    order_id           text PRIMARY KEY,
    status             text NOT NULL CHECK (status IN ('open', 'placed', 'cancelled')),
    customer_name      text,
    caller_phone       text,
    fulfillment        jsonb,
    subtotal_cents     int NOT NULL,
    discount_cents     int NOT NULL,
    delivery_fee_cents int NOT NULL,
    tax_cents          int NOT NULL,
    total_cents        int NOT NULL,
    doc                jsonb NOT NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    placed_at          timestamptz
);
CREATE INDEX orders_by_status_and_time ON {schema}.orders (status, created_at DESC);
CREATE TABLE {schema}.order_lines (
    order_id         text NOT NULL REFERENCES {schema}.orders (order_id) ON DELETE CASCADE,
    line_id          int NOT NULL,
    item_id          text NOT NULL,
    name             text NOT NULL,
    size             text,
    quantity         int NOT NULL CHECK (quantity > 0),
    options          jsonb NOT NULL,
    unit_price_cents int NOT NULL,
    line_total_cents int NOT NULL,
    PRIMARY KEY (order_id, line_id)
);
CREATE TABLE {schema}.calls (
    call_id        text PRIMARY KEY,
    order_id       text REFERENCES {schema}.orders (order_id),
    channel        text NOT NULL,
    caller         text,
    dialed         text,
    tenant_version int,
    started_at     timestamptz NOT NULL,
    ended_at       timestamptz,
    outcome        text,
    transfer_to    text,
    phases         jsonb NOT NULL DEFAULT '[]',
    cost           jsonb,
    doc            jsonb NOT NULL
);
CREATE TABLE {schema}.call_turns (
    call_id       text NOT NULL REFERENCES {schema}.calls (call_id) ON DELETE CASCADE,
    seq           int NOT NULL,
    speaker       text NOT NULL CHECK (speaker IN ('caller', 'agent')),
    text          text NOT NULL,
    phase         text,
    at            timestamptz NOT NULL,
    latency       jsonb,
    understood_by text,
    PRIMARY KEY (call_id, seq)
);
