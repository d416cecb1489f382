"""The schema version this code writes, readable without importing the database library."""

SCHEMA_VERSION = 2
