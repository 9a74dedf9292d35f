-- PostgreSQL for Percolate: a login role that owns its own database, so the migrations that run
-- at start-up may create tables (on PostgreSQL 15+ the public schema no longer lets every role
-- create). Run as the postgres superuser, with a password of your own:
--   sudo -u postgres psql -v password="'$(openssl rand -base64 24)'" -f deploy/postgres-setup.sql
-- then put the same password in DATABASE_URL (/etc/percolate/percolate.env).
CREATE ROLE percolate LOGIN PASSWORD :password;
CREATE DATABASE percolate OWNER percolate ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE percolate FROM PUBLIC;
\connect percolate
ALTER SCHEMA public OWNER TO percolate;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
