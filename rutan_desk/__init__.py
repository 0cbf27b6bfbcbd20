"""Rutan Desk: the security office's desk application for an Indonesian detention centre."""

__version__ = "0.1.0"
APP_NAME = "Rutan Desk"
APP_ID = "rutan-desk"
