"""The Kamtib documents made from the records of a day or a month: the Laporan Harian Kamtib
and the Rekapitulasi Gangguan Kamtib (printed, and issued through the letter register)."""
