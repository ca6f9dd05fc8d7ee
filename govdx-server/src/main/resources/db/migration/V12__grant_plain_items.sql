-- Items a grant explicitly allows in plain values (the gateway masks every other item by its rule).
ALTER TABLE sharing_grant ADD COLUMN plain_items VARCHAR(4000);
