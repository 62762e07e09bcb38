-- V10 to V12 created a named index on each of these columns after declaring the column a foreign key. H2 had
-- already made an index of its own for each constraint, so every insert, update and delete of these rows wrote
-- two identical indexes. The constraints' indexes stay; their copies go.
DROP INDEX product_price_product;
DROP INDEX opportunity_line_opportunity;
DROP INDEX payment_opportunity;
DROP INDEX quote_opportunity;
DROP INDEX quote_line_quote;
DROP INDEX approval_request_opportunity;
