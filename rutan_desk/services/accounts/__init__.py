"""Accounts and roles: signing in (``sign_in``), managing accounts and the permission matrix
(``admin``), reading them (``records``). Passwords are hashed with Argon2id (``passwords``)."""
