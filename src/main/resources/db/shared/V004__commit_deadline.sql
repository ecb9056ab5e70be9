-- The order-commit deadline, decided by the database inside the order's own transaction: the last statement
-- before COMMIT. A commit that reaches the server after the caller was told it failed is refused (and rolled
-- back), so no order is placed behind a caller's back. clock_timestamp(), not now(): now() is the transaction's
-- start, which a frozen server may have taken before the deadline.
CREATE OR REPLACE FUNCTION gateway.refuse_after(deadline timestamptz) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF clock_timestamp() > deadline THEN
        RAISE EXCEPTION 'the order''s commit deadline (%) has passed', deadline USING ERRCODE = '57014';
    END IF;
END $$;
