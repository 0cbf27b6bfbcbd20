"""What the benchmark's cooperation agreements say: the partner institutions of a Rutan in Blora
by kind (who heads them, how they number their letters), the agreements each kind signs (titles,
scope, obligations), and the meetings held with them, in the Indonesian of the documents.
bench/agreements.py draws on them.
"""

from __future__ import annotations

from dataclasses import dataclass

# The sub-districts (kecamatan) of Kabupaten Blora: Polsek, Koramil, Puskesmas and KUA each.
KECAMATAN = (
    "Blora",
    "Banjarejo",
    "Bogorejo",
    "Cepu",
    "Japah",
    "Jati",
    "Jepon",
    "Jiken",
    "Kedungtuban",
    "Kradenan",
    "Kunduran",
    "Ngawen",
    "Randublatung",
    "Sambong",
    "Todanan",
    "Tunjungan",
)
# The patrol agencies of the visit book (bench/agreements.py writes their visits): the text an
# obligation names as its evidence agency.
POLRES = "Polres Blora"
POLSEK = "Polsek Blora Kota"

POLICE_RANKS = ("AKBP", "Kompol", "AKP", "Iptu", "Ipda", "Aiptu", "Aipda", "Bripka")
ARMY_RANKS = ("Letkol Inf", "Mayor Inf", "Kapten Inf", "Lettu Inf", "Peltu", "Serma")
OWN_OWNERS = (
    "Ka KPR",
    "Kasubsi Keamanan",
    "Kasubsi Pelayanan Tahanan",
    "Kasubsi Bimbingan Kegiatan",
    "Kaur Umum",
    "Kaur Kepegawaian dan Keuangan",
    "Karupam",
    "Petugas Layanan Kesehatan",
)
JOINT_OWNER = "Tim pelaksana kerja sama"


@dataclass(frozen=True)
class Duty:
    """An obligation an agreement of a kind of partner commonly holds: who is responsible
    (``own``, ``partner``, ``joint``), how often (``once``, ``none``, ``monthly``, ...), and
    whether the patrol visits of the partner count as its evidence."""

    text: str
    responsible: str
    recurrence: str
    patrol: bool = False


@dataclass(frozen=True)
class PartnerKind:
    """A kind of partner: how many there are (``names``), who signs for it and how its
    numbers look, what its agreements are about and what they commit to."""

    key: str
    names: tuple[tuple[str, str], ...]  # (name, short name)
    head: str  # who signs, "{short}" filled in
    rank: tuple[str, ...]  # ranks of its people (empty: civil servants or private)
    id_kind: str  # "nrp", "nip" or "" (its signatory's identity number)
    number: str  # its document number, "{n}", "{roman}", "{year}" filled in
    weight: float  # how often an agreement is with one of them
    titles: tuple[str, ...]  # "{partner}" filled in
    scope: tuple[str, ...]
    duties: tuple[Duty, ...]
    subjects: tuple[str, ...]  # of meetings with it


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


DESA = _words(
    "Tempelan Kamolan Jetis Mlangsari Karangjati Kedungjenar Tambahrejo Ngampel Sonorejo "
    "Purwosari Beran Tegalgunung Jepangrejo Kunden Bangkle Medang Ngadipurwo Sendangharjo "
    "Tempurejo Pelem"
)
PESANTREN = _words(
    "Darussalam Nurul-Huda Al-Hidayah Miftahul-Ulum Raudlatut-Thalibin Al-Ikhlas Baitul-Quran "
    "Roudlotul-Muttaqin Al-Muttaqin Darul-Falah Al-Anwar Hidayatullah Nurul-Iman Al-Amin "
    "Manbaul-Ulum"
)


def _businesses() -> tuple[tuple[str, str], ...]:
    """Small firms of the work programmes: ``UD Karya Jati`` and the like."""
    first = _words("Karya Sumber Mitra Sinar Berkah Maju Tunas Cahaya Mulya Rejeki")
    second = _words("Jati Abadi Mandiri Sejahtera Lestari Makmur")
    names = [f"{a} {b}" for a in first for b in second]
    return tuple((f"{'UD' if n % 2 else 'CV'} {name}", name) for n, name in enumerate(names))


def _each(
    pattern: str, short: str, places: tuple[str, ...] = KECAMATAN
) -> tuple[tuple[str, str], ...]:
    return tuple((pattern.format(place=p), short.format(place=p)) for p in places)


POLICE = PartnerKind(
    "polri",
    (
        ("Kepolisian Resor Blora", POLRES),
        ("Kepolisian Sektor Blora Kota", POLSEK),
        *_each("Kepolisian Sektor {place}", "Polsek {place}", KECAMATAN[1:]),
        ("Satuan Polisi Pamong Praja Kabupaten Blora", "Satpol PP Blora"),
    ),
    "Kepala {short}",
    POLICE_RANKS,
    "nrp",
    "PKS/{n}/{roman}/{year}/Res Blora",
    5.0,
    (
        "Pengamanan dan Penanganan Gangguan Keamanan dan Ketertiban di Rutan Kelas IIB Blora",
        "Kerja Sama Pengamanan, Penanganan Gangguan Kamtib dan Dukungan Tugas Kepolisian",
        "Pengawalan Tahanan dan Narapidana ke Persidangan dan Rumah Sakit",
        "Pertukaran Data dan Informasi Keamanan dengan {partner}",
    ),
    (
        "Pengamanan lingkungan Rutan",
        "Penanganan gangguan keamanan dan ketertiban",
        "Dukungan pelaksanaan tugas kepolisian",
        "Pengawalan tahanan dan narapidana",
        "Pertukaran data dan informasi",
        "Pelatihan bersama penanganan huru-hara",
    ),
    (
        Duty("CCTV area steril tembok luar terhubung ke monitor Polres", "joint", "once"),
        Duty("Tombol alarm di pintu utama terhubung ke piket Polres", "joint", "once"),
        Duty("Patroli sambang rutin ke Rutan", "partner", "monthly", patrol=True),
        Duty("Rapat koordinasi keamanan", "joint", "quarterly"),
        Duty("Latihan bersama penanganan huru-hara", "joint", "yearly"),
        Duty("Pengawalan WBP ke persidangan atas permintaan Rutan", "partner", "none"),
        Duty("Penyampaian data WBP risiko tinggi", "own", "monthly"),
        Duty("Bantuan personel saat gangguan kamtib", "partner", "none"),
        Duty("Penyediaan ruang pemeriksaan bagi penyidik", "own", "none"),
        Duty("Pemeriksaan urine petugas dan WBP bersama", "joint", "yearly"),
    ),
    (
        "Koordinasi pengamanan menjelang hari raya",
        "Koordinasi patroli sambang dan titik rawan tembok luar",
        "Evaluasi pengawalan WBP ke persidangan",
        "Koordinasi pengamanan menjelang pemilihan umum",
        "Penanganan lemparan barang terlarang dari luar tembok",
    ),
)
ARMY = PartnerKind(
    "tni",
    (
        ("Komando Distrik Militer 0721/Blora", "Kodim 0721/Blora"),
        *_each("Komando Rayon Militer {place}", "Koramil {place}"),
    ),
    "Komandan {short}",
    ARMY_RANKS,
    "nrp",
    "PKS/{n}/{roman}/{year}/Kodim",
    2.0,
    (
        "Pembinaan Kesadaran Bela Negara bagi Warga Binaan Pemasyarakatan",
        "Dukungan Pengamanan Rutan Kelas IIB Blora oleh {partner}",
    ),
    (
        "Pembinaan kesadaran bela negara",
        "Dukungan pengamanan dalam keadaan darurat",
        "Pelatihan baris-berbaris dan kedisiplinan petugas",
    ),
    (
        Duty("Pelatihan kedisiplinan petugas pengamanan", "partner", "yearly"),
        Duty("Penyuluhan wawasan kebangsaan bagi WBP", "partner", "quarterly"),
        Duty("Bantuan personel saat keadaan darurat", "partner", "none"),
        Duty("Upacara bersama hari besar nasional", "joint", "yearly"),
        Duty("Penyediaan lapangan dan sarana latihan", "own", "none"),
    ),
    (
        "Koordinasi pengamanan wilayah",
        "Persiapan upacara Hari Kemerdekaan",
        "Pembinaan bela negara bagi WBP",
    ),
)
GOVERNMENT = PartnerKind(
    "pemda",
    (
        ("Pemerintah Kabupaten Blora", "Pemda Blora"),
        ("Dinas Kependudukan dan Pencatatan Sipil Kabupaten Blora", "Disdukcapil Blora"),
        ("Dinas Sosial Kabupaten Blora", "Dinsos Blora"),
        ("Dinas Tenaga Kerja Kabupaten Blora", "Disnaker Blora"),
        ("Dinas Pertanian Kabupaten Blora", "Dinpertan Blora"),
        ("Dinas Perpustakaan dan Kearsipan Kabupaten Blora", "Dinarpus Blora"),
        ("Dinas Komunikasi dan Informatika Kabupaten Blora", "Diskominfo Blora"),
        ("Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Blora", "DPUPR Blora"),
        ("Dinas Perhubungan Kabupaten Blora", "Dishub Blora"),
        ("Dinas Lingkungan Hidup Kabupaten Blora", "DLH Blora"),
        ("Dinas Pendidikan Kabupaten Blora", "Disdik Blora"),
        ("Badan Penanggulangan Bencana Daerah Kabupaten Blora", "BPBD Blora"),
        ("Dinas Pemadam Kebakaran Kabupaten Blora", "Damkar Blora"),
        ("Badan Kesatuan Bangsa dan Politik Kabupaten Blora", "Kesbangpol Blora"),
        ("Dinas Penanaman Modal dan PTSP Kabupaten Blora", "DPMPTSP Blora"),
        *_each("Kantor Kecamatan {place}", "Kecamatan {place}"),
        *_each("Pemerintah Desa {place}", "Desa {place}", DESA),
    ),
    "Kepala {short}",
    (),
    "nip",
    "119/{n}/{year}",
    3.0,
    (
        "Penyelenggaraan Pelayanan Publik Terpadu dan Pembangunan Gedung Layanan PTSP",
        "Perekaman dan Penerbitan Dokumen Kependudukan bagi Warga Binaan",
        "Pembinaan Kemandirian Warga Binaan Pemasyarakatan bersama {partner}",
        "Dukungan Sarana dan Prasarana Rutan Kelas IIB Blora",
        "Penanggulangan Kebakaran dan Keadaan Darurat di Rutan Kelas IIB Blora",
    ),
    (
        "Pelayanan administrasi kependudukan",
        "Pembinaan kemandirian dan pelatihan kerja",
        "Dukungan sarana dan prasarana",
        "Pelayanan publik terpadu",
        "Penanggulangan bencana dan kebakaran",
        "Pertukaran data dan informasi",
    ),
    (
        Duty("Perekaman KTP-el bagi WBP yang belum memiliki", "partner", "quarterly"),
        Duty("Pembangunan gedung layanan PTSP", "partner", "once"),
        Duty("Penyediaan lahan dan izin pembangunan", "partner", "once"),
        Duty("Pelatihan keterampilan kerja bagi WBP", "partner", "yearly"),
        Duty("Penyediaan tenaga pendamping kegiatan", "partner", "none"),
        Duty("Simulasi penanggulangan kebakaran", "joint", "yearly"),
        Duty("Pemeriksaan APAR dan jalur evakuasi", "partner", "yearly"),
        Duty("Penyampaian data WBP calon peserta", "own", "quarterly"),
        Duty("Penyediaan ruang kegiatan di Rutan", "own", "none"),
    ),
    (
        "Kunjungan ke Pemda tentang gedung layanan PTSP",
        "Koordinasi perekaman KTP-el WBP",
        "Koordinasi bantuan sarana Rutan",
        "Rapat persiapan pelatihan kerja WBP",
        "Koordinasi simulasi penanggulangan kebakaran",
    ),
)
HEALTH = PartnerKind(
    "kesehatan",
    (
        ("Dinas Kesehatan Kabupaten Blora", "Dinkes Blora"),
        ("RSUD dr. R. Soetijono Blora", "RSUD Blora"),
        ("RSUD dr. R. Soeprapto Cepu", "RSUD Cepu"),
        ("Palang Merah Indonesia Kabupaten Blora", "PMI Blora"),
        ("BPJS Kesehatan Kantor Cabang Blora", "BPJS Kesehatan Blora"),
        *_each("Puskesmas {place}", "Puskesmas {place}"),
        *_each(
            "Klinik Pratama {place}",
            "Klinik {place}",
            _words("Sehat Husada Medika Utama Mulia Sentosa Bakti Insani Harapan Amanah"),
        ),
    ),
    "Kepala {short}",
    (),
    "nip",
    "445/{n}/{year}",
    3.0,
    (
        "Pelayanan Kesehatan bagi Warga Binaan Pemasyarakatan",
        "Rujukan dan Perawatan WBP Sakit di {partner}",
        "Penanggulangan Tuberkulosis dan HIV/AIDS di Rutan Kelas IIB Blora",
        "Donor Darah dan Penyuluhan Kesehatan",
    ),
    (
        "Pemeriksaan kesehatan",
        "Rujukan dan perawatan",
        "Penanggulangan penyakit menular",
        "Penyuluhan kesehatan",
        "Jaminan kesehatan",
    ),
    (
        Duty("Pemeriksaan kesehatan WBP baru", "partner", "monthly"),
        Duty("Skrining TB dan HIV bagi WBP", "partner", "quarterly"),
        Duty("Penyuluhan kesehatan di blok hunian", "partner", "quarterly"),
        Duty("Rujukan WBP sakit sesuai prosedur", "joint", "none"),
        Duty("Vaksinasi WBP dan petugas", "partner", "once"),
        Duty("Penyediaan obat program", "partner", "quarterly"),
        Duty("Pelaporan kasus penyakit menular", "own", "monthly"),
        Duty("Pengawalan WBP yang dirujuk", "own", "none"),
        Duty("Donor darah petugas", "joint", "yearly"),
    ),
    (
        "Koordinasi rujukan WBP sakit",
        "Evaluasi program penanggulangan TB",
        "Persiapan vaksinasi WBP",
        "Koordinasi kepesertaan JKN WBP",
    ),
)
NARCOTICS = PartnerKind(
    "bnn",
    (
        ("Badan Narkotika Nasional Kabupaten Blora", "BNNK Blora"),
        ("Badan Narkotika Nasional Provinsi Jawa Tengah", "BNNP Jateng"),
    ),
    "Kepala {short}",
    POLICE_RANKS,
    "nrp",
    "PKS/{n}/{roman}/KA/{year}/BNNK",
    1.5,
    (
        "Pencegahan dan Pemberantasan Penyalahgunaan dan Peredaran Gelap Narkotika",
        "Rehabilitasi Sosial bagi WBP Penyalah Guna Narkotika",
    ),
    (
        "Pencegahan peredaran narkotika",
        "Rehabilitasi",
        "Tes urine",
        "Penyuluhan bahaya narkotika",
    ),
    (
        Duty("Tes urine WBP dan petugas", "joint", "quarterly"),
        Duty("Penyuluhan bahaya narkotika", "partner", "quarterly"),
        Duty("Asesmen WBP penyalah guna", "partner", "monthly"),
        Duty("Penggeledahan bersama blok hunian", "joint", "yearly"),
        Duty("Penyampaian data WBP kasus narkotika", "own", "monthly"),
    ),
    (
        "Koordinasi tes urine mendadak",
        "Evaluasi rehabilitasi WBP",
        "Koordinasi penggeledahan bersama",
    ),
)
RELIGION = PartnerKind(
    "agama",
    (
        ("Kantor Kementerian Agama Kabupaten Blora", "Kemenag Blora"),
        *_each("Kantor Urusan Agama Kecamatan {place}", "KUA {place}"),
        ("Pondok Pesantren Al-Falah Blora", "PP Al-Falah"),
        ("Pondok Pesantren Khozinatul Ulum Blora", "PP Khozinatul Ulum"),
        ("Pondok Pesantren Al-Mubarok Cepu", "PP Al-Mubarok"),
        ("Majelis Ulama Indonesia Kabupaten Blora", "MUI Blora"),
        ("Pimpinan Daerah Muhammadiyah Blora", "PD Muhammadiyah Blora"),
        ("Pengurus Cabang Nahdlatul Ulama Blora", "PCNU Blora"),
        ("Gereja Kristen Jawa Blora", "GKJ Blora"),
        ("Paroki Santo Pius X Blora", "Paroki Blora"),
        *_each("Pondok Pesantren {place}", "PP {place}", PESANTREN),
    ),
    "Kepala {short}",
    (),
    "nip",
    "B-{n}/Kk.11.16/{roman}/{year}",
    2.5,
    (
        "Pembinaan Kerohanian bagi Warga Binaan Pemasyarakatan",
        "Pembinaan Baca Tulis Al-Qur'an dan Pesantren bagi WBP",
        "Pelayanan Ibadah dan Bimbingan Rohani bersama {partner}",
    ),
    (
        "Pembinaan kerohanian",
        "Baca tulis Al-Qur'an",
        "Pelayanan ibadah",
        "Bimbingan konseling",
    ),
    (
        Duty("Pengajian rutin di masjid Rutan", "partner", "monthly"),
        Duty("Pesantren kilat bulan Ramadan", "partner", "yearly"),
        Duty("Bimbingan baca tulis Al-Qur'an", "partner", "monthly"),
        Duty("Ibadah dan persekutuan doa", "partner", "monthly"),
        Duty("Penyediaan ruang ibadah dan perlengkapan", "own", "none"),
        Duty("Penyampaian daftar hadir pembinaan", "own", "quarterly"),
    ),
    (
        "Koordinasi jadwal pembinaan kerohanian",
        "Persiapan pesantren kilat Ramadan",
        "Evaluasi pembinaan baca tulis Al-Qur'an",
    ),
)
JUSTICE = PartnerKind(
    "hukum",
    (
        ("Kejaksaan Negeri Blora", "Kejari Blora"),
        ("Pengadilan Negeri Blora", "PN Blora"),
        ("Pengadilan Agama Blora", "PA Blora"),
        ("Balai Pemasyarakatan Kelas II Pati", "Bapas Pati"),
        ("Lembaga Bantuan Hukum Blora", "LBH Blora"),
        ("Pos Bantuan Hukum Peradi Blora", "Posbakum Peradi"),
        ("Lembaga Pemasyarakatan Kelas IIB Rembang", "Lapas Rembang"),
        ("Rumah Tahanan Negara Kelas IIB Pati", "Rutan Pati"),
    ),
    "Kepala {short}",
    (),
    "nip",
    "B-{n}/M.3.33/{roman}/{year}",
    2.0,
    (
        "Pelaksanaan Sidang secara Elektronik dan Pengeluaran Tahanan",
        "Pemberian Bantuan Hukum bagi Tahanan yang Tidak Mampu",
        "Penelitian Kemasyarakatan dan Pembimbingan Klien",
    ),
    (
        "Sidang elektronik",
        "Pengeluaran tahanan",
        "Bantuan hukum",
        "Penelitian kemasyarakatan",
    ),
    (
        Duty("Penyediaan ruang sidang elektronik", "own", "none"),
        Duty("Penyampaian jadwal sidang mingguan", "partner", "monthly"),
        Duty("Penyampaian data tahanan habis masa penahanan", "own", "monthly"),
        Duty("Konsultasi hukum bagi tahanan", "partner", "monthly"),
        Duty("Litmas WBP calon integrasi", "partner", "quarterly"),
        Duty("Rapat evaluasi pelaksanaan sidang elektronik", "joint", "yearly"),
    ),
    (
        "Koordinasi sidang elektronik",
        "Koordinasi tahanan habis masa penahanan",
        "Sosialisasi bantuan hukum bagi tahanan",
    ),
)
EDUCATION = PartnerKind(
    "pendidikan",
    (
        ("Universitas Negeri Semarang", "UNNES"),
        ("Universitas Diponegoro", "UNDIP"),
        ("Universitas Muhammadiyah Semarang", "UNIMUS"),
        ("Universitas Islam Sultan Agung", "UNISSULA"),
        ("Universitas Muria Kudus", "UMK"),
        ("Politeknik Ilmu Pemasyarakatan", "Poltekip"),
        ("Akademi Kebidanan Blora", "Akbid Blora"),
        ("Sekolah Tinggi Ilmu Kesehatan Blora", "STIKES Blora"),
        ("Universitas Terbuka Semarang", "UT Semarang"),
        ("Institut Agama Islam Negeri Kudus", "IAIN Kudus"),
        *((f"SMK Negeri {n} Blora", f"SMKN {n} Blora") for n in range(1, 5)),
        ("SMK Muhammadiyah Blora", "SMK Muh Blora"),
        ("Pusat Kegiatan Belajar Masyarakat Tunas Bangsa", "PKBM Tunas Bangsa"),
        ("Pusat Kegiatan Belajar Masyarakat Sekar Jagad", "PKBM Sekar Jagad"),
        *((f"SMA Negeri {n} Blora", f"SMAN {n} Blora") for n in range(1, 4)),
        *((f"Madrasah Aliyah Negeri {n} Blora", f"MAN {n} Blora") for n in range(1, 3)),
    ),
    "Rektor {short}",
    (),
    "nip",
    "{n}/UN37/KS/{year}",
    2.0,
    (
        "Pendidikan, Penelitian dan Pengabdian kepada Masyarakat",
        "Praktik Kerja Lapangan Mahasiswa di Rutan Kelas IIB Blora",
        "Pendidikan Kesetaraan Paket A, B dan C bagi WBP",
    ),
    (
        "Praktik kerja lapangan",
        "Penelitian",
        "Pengabdian kepada masyarakat",
        "Pendidikan kesetaraan",
    ),
    (
        Duty("Penerimaan mahasiswa praktik kerja lapangan", "own", "yearly"),
        Duty("Penyuluhan hukum oleh dosen", "partner", "yearly"),
        Duty("Pembelajaran kesetaraan Paket C", "partner", "monthly"),
        Duty("Ujian kesetaraan WBP", "partner", "yearly"),
        Duty("Penyampaian laporan hasil penelitian", "partner", "once"),
        Duty("Penyediaan pembimbing lapangan", "own", "none"),
    ),
    (
        "Koordinasi penempatan mahasiswa PKL",
        "Persiapan ujian kesetaraan WBP",
        "Penyusunan rencana penelitian",
    ),
)
WORK = PartnerKind(
    "usaha",
    (
        ("Balai Latihan Kerja Kabupaten Blora", "BLK Blora"),
        ("PT Bank Rakyat Indonesia (Persero) Tbk Cabang Blora", "BRI Blora"),
        ("PT Bank Pembangunan Daerah Jawa Tengah Cabang Blora", "Bank Jateng Blora"),
        ("PT Pos Indonesia KCU Blora", "Pos Blora"),
        ("Perumda Air Minum Tirta Moedal Blora", "PDAM Blora"),
        ("PT PLN (Persero) UP3 Cepu", "PLN Cepu"),
        ("Koperasi Pegawai Rutan Blora", "KPRB"),
        *(
            (f"CV {name}", name)
            for name in (
                "Jati Mulya Mebel",
                "Sinar Batik Blora",
                "Tani Makmur",
                "Karya Logam Cepu",
                "Blora Kriya",
                "Barokah Konveksi",
                "Sumber Rejeki Bakery",
                "Mitra Servis Motor",
                "Lestari Anyaman",
                "Joglo Kayu Jati",
            )
        ),
        *_businesses(),
        *(
            (f"Yayasan {a} {b}", f"Yayasan {a} {b}")
            for a in _words("Bina Cahaya Pelita Harapan Rumah")
            for b in _words("Insani Mandiri Sejahtera Bangsa Kasih")
        ),
    ),
    "Direktur {short}",
    (),
    "",
    "{n}/PKS/{roman}/{year}",
    2.0,
    (
        "Pelatihan Kerja dan Pemasaran Hasil Karya Warga Binaan",
        "Layanan Keuangan dan Pembayaran Nontunai di Rutan Kelas IIB Blora",
        "Kerja Sama Produksi di Bengkel Kerja Rutan bersama {partner}",
    ),
    (
        "Pelatihan kerja",
        "Pemasaran hasil karya",
        "Layanan keuangan nontunai",
        "Produksi bengkel kerja",
    ),
    (
        Duty("Pelatihan keterampilan bagi WBP", "partner", "quarterly"),
        Duty("Penyediaan bahan baku produksi", "partner", "monthly"),
        Duty("Pembayaran premi WBP pekerja", "partner", "monthly"),
        Duty("Pemasaran hasil karya WBP", "partner", "none"),
        Duty("Pengawasan WBP di bengkel kerja", "own", "none"),
        Duty("Laporan hasil produksi", "own", "quarterly"),
        Duty("Pemasangan mesin EDC di layanan kunjungan", "partner", "once"),
    ),
    (
        "Koordinasi pelatihan kerja WBP",
        "Evaluasi pemasaran hasil karya",
        "Koordinasi layanan nontunai",
    ),
)
KINDS: tuple[PartnerKind, ...] = (
    POLICE,
    ARMY,
    GOVERNMENT,
    HEALTH,
    NARCOTICS,
    RELIGION,
    JUSTICE,
    EDUCATION,
    WORK,
)
# What every agreement may hold besides its kind's duties.
COMMON_DUTIES: tuple[Duty, ...] = (
    Duty("Penunjukan narahubung masing-masing pihak", "joint", "once"),
    Duty("Sosialisasi isi perjanjian kepada petugas", "own", "once"),
    Duty("Penyusunan rencana kerja pelaksanaan", "joint", "once"),
    Duty("Laporan pelaksanaan kerja sama", "joint", "yearly"),
    Duty("Evaluasi pelaksanaan kerja sama", "joint", "yearly"),
    Duty("Dokumentasi setiap kegiatan", "own", "none"),
    Duty("Menjaga kerahasiaan data WBP", "joint", "none"),
    Duty("Penyediaan anggaran sesuai kemampuan masing-masing", "joint", "none"),
)
COMMON_SCOPE = (
    "Pertukaran data dan informasi",
    "Peningkatan kapasitas sumber daya manusia",
    "Monitoring dan evaluasi",
)
OUTCOMES = (
    "Disepakati jadwal pelaksanaan dan narahubung masing-masing pihak.",
    "Kedua pihak sepakat melanjutkan kegiatan sesuai rencana kerja.",
    "Mitra menyanggupi dukungan personel; rincian menyusul melalui surat.",
    "Ditemukan kendala anggaran; akan diusulkan pada tahun anggaran berikutnya.",
    "Hasil evaluasi baik; beberapa catatan perbaikan disampaikan secara tertulis.",
    "Disepakati pembentukan tim kecil untuk menyusun petunjuk teknis.",
    "Rutan menyampaikan data yang diminta; mitra akan menindaklanjuti.",
    "Rapat menyepakati perubahan jadwal kegiatan triwulan berikutnya.",
)
FOLLOW_UPS = (
    "Mengirim surat resmi permohonan dukungan",
    "Menyampaikan data WBP yang diminta",
    "Menyusun petunjuk teknis pelaksanaan",
    "Menjadwalkan rapat lanjutan",
    "Menyiapkan ruang dan sarana kegiatan",
    "Mengusulkan anggaran kegiatan",
    "Menyampaikan laporan hasil rapat kepada Karutan",
    "Memperbarui daftar narahubung",
)
PLACES = (
    "Aula Rutan Kelas IIB Blora",
    "Ruang rapat Karutan",
    "Kantor {short}",
    "Ruang rapat {short}",
    "Pendopo Kabupaten Blora",
)
EVIDENCE_NOTES = (
    "Dilaksanakan; daftar hadir dan dokumentasi terlampir di arsip.",
    "Terlaksana sesuai jadwal.",
    "Dilaksanakan bersama mitra; berita acara ditandatangani kedua pihak.",
    "Terlaksana; laporan disampaikan kepada Karutan.",
)
REVOKE_REASONS = (
    "Disepakati kedua pihak diakhiri lebih awal karena perubahan organisasi mitra.",
    "Digantikan perjanjian baru dengan ruang lingkup yang diperluas.",
    "Mitra tidak lagi menjalankan kegiatan yang diperjanjikan.",
    "Dicabut atas arahan Kanwil setelah evaluasi.",
)
FORMER_HEADS = (
    # (from year, name, NIP) of the Karutan who signed for the Rutan
    (2015, "Drs. Sukamto, M.H.", "196503121990031002"),
    (2019, "Agus Widodo, A.Md.IP., S.H.", "197008041993031001"),
    (2022, "Bambang Sutrisno, S.H., M.Si.", "197402151998031003"),
)
