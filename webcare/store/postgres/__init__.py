"""The PostgreSQL backend: one database a team shares (`postgresql://` URLs).

`store.PostgresStore` implements `webcare.store.base.Store`; `connect` reaches the server
and keeps the password out of every message; `schema` holds the versioned migrations;
`reads`, `writes` and `copying` hold the SQL. psycopg is imported only here, and this
package only when a `postgresql://` store is opened, so SQLite users never load it.
"""
