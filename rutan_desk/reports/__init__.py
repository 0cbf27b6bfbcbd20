"""Printed documents, made with reportlab from plain data (no database, no Qt): PDF bytes out."""
