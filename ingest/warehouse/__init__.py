"""The warehouse: raw-table schema, loading, dbt, validation, atomic publishing and read-only queries."""
