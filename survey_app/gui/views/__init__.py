"""Layout-only widgets of the main window: they build and expose widgets, the controllers decide."""
