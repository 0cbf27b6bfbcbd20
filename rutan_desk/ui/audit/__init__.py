"""The audit trail on screen: browsing it (``audit_dialog``) and one record's history
(``record_history``), for those who may view it."""
