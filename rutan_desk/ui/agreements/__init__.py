"""Tab Kerja Sama: partners, cooperation agreements (PKS, MoU) and their obligations, the
coordination history."""
