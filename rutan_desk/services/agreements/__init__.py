"""Cooperation agreements (PKS, MoU, addenda) with their partners, obligations and evidence,
renewals, the coordination with partners, and the warnings of what expires or is late."""
