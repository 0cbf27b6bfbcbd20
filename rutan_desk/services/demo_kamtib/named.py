"""The stories told by name: those of the December 2023 handover book (an inmate referred to
the RSUD, the torch missing at a change of shift and filed from the handover's warning, the
search of 15 December, the fight in kamar B-3), and those issue 11 asks the demo for (a phone
smuggled in at a visit, a fight reopened with a reason, an attempted escape, a death in
hospital, the joint night search with TNI and Polri, a search with the BNN)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from rutan_desk.domain.formatting import full_date
from rutan_desk.domain.incidents import NotifyLevel, PersonRole, Severity
from rutan_desk.services.demo import BLOK_A, BLOK_B, BLOK_C, TORCH_MISSING
from rutan_desk.services.demo_kamtib.filing import (
    LaterCustody,
    Reopening,
    Story,
    Task,
    act,
    carry_through,
    inmate,
    outsider,
    staff,
    stage_of,
    task_lines,
)
from rutan_desk.services.demo_kamtib.office import (
    RSUD,
    Office,
    Timeline,
    first_name,
    nik,
    when,
    who,
)
from rutan_desk.services.demo_kamtib.searches import (
    RESKRIM,
    bnn_search,
    handover_book_search,
    joint_night_search,
    search_writer,
)
from rutan_desk.services.demo_kamtib.stories import story_writer
from rutan_desk.services.handover.queries import list_handovers, load_handover
from rutan_desk.services.incidents.forms import CustodyLine, EvidenceLine, NotificationLine
from rutan_desk.services.incidents.from_handover import incident_draft_for_handover
from rutan_desk.services.incidents.saving import save_incident

REFERRAL_DECEMBER_2023 = datetime(2023, 12, 13, 1, 30)
SEARCH_DECEMBER_2023 = datetime(2023, 12, 15, 8, 30)
FIGHT_DECEMBER_2023 = datetime(2023, 12, 27, 17, 10)
PHONE_AT_VISIT = datetime(2024, 3, 14, 10, 20)
FIGHT_REOPENED = datetime(2024, 9, 5, 15, 40)
JOINT_NIGHT_SEARCH = datetime(2024, 10, 18, 22, 0)
ATTEMPTED_ESCAPE = datetime(2025, 2, 9, 2, 40)
BNN_SEARCH = datetime(2025, 6, 25, 9, 0)
DEATH_IN_HOSPITAL = datetime(2025, 7, 21, 23, 35)


def plan_named_stories(office: Office, timeline: Timeline) -> None:
    rng = office.rng
    for at, build in (
        (REFERRAL_DECEMBER_2023, referral_december_2023),
        (FIGHT_DECEMBER_2023, fight_december_2023),
        (PHONE_AT_VISIT, phone_at_visit),
        (FIGHT_REOPENED, fight_reopened),
        (ATTEMPTED_ESCAPE, attempted_escape),
        (DEATH_IN_HOSPITAL, death_in_hospital),
    ):
        if at < office.now - timedelta(days=30):
            timeline.at(at, story_writer(office, timeline, build, at, rng))
    torch_day, torch_shift = TORCH_MISSING
    torch_dice = random.Random(rng.getrandbits(32))
    timeline.at(
        datetime.combine(torch_day, time(13)),
        lambda: torch_missing(office, torch_day, torch_shift, torch_dice),
    )
    for at, plan in (
        (SEARCH_DECEMBER_2023, handover_book_search(SEARCH_DECEMBER_2023)),
        (JOINT_NIGHT_SEARCH, joint_night_search(JOINT_NIGHT_SEARCH)),
        (BNN_SEARCH, bnn_search(BNN_SEARCH)),
    ):
        if at < office.now - timedelta(days=2):
            timeline.at(at, search_writer(office, plan, rng, timeline))


# -- the handover book of December 2023 -------------------------------------------------------


def referral_december_2023(office: Office, rng: random.Random, at: datetime) -> Story:
    """The night of 12 to 13 December 2023: a man of Blok C short of breath, taken to the
    RSUD at 01.40 and back in the afternoon (the handover book's movements and addendum)."""
    sick = office.inmates.new(at, BLOK_C, rng, sentenced=True)
    guard, escort = office.guards(at, rng, 2)
    nurse = office.pick(office.health, rng)
    left, escort_back = datetime(2023, 12, 13, 1, 40), datetime(2023, 12, 13, 5, 10)
    back = datetime(2023, 12, 13, 15, 30)
    return Story(
        type_name="Lain-lain",
        severity=Severity.RINGAN,
        at=at,
        reported_at=at + timedelta(minutes=10),
        summary=f"WBP Blok C {sick.name} sesak napas, dirujuk ke {RSUD}",
        block=BLOK_C,
        room="C-4",
        chronology=(
            f"{when(at)}, WBP {who(sick)} penghuni kamar C-4 Blok C mengeluh sesak napas dan "
            f"dada terasa berat. Teman sekamar memanggil petugas blok {guard.name} yang segera "
            f"melapor kepada Karupam. Petugas kesehatan {nurse.name} memeriksanya di klinik dan "
            "memberikan oksigen, namun keluhan tidak berkurang sehingga WBP dirujuk ke "
            f"{RSUD}. Pukul 01.40 WIB WBP diberangkatkan dengan ambulans, dikawal dua petugas "
            "regu jaga malam; pengawal kembali ke Rutan pukul 05.10 WIB. Setelah diobservasi, "
            "WBP dinyatakan rawat jalan dan kembali ke Rutan pukul 15.30 WIB."
        ),
        people=[
            inmate(PersonRole.KORBAN, sick, "WBP yang sakit"),
            staff(PersonRole.PELAPOR, guard),
            staff(PersonRole.SAKSI, escort, "Pengawal rujukan"),
        ],
        actions=[
            act(at + timedelta(minutes=5), "WBP dibawa ke klinik dan diperiksa", nurse),
            act(at + timedelta(minutes=10), "Pemberian oksigen di klinik", nurse),
            act(left, f"WBP dirujuk ke {RSUD}, dikawal 2 petugas", escort),
            act(escort_back, "Pengawal kembali ke Rutan", escort),
            act(back, "WBP kembali ke Rutan (rawat jalan), masuk kamar C-4", office.karupam(back)),
        ],
        notifications=office.ladder(at, Severity.RINGAN, rng, karutan=True),
        tasks=[Task("Kontrol ulang WBP ke poli paru RSUD sesuai jadwal dokter", nurse, 7)],
    )


def torch_missing(office: Office, day: date, shift: str, rng: random.Random) -> None:
    """The torch missing at the handover of 16 December 2023, filed from the handover's
    warning (which links the handover to it); the torch was back at 13.40."""
    (summary,) = [h for h in list_handovers(office.db, day, day) if h.outgoing_shift == shift]
    handover = load_handover(office.db, summary.id)
    received = handover.received.at if handover.received else handover.change_at
    # The form as the clerk opened it from the handover, that afternoon.
    draft = incident_draft_for_handover(office.db, summary.id, now=received + timedelta(minutes=15))
    assert draft.happened_at is not None and draft.reported_at is not None
    borrower = office.pick(office.p2u, rng)
    incoming = office.karupam(handover.change_at)
    returned = datetime.combine(day, time(13, 40))
    story = Story(
        type_name="Kehilangan senjata api/amunisi/inventaris",
        severity=Severity.RINGAN,  # the clerk's correction: the torch was back within the hour
        at=draft.happened_at,
        reported_at=draft.reported_at,
        summary=draft.summary,
        chronology=(
            f"{draft.chronology} Senter tersebut dibawa petugas P2U {borrower.name} untuk "
            "pemeriksaan kendaraan pengunjung sejak pukul 11.20 WIB dan belum dikembalikan ke "
            "pos saat serah terima. Pukul 13.40 WIB senter dikembalikan ke pos dalam keadaan "
            "baik, sehingga jumlah senter kembali lengkap (4 buah). Peminjaman inventaris pos "
            "selanjutnya wajib dicatat di buku pinjam dan diketahui Karupam."
        ),
        tasks=[Task("Sediakan buku pinjam inventaris di pos penjagaan", office.ka_kpr, 3)],
    )
    stage = stage_of(office, story, rng)
    incident_id = save_incident(
        office.ctx,
        replace(
            draft,
            severity=story.severity,
            chronology=story.chronology,
            people=(*draft.people, staff(PersonRole.SAKSI, borrower, "Peminjam senter")),
            actions=(
                act(received + timedelta(minutes=5), "Senter ditanyakan ke pos P2U", incoming),
                act(returned, "Senter dikembalikan ke pos; inventaris lengkap", borrower),
            ),
            notifications=tuple(office.ladder(received, Severity.RINGAN, rng)),
            tasks=task_lines(story.tasks, story.at, stage),
        ),
    )
    office.count["incidents"] += 1
    carry_through(office, incident_id, story, stage, rng)


def fight_december_2023(office: Office, rng: random.Random, at: datetime) -> Story:
    """27 December 2023, kamar B-3: the fight after which one man was counted in the
    isolation cell at the next handover."""
    attacker = office.inmates.new(at, BLOK_B, rng, sentenced=True)
    victim = office.inmates.new(at, BLOK_B, rng, sentenced=True)
    witness = office.inmates.new(at, BLOK_B, rng, sentenced=True)
    guard = office.guard(at, rng)
    karupam = office.karupam(at)
    nurse = office.pick(office.health, rng)
    a, v = first_name(attacker.name), first_name(victim.name)
    return Story(
        type_name="Perkelahian antar-WBP",
        severity=Severity.SEDANG,
        at=at,
        reported_at=at + timedelta(minutes=15),
        summary=f"Perkelahian WBP {attacker.name} dan {victim.name} di kamar B-3",
        block=BLOK_B,
        room="B-3",
        chronology=(
            f"{when(at)}, saat pembagian ransum sore di kamar B-3 Blok B terjadi perkelahian "
            f"antara WBP {who(attacker)} dan WBP {who(victim)}. Perkelahian dipicu saling ejek "
            f"soal utang rokok; {a} memukul wajah {v} dua kali dengan tangan kosong. Petugas "
            f"blok {guard.name} yang mendengar keributan segera masuk bersama Karupam dan "
            f"melerai keduanya, dibantu WBP {witness.name}. Korban diperiksa petugas kesehatan "
            f"{nurse.name}: memar di pipi kiri, tidak perlu dirujuk. Atas perintah Ka KPR, pukul "
            f"17.30 WIB {a} dipindahkan ke Sel Isolasi untuk pemeriksaan lebih lanjut. Situasi "
            "kamar B-3 kembali aman dan terkendali."
        ),
        injuries=f"Memar di pipi kiri {victim.name}; tidak dirujuk.",
        people=[
            inmate(PersonRole.PELAKU, attacker),
            inmate(PersonRole.KORBAN, victim),
            inmate(PersonRole.SAKSI, witness, "Teman sekamar yang membantu melerai"),
            staff(PersonRole.PELAPOR, guard),
        ],
        actions=[
            act(at + timedelta(minutes=3), "Kedua WBP dilerai dan dikeluarkan dari kamar", guard),
            act(at + timedelta(minutes=10), "Korban diperiksa di klinik", nurse),
            act(
                datetime.combine(at.date(), time(17, 30)),
                f"{a} dipindahkan ke Sel Isolasi atas perintah Ka KPR",
                karupam,
            ),
            act(
                datetime(2023, 12, 28, 9),
                "Pemeriksaan (BAP) pelaku, korban dan saksi",
                office.ka_kpr,
            ),
        ],
        notifications=office.ladder(at, Severity.SEDANG, rng),
        tasks=[
            Task(f"Pemeriksaan (BAP) {a} dan {v}", office.ka_kpr, 1),
            Task(f"Sidang TPP: usulan register F untuk {a}", office.ka_kpr, 7),
        ],
        supplements=[
            "Sidang TPP tanggal 3 Januari 2024 menjatuhkan hukuman disiplin tingkat sedang "
            f"kepada {attacker.name}: tutupan sunyi 6 hari, dicatat dalam register F. Setelah "
            "menjalani hukuman ia ditempatkan di kamar B-7."
        ],
    )


# -- the stories issue 11 asks for ------------------------------------------------------------


def phone_at_visit(office: Office, rng: random.Random, at: datetime) -> Story:
    """A visitor slips a phone under the table in the visiting room."""
    receiver = office.inmates.new(at, BLOK_A, rng, sentenced=False)
    visitor = "Rizal Fahmi"
    desk = office.pick(office.visits_desk, rng)
    gate = office.pick(office.p2u, rng)
    held, questioned = at + timedelta(minutes=5), at + timedelta(minutes=30)
    handed = datetime(2024, 3, 15, 10, 0)
    police_store = "Ruang barang bukti Polres Blora"
    return Story(
        type_name="Penyelundupan barang terlarang",
        severity=Severity.SEDANG,
        at=at,
        reported_at=at + timedelta(minutes=20),
        summary=f"HP diselundupkan pengunjung {visitor} kepada WBP {receiver.name} di ruang "
        "kunjungan",
        other_place="Ruang kunjungan",
        chronology=(
            f"{when(at)}, pada layanan kunjungan di ruang kunjungan, petugas kunjungan "
            f"{desk.name} melihat pengunjung bernama {visitor}, teman WBP, menyodorkan sebuah "
            f"bungkusan kecil di bawah meja kepada WBP {who(receiver)} penghuni Blok A. "
            "Petugas segera menghentikan kunjungan dan membuka bungkusan tersebut di hadapan "
            "keduanya: isinya 1 unit HP Android merek Xiaomi warna biru dan 1 kartu SIM, "
            "dibungkus plastik dan selotip hitam. HP lolos dari pemeriksaan P2U karena "
            "diselipkan di lipatan ikat pinggang pengunjung. Pengunjung dan WBP dibawa ke ruang "
            "KPR untuk dimintai keterangan; pengunjung mengaku dititipi HP oleh keluarga WBP. "
            "Barang bukti diamankan Ka KPR dan diserahkan ke Sat Reskrim Polres Blora keesokan "
            "harinya untuk pemeriksaan lebih lanjut."
        ),
        people=[
            outsider(PersonRole.PELAKU, visitor, nik(rng), "Pengunjung (teman WBP)"),
            inmate(PersonRole.PELAKU, receiver, "WBP penerima HP"),
            staff(PersonRole.PELAPOR, desk),
            staff(PersonRole.SAKSI, gate, "Petugas P2U yang memeriksa pengunjung"),
        ],
        actions=[
            act(at + timedelta(minutes=2), "Kunjungan dihentikan; bungkusan dibuka", desk),
            act(held, "HP dan kartu SIM diamankan, dibawa ke ruang KPR", desk),
            act(questioned, "Pemeriksaan pengunjung dan WBP", office.ka_kpr),
            act(
                at + timedelta(minutes=50),
                "Penggeledahan badan dan kamar WBP; tidak ada temuan lain",
                office.karupam(at),
            ),
        ],
        notifications=office.ladder(at, Severity.SEDANG, rng, police=f"Piket {RESKRIM}"),
        evidence=[
            EvidenceLine(
                "HP Android merek Xiaomi warna biru",
                note="Diselipkan di ikat pinggang pengunjung",
                custody=(
                    CustodyLine(desk.name, held, "Ruang kunjungan"),
                    CustodyLine(office.ka_kpr_words, questioned, "Ruang KPR"),
                ),
            ),
            EvidenceLine(
                "Kartu SIM prabayar",
                custody=(CustodyLine(office.ka_kpr_words, questioned, "Ruang KPR"),),
            ),
        ],
        tasks=[
            Task(f"Serahkan barang bukti ke {RESKRIM}", office.ka_kpr, 1),
            Task(f"Larangan berkunjung 6 bulan bagi {visitor}", desk, 2),
            Task("Evaluasi pemeriksaan badan pengunjung di P2U", gate, 7),
        ],
        custody=[
            LaterCustody(0, RESKRIM, handed, police_store),
            LaterCustody(1, RESKRIM, handed, police_store),
        ],
        supplements=[
            f"Tanggal 15 Maret 2024 pukul 10.00 WIB HP dan kartu SIM diserahkan kepada {RESKRIM} "
            f"dengan berita acara serah terima. Pengunjung {visitor} dilarang berkunjung selama "
            "6 bulan dan namanya dicatat di daftar pengawasan P2U.",
            "Hasil pemeriksaan Polres: HP dipakai keluarga untuk berkomunikasi dengan WBP "
            f"{receiver.name}; tidak ditemukan kaitan dengan peredaran narkoba. WBP dijatuhi "
            "hukuman disiplin dan dicatat dalam register F.",
        ],
    )


def fight_reopened(office: Office, rng: random.Random, at: datetime) -> Story:
    """A fight closed as light, reopened when an X-ray showed a cracked rib."""
    attacker = office.inmates.new(at, BLOK_A, rng, sentenced=False)
    victim = office.inmates.new(at, BLOK_A, rng, sentenced=False)
    guard = office.guard(at, rng)
    nurse = office.pick(office.health, rng)
    karupam = office.karupam(at)
    a, v = first_name(attacker.name), first_name(victim.name)
    return Story(
        type_name="Perkelahian antar-WBP",
        severity=Severity.RINGAN,
        at=at,
        reported_at=at + timedelta(minutes=10),
        summary=f"Perkelahian WBP {attacker.name} dan {victim.name} di kamar A-4",
        block=BLOK_A,
        room="A-4",
        chronology=(
            f"{when(at)}, di kamar A-4 Blok A terjadi perkelahian antara WBP {who(attacker)} "
            f"dan WBP {who(victim)} karena rebutan giliran kamar mandi. {a} mendorong {v} "
            "hingga terjatuh membentur bak mandi, lalu keduanya saling pukul. Petugas blok "
            f"{guard.name} melerai dan membawa keduanya ke klinik, tempat petugas kesehatan "
            f"mendapati memar di pinggang kanan {v} tanpa luka terbuka. Keduanya didamaikan oleh "
            "Karupam dan membuat surat pernyataan tidak mengulangi perbuatannya."
        ),
        injuries=f"Memar di pinggang kanan {victim.name}.",
        people=[
            inmate(PersonRole.PELAKU, attacker),
            inmate(PersonRole.KORBAN, victim),
            staff(PersonRole.PELAPOR, guard),
        ],
        actions=[
            act(at + timedelta(minutes=2), "Kedua WBP dilerai", guard),
            act(at + timedelta(minutes=10), "Pemeriksaan kesehatan di klinik", nurse),
            act(at + timedelta(minutes=45), "Mediasi dan surat pernyataan damai", karupam),
        ],
        notifications=office.ladder(at, Severity.RINGAN, rng),
        tasks=[Task(f"Pindahkan {a} ke kamar A-7", karupam, 1)],
        reopening=Reopening(
            reason=(
                f"{v} kembali mengeluh nyeri dada; rontgen RSUD tanggal 16 September 2024 "
                "menunjukkan retak tulang rusuk kanan, akibat perkelahian diperiksa ulang."
            ),
            supplement=(
                f"Pemeriksaan ulang: retak tulang rusuk kanan {victim.name} akibat benturan bak "
                f"mandi saat didorong {attacker.name}. Korban dirawat jalan di {RSUD}; pelaku "
                "dijatuhi hukuman disiplin tingkat sedang (register F). Kejadian ditutup kembali."
            ),
        ),
    )


def attempted_escape(office: Office, rng: random.Random, at: datetime) -> Story:
    """A man of Blok C saws through two bars of his window at night and is seen climbing."""
    runner = office.inmates.new(at, BLOK_C, rng, sentenced=False)
    mate = office.inmates.new(at, BLOK_C, rng, sentenced=True)
    tower, second = office.guards(at, rng, 2)
    karupam = office.karupam(at)
    nurse = office.pick(office.health, rng)
    r = first_name(runner.name)
    morning = datetime(2025, 2, 9, 7, 30)
    return Story(
        type_name="Percobaan pelarian",
        severity=Severity.BERAT,
        at=at,
        reported_at=at + timedelta(minutes=25),
        summary=f"Percobaan pelarian WBP {runner.name} melalui jendela kamar C-2",
        block=BLOK_C,
        room="C-2",
        chronology=(
            f"{when(at)}, petugas pos menara {tower.name} melihat bayangan orang di selasar "
            f"belakang Blok C dan menyalakan lampu sorot. Tampak WBP {who(runner)} telah keluar "
            "dari jendela kamar C-2 dan berusaha memanjat pagar dalam menuju tembok luar dengan "
            "tali dari sobekan sarung. Petugas memberi tanda bahaya melalui HT; Karupam "
            f"bersama petugas {second.name} mengepung dan mengamankan {r} di bawah pagar dalam "
            "pada pukul 02.48 WIB tanpa perlawanan berarti. Dua batang teralis jendela kamar "
            "C-2 ternyata telah dipotong dengan mata gergaji besi yang diselundupkan di dalam "
            f"sol sandal. Teman sekamarnya, {mate.name}, mengaku mengetahui rencana tersebut "
            f"tetapi tidak melapor. {r} ditempatkan di Sel Isolasi, seluruh kamar Blok C "
            "digeledah dan apel penghitungan khusus dilakukan; jumlah penghuni sesuai."
        ),
        injuries=f"Luka lecet di kedua telapak tangan {runner.name}; dirawat di klinik.",
        damage="Dua batang teralis jendela kamar C-2 terpotong; pagar kawat dalam rusak.",
        people=[
            inmate(PersonRole.PELAKU, runner),
            inmate(PersonRole.SAKSI, mate, "Teman sekamar yang mengetahui rencana"),
            staff(PersonRole.PELAPOR, tower),
            staff(PersonRole.SAKSI, karupam),
        ],
        actions=[
            act(at + timedelta(minutes=1), "Tanda bahaya melalui HT; lampu sorot menyala", tower),
            act(at + timedelta(minutes=8), f"{r} diamankan di bawah pagar dalam", karupam),
            act(at + timedelta(minutes=20), "Luka lecet dirawat di klinik", nurse),
            act(at + timedelta(minutes=35), f"{r} ditempatkan di Sel Isolasi", karupam),
            act(at + timedelta(minutes=50), "Apel penghitungan khusus; jumlah sesuai", karupam),
            act(datetime(2025, 2, 9, 8), "Penggeledahan seluruh kamar Blok C", office.ka_kpr),
        ],
        notifications=office.ladder(at, Severity.BERAT, rng, police="Piket SPKT Polres Blora"),
        evidence=[
            EvidenceLine(
                "Potongan mata gergaji besi",
                2,
                custody=(
                    CustodyLine(karupam.name, at + timedelta(minutes=10), "Pos jaga Blok C"),
                    CustodyLine(office.ka_kpr_words, morning, "Ruang KPR"),
                ),
            ),
            EvidenceLine(
                "Tali dari sobekan sarung, panjang ±4 meter",
                custody=(CustodyLine(office.ka_kpr_words, morning, "Ruang KPR"),),
            ),
        ],
        tasks=[
            Task("Perbaikan teralis jendela kamar C-2", office.pick(office.works, rng), 3),
            Task("Pemeriksaan (BAP) pelaku dan saksi", office.ka_kpr, 2),
            Task(f"Sidang TPP: usulan register F untuk {r}", office.ka_kpr, 7),
            Task("Periksa sol sandal titipan di P2U", office.pick(office.p2u, rng), 5),
        ],
        custody=[LaterCustody(0, RESKRIM, datetime(2025, 2, 10, 10), "Polres Blora")],
        supplements=[
            "Tanggal 10 Februari 2025 teralis kamar C-2 selesai diganti dengan besi baru dan "
            f"dilas; potongan mata gergaji diserahkan ke {RESKRIM}.",
            f"Sidang TPP tanggal 12 Februari 2025: {runner.name} dijatuhi hukuman disiplin "
            "tingkat berat (register F) dan diusulkan pindah ke Lapas dengan pengamanan lebih "
            "tinggi.",
        ],
    )


def death_in_hospital(office: Office, rng: random.Random, at: datetime) -> Story:
    """An old man of Blok B falls ill at night and dies at the RSUD before dawn."""
    died = datetime(2025, 7, 22, 4, 15)
    patient = office.inmates.new(
        at,
        BLOK_B,
        rng,
        sentenced=True,
        released_on=died.date(),
        note=f"Meninggal dunia di {RSUD} tanggal {full_date(died.date())}",
    )
    guard, escort = office.guards(at, rng, 2)
    nurse = office.pick(office.health, rng)
    left = datetime(2025, 7, 22, 0, 20)
    p = first_name(patient.name)
    return Story(
        type_name="Kematian",
        severity=Severity.BERAT,
        at=at,
        reported_at=died + timedelta(minutes=20),
        summary=f"WBP {patient.name} meninggal dunia di {RSUD} setelah dirujuk",
        block=BLOK_B,
        room="B-8",
        chronology=(
            f"{when(at)}, WBP {who(patient)}, 64 tahun, penghuni kamar B-8 Blok B, mengeluh "
            f"nyeri dada dan sesak napas. Petugas blok {guard.name} melapor kepada Karupam; "
            f"petugas kesehatan {nurse.name} yang dipanggil dari rumah memeriksanya di klinik "
            f"dan mendapati tekanan darah sangat tinggi. WBP dirujuk ke {RSUD} dan "
            "diberangkatkan pukul 00.20 WIB dengan ambulans, dikawal dua petugas dan satu "
            "anggota Polres. Di IGD WBP ditangani dokter jaga, namun pada tanggal "
            f"{full_date(died.date())} pukul 04.15 WIB ia dinyatakan meninggal dunia dengan "
            "dugaan serangan jantung. Keluarga diberi tahu melalui telepon; jenazah diserahkan "
            "kepada keluarga pukul 09.30 WIB dengan berita acara, disaksikan petugas Rutan dan "
            "Polres."
        ),
        people=[
            inmate(PersonRole.KORBAN, patient, "WBP yang meninggal dunia"),
            staff(PersonRole.PELAPOR, guard),
            staff(PersonRole.SAKSI, escort, "Pengawal rujukan"),
            staff(PersonRole.SAKSI, nurse, "Petugas kesehatan"),
        ],
        actions=[
            act(at + timedelta(minutes=10), "Pemeriksaan di klinik; tekanan darah tinggi", nurse),
            act(left, f"WBP dirujuk ke {RSUD}, dikawal 2 petugas dan 1 anggota Polres", escort),
            act(datetime(2025, 7, 22, 0, 40), "WBP ditangani dokter jaga IGD", escort),
            act(died, "Dokter jaga menyatakan WBP meninggal dunia", escort),
            act(datetime(2025, 7, 22, 5), f"Keluarga {p} diberi tahu", office.ka_kpr),
            act(
                datetime(2025, 7, 22, 9, 30),
                "Jenazah diserahkan kepada keluarga dengan berita acara",
                office.ka_kpr,
            ),
        ],
        notifications=[
            *office.ladder(at, Severity.SEDANG, rng, kanwil=False),
            NotificationLine(NotifyLevel.POLRES, "Piket SPKT Polres Blora", left, "telepon"),
            NotificationLine(
                NotifyLevel.KARUTAN, office.karutan_words, died + timedelta(minutes=10), "telepon"
            ),
            NotificationLine(
                NotifyLevel.KANWIL,
                office.kanwil(died.date()),
                datetime(2025, 7, 22, 6),
                "WhatsApp, disusul laporan tertulis",
            ),
        ],
        tasks=[
            Task("Minta surat keterangan kematian dari RSUD", nurse, 1),
            Task("Laporan kematian tertulis ke Kanwil", office.ka_kpr, 2),
            Task("Perbarui data WBP di SDP (keluar: meninggal dunia)", office.karutan, 2),
        ],
        supplements=[
            f"Surat keterangan kematian dari {RSUD} diterima tanggal 23 Juli 2025: sebab "
            "kematian gagal jantung akut. Keluarga menolak autopsi dengan surat pernyataan; "
            "jenazah dimakamkan di desa asalnya pada 22 Juli 2025."
        ],
    )
