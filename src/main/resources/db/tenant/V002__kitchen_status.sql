-- A placed order moves on in the kitchen: accepted, ready, out for delivery, completed, or rejected.
ALTER TABLE {schema}.orders DROP CONSTRAINT IF EXISTS orders_status_check;
ALTER TABLE {schema}.orders ADD CONSTRAINT orders_status_check
    CHECK (status IN ('open', 'placed', 'cancelled', 'accepted', 'ready', 'out_for_delivery', 'completed', 'rejected'));
