"""Printed documents: the letter register (``register``) that numbers and keeps every issued
file, the duty order (``duty_orders``) and the roster's sheets (``sheets``)."""
