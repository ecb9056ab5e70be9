-- What each restaurant is out of ("86"), until when: kept across restarts and shared by every gateway.
CREATE TABLE IF NOT EXISTS gateway.availability (
    tenant_id   text PRIMARY KEY,
    unavailable jsonb NOT NULL,
    until       timestamptz,
    updated_at  timestamptz NOT NULL DEFAULT now()
);
