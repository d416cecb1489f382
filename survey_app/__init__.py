"""Enquête Habitat: offline door-to-door household energy surveys.

Importing this package has no side effects; it only names the application.
"""

__version__ = "0.1.0"
APP_NAME = "Enquête Habitat"
APP_ID = "survey_app"
ORG_NAME = "Habitat et Developpement"
