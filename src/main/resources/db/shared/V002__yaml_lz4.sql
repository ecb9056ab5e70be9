-- Tenant files are stored whole (about 10 KB each): lz4 compresses them several times faster than the
-- default pglz, which a first start with thousands of tenants feels. Skipped where the server lacks lz4.
DO $$
BEGIN
    ALTER TABLE gateway.tenant_versions ALTER COLUMN yaml SET COMPRESSION lz4;
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'tenant files stay compressed with pglz: %', SQLERRM;
END $$;
