-- Tenants, their versions, the numbers they answer and their owners' tokens.
CREATE TABLE gateway.tenants (
    id         text PRIMARY KEY,
    enabled    boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE gateway.tenant_versions (
    tenant_id  text NOT NULL REFERENCES gateway.tenants (id),
    version    int NOT NULL,
    yaml       text NOT NULL,
    sha256     text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, version)
);
CREATE TABLE gateway.phone_numbers (
    number    text PRIMARY KEY,
    tenant_id text NOT NULL REFERENCES gateway.tenants (id)
);
CREATE TABLE gateway.owner_tokens (
    token_sha256 text PRIMARY KEY,
    tenant_id    text NOT NULL REFERENCES gateway.tenants (id),
    created_at   timestamptz NOT NULL DEFAULT now()
);
