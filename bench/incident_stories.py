"""What the benchmark's incidents say: the kinds of story each kind of incident is told in
(summaries, chronology sentences, actions, evidence, follow-ups) and the words they are filled
with, in the Indonesian of a security office's report book. bench/incidents.py draws on them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from rutan_desk.services.demo import MALE_NAMES

# The ministry over the Kanwil changed on 21 October 2024 (DOMAIN.md).
KANWIL_BEFORE, KANWIL_AFTER, KANWIL_CHANGED = (
    "Kanwil Kemenkumham Jawa Tengah",
    "Kanwil Ditjenpas Jawa Tengah",
    datetime(2024, 10, 21),
)

# -- words ---------------------------------------------------------------------------------

MORE_MALE_NAMES = (
    "Ahmad",
    "Muhammad",
    "Andi",
    "Aris",
    "Deni",
    "Edi",
    "Feri",
    "Hari",
    "Iwan",
    "Jumadi",
    "Kusnadi",
    "Mukhlis",
    "Nanang",
    "Paijo",
    "Rudi",
    "Sarno",
    "Tono",
    "Untung",
    "Wawan",
    "Yanto",
    "Zainal",
    "Supri",
    "Darmo",
    "Sukir",
    "Gimin",
    "Suparno",
    "Rohmat",
    "Ngatijo",
    "Kasno",
    "Sutarno",
    "Parmin",
    "Rosyid",
    "Anton",
    "Hendro",
    "Samsul",
    "Didik",
)
INMATE_MALE_NAMES = MALE_NAMES + MORE_MALE_NAMES
# (code, sub-categories with their weights, share of inmates, how long they stay in days)
REGISTER_KINDS: tuple[tuple[str, tuple[tuple[str, int], ...], float, tuple[int, int]], ...] = (
    ("A", (("I", 2), ("II", 6), ("III", 3), ("IV", 1), ("V", 1)), 0.55, (20, 260)),
    ("B", (("I", 6), ("IIa", 3), ("IIb", 1), ("III", 1)), 0.45, (90, 2200)),
)
ROOMS = {  # rooms of each block of the dataset (set_up_handovers makes the demo's blocks)
    "Blok A (Tahanan)": 12,
    "Blok B (Narapidana)": 14,
    "Blok C": 8,
    "Blok W (Wanita)": 4,
    "Mapenaling": 2,
    "Sel Isolasi": 4,
}
# Where the other places are named in a sentence.
PLACE_WORDS = {
    "P2U (pintu utama)": "P2U (pintu utama)",
    "Ruang kunjungan": "ruang kunjungan",
    "Dapur": "dapur",
    "Klinik": "Klinik Rutan",
    "Masjid/gereja": "masjid Rutan",
    "Lapangan": "lapangan olahraga",
    "Tembok luar": "tembok luar",
    "Pos atas": "pos atas",
    "Kantor": "area perkantoran",
}
WORDS: dict[str, tuple[str, ...]] = {
    "motif": (
        "saling ejek",
        "utang rokok",
        "berebut tempat tidur",
        "salah paham saat antre makan",
        "kiriman makanan yang hilang",
        "cemburu",
        "giliran piket kamar",
        "perkataan kasar",
        "utang uang Rp 50.000",
        "berebut remote televisi",
    ),
    "alat": (
        "tangan kosong",
        "gagang sapu",
        "potongan kayu",
        "sendok yang diasah",
        "gelas plastik",
        "sandal",
        "ember plastik",
        "botol air mineral berisi air",
    ),
    "luka": (
        "luka memar di pelipis kiri",
        "luka robek di pelipis kanan",
        "hidung berdarah",
        "bibir pecah",
        "lebam di punggung",
        "luka gores di lengan kiri",
        "benjol di kepala bagian belakang",
        "mata kanan bengkak",
    ),
    "barang": (
        "1 unit HP Samsung Galaxy A12 warna hitam",
        "1 unit HP Nokia 105 warna biru",
        "2 unit HP Xiaomi Redmi beserta charger",
        "1 unit HP Oppo A5s tanpa kartu SIM",
        "1 paket kecil sabu ± 0,3 gram",
        "3 paket kecil sabu ± 1,2 gram",
        "12 butir pil koplo",
        "5 lembar daun ganja kering",
        "3 kartu perdana Telkomsel",
        "uang tunai Rp 1.500.000",
        "earphone dan kabel data",
        "1 bilah pisau lipat",
        "1 botol minuman keras oplosan",
        "2 buah charger HP dan powerbank",
        "korek api gas dan 4 bungkus rokok",
    ),
    "wadah": (
        "nasi kotak",
        "bungkus rokok",
        "kaleng biskuit",
        "sol sandal",
        "tumpukan pakaian",
        "kemasan sabun cair",
        "pisang goreng",
        "kotak susu",
        "bantal kiriman keluarga",
        "rantang makanan",
    ),
    "persembunyian": (
        "lubang dinding kamar mandi",
        "bawah kasur",
        "dalam bantal",
        "ember cat bekas",
        "celah teralis jendela",
        "lipatan sajadah",
        "tumpukan buku",
        "plafon kamar",
        "tempat sabun",
        "kaleng bekas di atas lemari",
    ),
    "hubungan": ("istri", "adik", "ibu", "kakak", "teman", "paman", "kakak ipar"),
    "arah": ("utara", "selatan", "timur", "barat"),
    "rs": (
        "RSUD dr. R. Soetijono Blora",
        "RS PKU Muhammadiyah Blora",
        "RSUD Cepu",
        "RS Permata Blora",
    ),
    "penyakit": (
        "sesak napas",
        "demam tinggi",
        "nyeri dada",
        "diare dan lemas",
        "kejang",
        "muntah darah",
        "sakit perut hebat",
        "pusing dan pingsan",
        "gula darah tinggi",
    ),
    "riwayat": ("jantung", "paru-paru (TBC)", "diabetes", "hipertensi", "gagal ginjal", "stroke"),
    "jalur": (
        "tembok sisi utara",
        "atap kamar mandi",
        "teralis jendela",
        "pagar dapur",
        "pintu belakang blok",
        "saluran air",
    ),
    "saat": (
        "dikawal ke sidang di PN Blora",
        "dirawat di rumah sakit",
        "kegiatan kerja di luar tembok",
        "pembukaan kamar pagi",
        "kunjungan keluarga",
    ),
    "kecamatan": ("Cepu", "Randublatung", "Ngawen", "Kunduran", "Jepon", "Todanan", "Banjarejo"),
    "tuntutan": (
        "keberatan atas pembatasan jam kunjungan",
        "menuntut percepatan pembebasan bersyarat",
        "protes kualitas makanan",
        "menolak pemindahan ke Lapas lain",
        "protes pembatasan barang titipan",
    ),
    "inventaris": (
        "1 butir amunisi 5,56 mm",
        "1 unit HT Motorola",
        "1 buah senter",
        "1 pasang borgol",
        "1 buah kunci gembok cadangan",
        "1 butir amunisi kaliber .38",
    ),
    "bagian": (
        "pohon di dekat tembok luar",
        "atap seng dapur",
        "kanopi ruang kunjungan",
        "menara pengawas sisi timur",
        "pagar kawat berduri",
    ),
    "uang": ("Rp 50.000", "Rp 100.000", "Rp 200.000", "Rp 500.000", "Rp 1.000.000"),
    "gangguan": (
        "listrik padam di seluruh area Rutan selama ± 2 jam",
        "pompa air blok hunian rusak",
        "gembok kamar tidak dapat dikunci",
        "CCTV ruang kunjungan mati",
        "genset gagal menyala saat listrik padam",
        "saluran air kamar mandi tersumbat dan meluap",
    ),
}
HOW = ("HT", "telepon", "langsung", "WhatsApp")


@dataclass(frozen=True)
class Scenario:
    """A way an incident of a kind goes: the sentences it is told in, who is in it, what is
    done. Templates name their slots in braces (see ``_slots``)."""

    type_name: str
    weight: float
    severity: tuple[int, int, int]  # weights of ringan, sedang, berat
    places: tuple[tuple[str, float], ...]  # "blok" (the pelaku's block) or an OTHER_PLACE
    summaries: tuple[str, ...]
    # In the order they are told; a tuple holds alternatives (one of them, or none, is told).
    sentences: tuple[str | tuple[str, ...], ...]
    actions: tuple[str, ...]
    people: tuple[str, ...] = ("pelaku",)  # pelaku, korban, saksi (inmates), petugas, tamu
    staff_victim: bool = False  # an officer is the korban (resistance to officers)
    evidence: tuple[str, ...] = ()
    evidence_share: float = 0.0
    injuries: tuple[str, ...] = ()
    damage: tuple[str, ...] = ()
    tasks: tuple[str, ...] = ()
    police: bool = False  # the Polres is told
    to_police: bool = False  # the evidence goes to the Polres


# What the openings say happened, by kind of incident.
WHAT_HAPPENED = {
    "Pencurian/pemerasan/ancaman": "pencurian/pemerasan",
    "Perkelahian antar-WBP": "perkelahian antar-WBP",
    "Pemberontakan/perlawanan terhadap petugas": "perlawanan terhadap petugas",
    "Kebakaran": "kebakaran",
    "Unjuk rasa/mogok makan": "mogok makan",
    "Pelarian": "pelarian WBP",
    "Percobaan pelarian": "percobaan pelarian",
    "Bencana alam": "bencana alam",
    "Serangan dari luar": "serangan dari luar",
    "Penyelundupan barang terlarang": "penyelundupan barang terlarang",
    "Kematian": "kematian WBP",
    "Percobaan bunuh diri": "percobaan bunuh diri",
    "Kehilangan senjata api/amunisi/inventaris": "kehilangan inventaris",
}
OPENINGS = (
    "Pada hari {hari} sekitar pukul {jam} WIB di {tempat}.",
    "{hari}, pukul {jam} WIB, bertempat di {tempat}.",
    "Telah terjadi {jenis} pada hari {hari} pukul {jam} WIB di {tempat}.",
    "Dilaporkan oleh petugas jaga {petugas} bahwa pada hari {hari} pukul {jam} WIB di {tempat} "
    "terjadi {jenis}.",
)
COMMON_SENTENCES = (
    "Karupam {karupam} melaporkan kejadian kepada Ka KPR melalui HT.",
    "Situasi blok hunian kembali aman dan terkendali.",
    "Kejadian dicatat dalam buku laporan jaga regu.",
    "Petugas jaga {petugas} segera mendatangi lokasi bersama anggota regu.",
)
SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        "Perkelahian antar-WBP",
        22,
        (60, 32, 8),
        (("blok", 0.9), ("Lapangan", 0.05), ("Masjid/gereja", 0.02), ("Dapur", 0.03)),
        (
            "Perkelahian antara {pelaku} dan {korban} di {tempat}",
            "{pelaku} memukul {korban} karena {motif}",
            "Keributan antar-WBP di {tempat}, {korban} luka ringan",
            "Perkelahian WBP saat antre makan di {tempat}",
            "Penganiayaan terhadap WBP {korban} oleh teman sekamar",
        ),
        (
            "{pelaku} ({pelaku_reg}) terlibat cekcok mulut dengan {korban} ({korban_reg}) "
            "karena {motif}.",
            "Cekcok berlanjut menjadi perkelahian; {pelaku} memukul {korban} menggunakan {alat}.",
            "Petugas jaga {petugas} mendengar keributan dari {tempat} dan segera melerai "
            "kedua WBP.",
            "Akibat kejadian tersebut {korban} mengalami {luka}.",
            "Kedua WBP dibawa ke ruang KPR untuk dimintai keterangan.",
            "Menurut keterangan saksi {saksi}, perkelahian dipicu oleh {motif}.",
            "{korban} diperiksa petugas kesehatan di Klinik Rutan dan diberi obat.",
            "{pelaku} dipindahkan sementara ke Sel Isolasi untuk mencegah keributan lanjutan.",
        ),
        (
            "Melerai dan memisahkan kedua WBP",
            "Membawa {korban} ke Klinik Rutan untuk diperiksa",
            "Meminta keterangan {pelaku} dan {korban} di ruang KPR",
            "Menempatkan {pelaku} di Sel Isolasi",
            "Penggeledahan kamar {kamar}: tidak ditemukan barang terlarang",
            "Mendamaikan kedua WBP disaksikan Karupam",
        ),
        people=("pelaku", "korban", "saksi", "petugas"),
        evidence=("{alat} yang dipakai memukul",),
        evidence_share=0.25,
        injuries=("{korban}: {luka}.",),
        tasks=("Sidang TPP untuk WBP {pelaku}", "Pemantauan WBP {pelaku} selama 7 hari"),
    ),
    Scenario(
        "Penyelundupan barang terlarang",
        10,
        (35, 45, 20),
        (("Ruang kunjungan", 1.0),),
        (
            "HP diselundupkan pengunjung {tamu} saat kunjungan",
            "Barang terlarang dalam titipan makanan untuk {pelaku}",
            "Pengunjung kedapatan membawa {barang}",
            "Penyelundupan {barang} melalui {wadah} saat kunjungan",
        ),
        (
            "Saat layanan kunjungan, petugas {petugas} memeriksa barang titipan dari {tamu} "
            "({hubungan} WBP {pelaku}).",
            "Di dalam {wadah} ditemukan {barang} yang dibungkus plastik hitam.",
            "Pengunjung {tamu} mengaku barang tersebut titipan dari orang yang tidak dikenalnya.",
            "Pemeriksaan badan pengunjung oleh petugas wanita tidak menemukan barang lain.",
            "{pelaku} ({pelaku_reg}) mengaku memesan barang tersebut untuk menghubungi keluarga.",
            "Kunjungan untuk {pelaku} dihentikan dan pengunjung dicatat dalam daftar "
            "pengunjung bermasalah.",
            "Barang bukti diamankan di ruang KPR dan dibuatkan berita acara.",
        ),
        (
            "Mengamankan barang bukti dan pengunjung {tamu}",
            "Pemeriksaan badan terhadap pengunjung {tamu}",
            "Meminta keterangan WBP {pelaku}",
            "Mencatat pengunjung dalam daftar larangan kunjungan",
            "Penggeledahan kamar {pelaku}: tidak ditemukan barang lain",
        ),
        people=("pelaku", "tamu", "petugas"),
        evidence=("{barang}",),
        evidence_share=1.0,
        tasks=("Pemeriksaan rekaman CCTV ruang kunjungan", "Evaluasi SOP pemeriksaan titipan"),
        police=True,
        to_police=True,
    ),
    Scenario(
        "Penyelundupan barang terlarang",
        8,
        (45, 40, 15),
        (("blok", 1.0),),
        (
            "Penggeledahan kamar {kamar} {blok} menemukan {barang}",
            "Temuan barang terlarang di {tempat}",
            "HP ditemukan tersembunyi di {persembunyian} kamar {kamar}",
        ),
        (
            "Petugas regu jaga melaksanakan penggeledahan insidentil di {tempat}.",
            "Ditemukan {barang} yang disembunyikan di {persembunyian}.",
            (
                "WBP penghuni kamar, {pelaku} ({pelaku_reg}), mengakui barang tersebut miliknya.",
                "Tidak ada WBP yang mengakui kepemilikan barang tersebut.",
            ),
            "Penggeledahan dipimpin Karupam {karupam} dan disaksikan perwira piket.",
            "Seluruh penghuni kamar diperiksa badan dan dicatat identitasnya.",
            "Barang bukti diamankan di ruang KPR dan dibuatkan berita acara penggeledahan.",
        ),
        (
            "Penggeledahan badan seluruh penghuni kamar {kamar}",
            "Mengamankan barang bukti ke ruang KPR",
            "Meminta keterangan WBP {pelaku}",
            "Membuat berita acara penggeledahan",
        ),
        people=("pelaku", "saksi", "petugas"),
        evidence=("{barang}",),
        evidence_share=1.0,
        tasks=("Penggeledahan ulang {blok} dalam 7 hari", "Sidang TPP untuk WBP {pelaku}"),
    ),
    Scenario(
        "Penyelundupan barang terlarang",
        4,
        (30, 50, 20),
        (("Tembok luar", 0.7), ("Lapangan", 0.3)),
        (
            "Lemparan bungkusan dari luar tembok sisi {arah}",
            "Bungkusan berisi {barang} dilempar dari luar tembok",
        ),
        (
            "Petugas pos atas {petugas} melihat bungkusan dilempar dari luar tembok sisi {arah}.",
            "Bungkusan jatuh di {tempat} dan segera diamankan sebelum diambil WBP.",
            "Setelah dibuka disaksikan Karupam, bungkusan berisi {barang}.",
            "Pelempar melarikan diri dengan sepeda motor ke arah Jalan Pemuda.",
            "Rekaman CCTV tembok luar diserahkan kepada petugas Polres Blora.",
        ),
        (
            "Mengamankan bungkusan dari {tempat}",
            "Patroli keliling tembok luar",
            "Melaporkan kejadian ke Polres Blora",
        ),
        people=("petugas",),
        evidence=("{barang} dalam bungkusan plastik",),
        evidence_share=1.0,
        tasks=("Penambahan lampu sorot tembok sisi {arah}",),
        police=True,
        to_police=True,
    ),
    Scenario(
        "Penyelundupan barang terlarang",
        3,
        (40, 45, 15),
        (("P2U (pintu utama)", 1.0),),
        (
            "Barang titipan di P2U berisi {barang}",
            "Petugas P2U menemukan {barang} dalam {wadah}",
        ),
        (
            "Petugas P2U {petugas} memeriksa barang titipan untuk WBP {pelaku} dengan mesin x-ray.",
            "Di dalam {wadah} ditemukan {barang}.",
            "Penitip {tamu} ({hubungan} WBP) diminta menunggu dan dimintai keterangan.",
            "Barang titipan lain dikembalikan kepada penitip.",
        ),
        (
            "Mengamankan barang titipan dan penitip {tamu}",
            "Meminta keterangan penitip {tamu}",
            "Meminta keterangan WBP {pelaku}",
        ),
        people=("pelaku", "tamu", "petugas"),
        evidence=("{barang}",),
        evidence_share=1.0,
        to_police=True,
    ),
    Scenario(
        "Lain-lain",
        12,
        (50, 40, 10),
        (("blok", 0.8), ("Klinik", 0.2)),
        (
            "WBP {korban} sakit dan dirujuk ke {rs}",
            "{korban} mengeluh {penyakit}, dirujuk ke rumah sakit",
            "Rujukan darurat WBP {korban} ke {rs}",
        ),
        (
            "Sekitar pukul {jam} WIB {korban} ({korban_reg}) mengeluh {penyakit}.",
            "Petugas jaga {petugas} melapor kepada Karupam dan memanggil petugas kesehatan.",
            "Dokter Rutan memeriksa dan menyarankan rujukan ke {rs}.",
            "WBP dikawal dua petugas dan satu anggota Polres menuju rumah sakit.",
            (
                "Setelah mendapat perawatan, WBP kembali ke Rutan dalam keadaan stabil.",
                "WBP menjalani rawat inap; pengawalan dilakukan bergantian oleh petugas regu.",
            ),
            "Keluarga WBP telah diberi tahu melalui telepon.",
        ),
        (
            "Pemeriksaan oleh petugas kesehatan Rutan",
            "Mengawal {korban} ke {rs}",
            "Memberi tahu keluarga {korban}",
            "Pengawalan rawat inap di {rs}",
        ),
        people=("korban", "petugas"),
        tasks=("Kontrol kesehatan {korban} satu minggu setelah rujukan",),
    ),
    Scenario(
        "Lain-lain",
        6,
        (70, 25, 5),
        (("blok", 0.5), ("Dapur", 0.2), ("Kantor", 0.15), ("P2U (pintu utama)", 0.15)),
        (
            "Gangguan: {gangguan}",
            "Dilaporkan {gangguan} di {tempat}",
        ),
        (
            "Sekitar pukul {jam} WIB petugas jaga {petugas} mendapati {gangguan}.",
            "Karupam {karupam} memerintahkan penambahan petugas kontrol di {tempat}.",
            "Petugas teknisi Rutan dipanggil untuk memperbaiki kerusakan.",
            "Selama gangguan, kontrol keliling dilakukan setiap 30 menit.",
            "Gangguan teratasi dan situasi kembali normal.",
        ),
        (
            "Menambah petugas kontrol keliling",
            "Memanggil teknisi Rutan",
            "Memeriksa seluruh gembok kamar hunian",
        ),
        people=("petugas",),
        damage=("{gangguan}.",),
        tasks=("Perbaikan oleh teknisi dan laporan ke Subbag Umum",),
    ),
    Scenario(
        "Pencurian/pemerasan/ancaman",
        10,
        (55, 35, 10),
        (("blok", 0.9), ("Dapur", 0.05), ("Lapangan", 0.05)),
        (
            "{pelaku} memeras {korban} meminta uang {uang}",
            "Kehilangan uang {uang} milik {korban} di kamar {kamar}",
            "{pelaku} mengancam {korban} di {tempat}",
            "Pencurian barang milik {korban} di {tempat}",
        ),
        (
            (
                "{korban} ({korban_reg}) melapor kepada petugas jaga {petugas} bahwa ia dimintai "
                "uang {uang} oleh {pelaku}; {pelaku} ({pelaku_reg}) mengancam akan memukul "
                "apabila {korban} tidak memberi uang.",
                "Uang {uang} milik {korban} ({korban_reg}) yang disimpan di {persembunyian} "
                "hilang saat ia mandi.",
            ),
            "Saksi {saksi} melihat {pelaku} membuka barang milik {korban}.",
            "{pelaku} membantah tuduhan tersebut saat dimintai keterangan.",
            "Uang dikembalikan kepada {korban} disaksikan Karupam {karupam}.",
        ),
        (
            "Meminta keterangan {korban} dan {pelaku}",
            "Penggeledahan barang milik {pelaku}",
            "Memindahkan {korban} ke kamar lain",
        ),
        people=("pelaku", "korban", "saksi", "petugas"),
        tasks=("Sidang TPP untuk WBP {pelaku}",),
    ),
    Scenario(
        "Kematian",
        2.5,
        (0, 10, 90),
        (("blok", 0.5), ("Klinik", 0.5)),
        (
            "WBP {korban} meninggal dunia di {rs}",
            "Kematian WBP {korban} karena sakit",
        ),
        (
            "{korban} ({korban_reg}) memiliki riwayat penyakit {riwayat}.",
            "Sekitar pukul {jam} WIB kondisi WBP memburuk dan ia dilarikan ke {rs}.",
            "Dokter jaga menyatakan WBP meninggal dunia pukul {jam2} WIB.",
            "Pihak keluarga telah diberi tahu dan jenazah diserahkan kepada keluarga.",
            "Visum et repertum dimintakan kepada rumah sakit; tidak ditemukan tanda kekerasan.",
            "Kejadian dilaporkan ke Kanwil dan Polres Blora.",
        ),
        (
            "Mengawal {korban} ke {rs}",
            "Memberi tahu keluarga {korban}",
            "Menyerahkan jenazah kepada keluarga dengan berita acara",
        ),
        people=("korban", "saksi", "petugas"),
        police=True,
        tasks=("Laporan kematian ke Kanwil dan Direktorat Jenderal",),
    ),
    Scenario(
        "Percobaan bunuh diri",
        2,
        (0, 40, 60),
        (("blok", 0.9), ("Masjid/gereja", 0.1)),
        (
            "{korban} mencoba gantung diri di {tempat}",
            "Percobaan bunuh diri WBP {korban}",
        ),
        (
            "Petugas kontrol {petugas} mendapati {korban} ({korban_reg}) mencoba gantung diri "
            "dengan sarung.",
            "Petugas segera membuka kamar dan menurunkan WBP; WBP masih sadar.",
            "{korban} dibawa ke Klinik Rutan lalu dirujuk ke {rs}.",
            "Menurut teman sekamar {saksi}, WBP murung sejak putusan sidangnya.",
            "WBP ditempatkan di kamar pengawasan khusus dan didampingi petugas wali.",
        ),
        (
            "Menurunkan dan memberi pertolongan pertama kepada {korban}",
            "Merujuk {korban} ke {rs}",
            "Konseling oleh wali pemasyarakatan",
        ),
        people=("korban", "saksi", "petugas"),
        tasks=("Pendampingan psikolog untuk {korban}",),
    ),
    Scenario(
        "Percobaan pelarian",
        3,
        (10, 40, 50),
        (("blok", 0.6), ("Tembok luar", 0.3), ("Dapur", 0.1)),
        (
            "Percobaan pelarian {pelaku} melalui {jalur}",
            "{pelaku} tertangkap saat mencoba kabur lewat {jalur}",
        ),
        (
            "Petugas menara {petugas} melihat {pelaku} ({pelaku_reg}) memanjat {jalur}.",
            "Teralis jendela kamar {kamar} ditemukan telah digergaji sebagian.",
            "{pelaku} berhasil diamankan sebelum melewati tembok luar.",
            "Ditemukan tali dari sobekan sarung sepanjang ± 5 meter.",
            "Pada pemeriksaan {pelaku} mengaku ingin pulang menemui keluarganya di Kecamatan "
            "{kecamatan}.",
        ),
        (
            "Mengamankan {pelaku} ke Sel Isolasi",
            "Penggeledahan kamar {kamar}",
            "Pemeriksaan teralis seluruh kamar {blok}",
        ),
        people=("pelaku", "saksi", "petugas"),
        evidence=("tali dari sobekan sarung ± 5 meter", "gergaji besi kecil"),
        evidence_share=0.6,
        damage=("Teralis jendela kamar {kamar} rusak digergaji.",),
        tasks=("Perbaikan teralis kamar {kamar}", "Register F untuk WBP {pelaku}"),
        police=True,
    ),
    Scenario(
        "Pelarian",
        0.5,
        (0, 10, 90),
        (("blok", 0.4), ("Tembok luar", 0.6)),
        (
            "{pelaku} melarikan diri saat {saat}",
            "WBP {pelaku} kabur, ditangkap kembali di Kecamatan {kecamatan}",
        ),
        (
            "{pelaku} ({pelaku_reg}) melarikan diri saat {saat}.",
            "Penghitungan ulang menunjukkan jumlah WBP kurang satu orang.",
            "Pencarian dilakukan bersama Polres Blora dan Polsek setempat.",
            "{pelaku} ditangkap kembali di rumah keluarganya di Kecamatan {kecamatan}.",
            "Petugas jaga yang bertugas dimintai keterangan oleh Ka KPR.",
        ),
        (
            "Penghitungan ulang seluruh WBP",
            "Pencarian bersama Polres Blora",
            "Menempatkan {pelaku} di Sel Isolasi setelah ditangkap",
        ),
        people=("pelaku", "petugas"),
        police=True,
        tasks=("Pemeriksaan petugas jaga oleh tim Kanwil", "Register F untuk WBP {pelaku}"),
    ),
    Scenario(
        "Pemberontakan/perlawanan terhadap petugas",
        2,
        (20, 50, 30),
        (("blok", 0.8), ("Lapangan", 0.2)),
        (
            "{pelaku} melawan petugas {petugas} saat penguncian",
            "Perlawanan WBP terhadap petugas di {tempat}",
        ),
        (
            "{pelaku} ({pelaku_reg}) menolak masuk kamar saat penguncian sore.",
            "Ketika ditegur, {pelaku} mendorong dan memukul petugas {petugas}.",
            "Petugas {petugas} mengalami {luka}.",
            "Anggota regu lain membantu mengamankan {pelaku}.",
            "Beberapa WBP lain ikut berteriak namun berhasil ditenangkan.",
        ),
        (
            "Mengamankan {pelaku} ke Sel Isolasi",
            "Pemeriksaan petugas {petugas} di Klinik Rutan",
            "Meminta keterangan saksi",
        ),
        people=("pelaku", "saksi", "petugas"),
        staff_victim=True,
        injuries=("Petugas {petugas}: {luka}.",),
        police=True,
        tasks=("Register F untuk WBP {pelaku}",),
    ),
    Scenario(
        "Kebakaran",
        1.5,
        (40, 40, 20),
        (("blok", 0.6), ("Dapur", 0.3), ("Kantor", 0.1)),
        (
            "Kebakaran kecil di {tempat} akibat korsleting listrik",
            "Api dari kompor dapur membakar {tempat}",
        ),
        (
            "Sekitar pukul {jam} WIB terlihat asap dari {tempat}.",
            "Petugas {petugas} memadamkan api dengan APAR.",
            "Api diduga berasal dari colokan listrik rakitan WBP.",
            "Penghuni kamar dikeluarkan sementara ke lapangan dan dihitung.",
            "Tidak ada korban jiwa; api padam dalam ± 10 menit.",
        ),
        (
            "Memadamkan api dengan APAR",
            "Mengeluarkan penghuni dan menghitung WBP",
            "Mematikan aliran listrik blok",
        ),
        people=("petugas", "saksi"),
        evidence=("colokan listrik rakitan yang terbakar",),
        evidence_share=0.5,
        damage=("Kasur dan kabel listrik di {tempat} terbakar.",),
        tasks=("Pemeriksaan instalasi listrik {blok}",),
    ),
    Scenario(
        "Unjuk rasa/mogok makan",
        2,
        (30, 50, 20),
        (("blok", 1.0),),
        (
            "WBP {blok} menolak makan, {tuntutan}",
            "Mogok makan di {blok}",
        ),
        (
            "Sejumlah WBP {blok} menolak mengambil ransum pagi.",
            "Perwakilan WBP, {pelaku} ({pelaku_reg}), menyampaikan {tuntutan}.",
            "Ka KPR dan Kasubsi Pelayanan Tahanan berdialog dengan perwakilan WBP.",
            "Setelah dialog, WBP bersedia makan kembali pada siang hari.",
        ),
        (
            "Dialog dengan perwakilan WBP",
            "Penambahan petugas jaga di {blok}",
            "Laporan kepada Karutan",
        ),
        people=("pelaku", "saksi", "petugas"),
        tasks=("Tindak lanjut tuntutan WBP oleh Karutan",),
    ),
    Scenario(
        "Bencana alam",
        1.5,
        (50, 40, 10),
        (("blok", 0.4), ("Lapangan", 0.3), ("Tembok luar", 0.3)),
        (
            "Hujan deras dan angin kencang merobohkan {bagian}",
            "Gempa bumi terasa di Rutan, WBP dikumpulkan di lapangan",
            "Banjir menggenangi {tempat}",
        ),
        (
            "Sekitar pukul {jam} WIB hujan deras disertai angin kencang melanda Blora.",
            "{bagian} roboh namun tidak menimbulkan korban.",
            "Air menggenangi {tempat} setinggi ± 20 cm.",
            "WBP dikumpulkan di lapangan dan dihitung; jumlah sesuai.",
            "Petugas regu membersihkan puing bersama WBP pekerja.",
        ),
        (
            "Menghitung seluruh WBP",
            "Membersihkan puing dan genangan",
            "Memeriksa keamanan tembok dan pagar",
        ),
        people=("petugas",),
        damage=("{bagian} rusak.",),
        tasks=("Perbaikan {bagian}",),
    ),
    Scenario(
        "Serangan dari luar",
        0.5,
        (10, 40, 50),
        (("P2U (pintu utama)", 0.6), ("Tembok luar", 0.4)),
        (
            "Sekelompok orang melempari {tempat} dengan batu",
            "Orang tak dikenal menyerang petugas P2U",
        ),
        (
            "Sekitar pukul {jam} WIB sekelompok orang tak dikenal melempari {tempat} dengan batu.",
            "Petugas P2U {petugas} menutup pintu utama dan membunyikan alarm.",
            "Polres Blora mengirim patroli; para pelaku melarikan diri.",
            "Kaca pos P2U pecah; tidak ada korban jiwa.",
        ),
        (
            "Menutup pintu utama dan membunyikan alarm",
            "Meminta bantuan Polres Blora",
            "Siaga seluruh regu",
        ),
        people=("petugas",),
        damage=("Kaca pos P2U pecah.",),
        police=True,
    ),
    Scenario(
        "Kehilangan senjata api/amunisi/inventaris",
        2,
        (40, 40, 20),
        (("P2U (pintu utama)", 0.5), ("Pos atas", 0.3), ("Kantor", 0.2)),
        (
            "Kekurangan {inventaris} saat serah terima jaga",
            "{inventaris} tidak ditemukan saat pemeriksaan inventaris",
        ),
        (
            "Saat serah terima jaga ditemukan {inventaris} kurang dari jumlah di buku.",
            "Petugas {petugas} menyatakan barang terakhir dipakai pada kontrol keliling.",
            "Pencarian dilakukan di pos jaga dan jalur kontrol.",
            (
                "Barang ditemukan kembali di {tempat} dalam keadaan baik.",
                "Barang belum ditemukan dan dilaporkan kepada Ka KPR.",
            ),
        ),
        (
            "Pencarian di pos jaga dan jalur kontrol",
            "Pemeriksaan petugas jaga",
            "Melaporkan kepada Ka KPR",
        ),
        people=("petugas",),
        tasks=("Penertiban buku inventaris pos jaga",),
    ),
)
SUPPLEMENTS = (
    "Hasil pemeriksaan lanjutan: {pelaku} mengakui perbuatannya.",
    "Barang bukti telah diserahkan ke Satresnarkoba Polres Blora dengan berita acara.",
    "WBP {korban} telah kembali dari rumah sakit dalam keadaan baik.",
    "Sidang TPP merekomendasikan register F untuk {pelaku}.",
    "Keluarga WBP meminta salinan laporan; diberikan atas izin Karutan.",
    "Rekaman CCTV telah diperiksa; kronologi sesuai laporan.",
)
REOPEN_REASONS = (
    "Ada keterangan saksi baru dari teman sekamar",
    "Permintaan Kanwil untuk melengkapi kronologi",
    "Barang bukti tambahan ditemukan saat penggeledahan",
)
# Hours of the day an incident happens at, by weight (more by day than by night).
HOUR_WEIGHTS = (1, 1, 1, 1, 1, 2, 3, 5, 6, 7, 7, 6, 5, 5, 6, 6, 6, 5, 4, 4, 3, 3, 2, 1)
