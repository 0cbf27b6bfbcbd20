"""The incidents of an ordinary month: two or three, mostly ringan — fights, things thrown
over the wall or hidden in a visitor's parcel, thefts, an inmate taken ill at night, a short
circuit, a power cut, a storm, now and then a hunger strike, an officer pushed, a drunk at
the gate — each a story with its people, actions, notifications and follow-up. The last
weeks' are still open: a draft, one reported, one being handled."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from rutan_desk.domain.formatting import clock, full_date
from rutan_desk.domain.incidents import IncidentStatus, PersonRole, Severity
from rutan_desk.domain.searches import SearchKind
from rutan_desk.services.demo import BLOK_A, BLOK_B, BLOK_C, BLOK_W, HANDOVER_FIRST, MAPENALING
from rutan_desk.services.demo_kamtib.filing import (
    Story,
    Task,
    act,
    file_story,
    inmate,
    outsider,
    staff,
)
from rutan_desk.services.demo_kamtib.office import (
    HOUSING,
    ROOMS,
    RSUD,
    Office,
    Timeline,
    first_name,
    minutes_after,
    next_month,
    nik,
    when,
    who,
)
from rutan_desk.services.demo_kamtib.searches import SearchPlan, search_writer
from rutan_desk.services.incidents.forms import CustodyLine, EvidenceLine
from rutan_desk.services.incidents.queries import load_incident

Build = Callable[[Office, random.Random, datetime], Story]

VISITORS = (
    ("Siti Aminah", "istri"),
    ("Tri Wahyuningsih", "kakak"),
    ("Suwarti", "ibu"),
    ("Dwi Lestari", "istri"),
    ("Mulyono", "ayah"),
    ("Nur Khasanah", "adik"),
    ("Joko Purnomo", "kakak"),
)


def story_writer(
    office: Office,
    timeline: Timeline,
    build: Build,
    at: datetime,
    rng: random.Random,
    *,
    status: IncidentStatus | None = None,
) -> Callable[[], None]:
    """Write the story ``build`` makes at ``at`` when its turn comes, with its own dice; a
    story that calls for a search of a block is followed by one the next morning."""
    dice = random.Random(rng.getrandbits(32))

    def write() -> None:
        story = build(office, dice, at)
        story.status = status or story.status
        incident_id = file_story(office, story, dice)
        block = story.search_after
        morning = datetime.combine(at.date() + timedelta(days=1), time(8, 30))
        if block is not None and morning + timedelta(hours=3) <= office.now:
            record = load_incident(office.db, incident_id)
            plan = SearchPlan(
                morning,
                SearchKind.INSIDENTIL,
                blocks=(block,),
                note=f"Tindak lanjut kejadian {record.number}: {record.draft.summary}.",
                duration=timedelta(hours=1),
            )
            timeline.at(morning, search_writer(office, plan, dice, timeline))

    return write


@dataclass(frozen=True)
class Kind:
    """A kind of story that happens now and then, at the hours it happens."""

    build: Build
    weight: int
    hours: tuple[int, ...]
    months: tuple[int, ...] = tuple(range(1, 13))
    visiting_hours: bool = False  # Monday to Saturday, not on holidays


def plan_incidents(office: Office, timeline: Timeline) -> None:
    """Two or three incidents a month of the usual kinds, from the month after the handover
    book (which tells what happened in its own) to a few days ago; then, in the last days, one
    being handled, one reported and a draft."""
    rng = office.rng
    month = max(office.first_day, next_month(HANDOVER_FIRST))
    latest = office.now - timedelta(days=4)
    while month <= latest.date():
        for _ in range(rng.choice((1, 2, 2, 3, 3, 3, 4, 4))):
            kind = rng.choices(
                [k for k in KINDS if month.month in k.months],
                weights=[k.weight for k in KINDS if month.month in k.months],
            )[0]
            at = _moment_in(office, month, kind, rng)
            if at is not None and at <= latest:
                timeline.at(at, story_writer(office, timeline, kind.build, at, rng))
        month = next_month(month)
    for days_ago, status in (
        (3, IncidentStatus.HANDLED),
        (2, IncidentStatus.REPORTED),
        (1, IncidentStatus.DRAFT),
    ):
        kind = rng.choice([k for k in KINDS if not k.visiting_hours and k.weight >= 10])
        day = office.now.date() - timedelta(days=days_ago)
        at = datetime.combine(day, time(rng.choice(kind.hours), rng.choice((5, 20, 35, 50))))
        if at > office.now - timedelta(hours=8):
            at -= timedelta(days=1)
        timeline.at(at, story_writer(office, timeline, kind.build, at, rng, status=status))


def _moment_in(office: Office, month: date, kind: Kind, rng: random.Random) -> datetime | None:
    days = (next_month(month) - month).days
    for _ in range(10):
        day = month + timedelta(days=rng.randrange(days))
        if kind.visiting_hours and (day.weekday() == 6 or day in office.holidays):
            continue
        return datetime.combine(day, time(rng.choice(kind.hours), rng.choice((5, 15, 25, 40, 50))))
    return None


# -- the kinds --------------------------------------------------------------------------------


def fight(office: Office, rng: random.Random, at: datetime) -> Story:
    block = rng.choice(HOUSING)
    room = rng.choice(ROOMS[block])
    attacker = office.inmates.pick(at, block, rng)
    victim = office.inmates.pick(at, block, rng, avoid=(attacker,))
    guard = office.guard(at, rng)
    nurse = office.pick(office.health, rng)
    karupam = office.karupam(at)
    a, v = first_name(attacker.name), first_name(victim.name)
    cause = rng.choice(
        (
            "saling ejek saat bermain gaple",
            "rebutan giliran kamar mandi",
            "utang rokok yang belum dibayar",
            "salah paham soal tempat tidur",
            "ucapan yang menyinggung saat menonton televisi",
            "rebutan tempat menjemur pakaian",
        )
    )
    grave = rng.random() < 0.3
    severity = Severity.SEDANG if grave else Severity.RINGAN
    if grave:
        weapon = rng.choice(("gagang sapu", "piring plastik", "gayung"))
        hit = f"memukul kepala {v} dengan {weapon}"
        injury = f"luka robek di pelipis {v} yang dijahit 3 jahitan di klinik"
        end = f"Atas perintah Ka KPR, {a} ditempatkan di Sel Isolasi sambil menunggu sidang TPP."
        last = act(minutes_after(at, 30, 60, rng), f"{a} ditempatkan di Sel Isolasi", karupam)
        follow = Task(f"Sidang TPP: usulan register F untuk {a}", office.ka_kpr, 7)
    else:
        hit = f"memukul {v} dengan tangan kosong"
        injury = f"memar ringan di wajah {v}, tidak perlu dirujuk"
        end = (
            "Keduanya didamaikan oleh Karupam dan membuat surat pernyataan tidak mengulangi "
            f"perbuatannya; {a} dipindahkan ke kamar lain."
        )
        last = act(minutes_after(at, 30, 60, rng), "Mediasi dan surat pernyataan damai", karupam)
        follow = Task(f"Pindahkan {a} ke kamar lain", karupam, 1)
    story = Story(
        type_name="Perkelahian antar-WBP",
        severity=severity,
        at=at,
        reported_at=minutes_after(at, 5, 20, rng),
        summary=f"Perkelahian WBP {attacker.name} dan {victim.name} di kamar {room}",
        block=block,
        room=room,
        chronology=(
            f"{when(at)}, di kamar {room} {block} terjadi perkelahian antara WBP "
            f"{who(attacker)} dan WBP {who(victim)}. Perkelahian dipicu {cause}; {a} {hit}. "
            f"Petugas blok {guard.name} yang sedang kontrol keliling mendengar keributan, "
            f"melerai keduanya dan melapor kepada Karupam melalui HT. Petugas kesehatan "
            f"{nurse.name} memeriksa keduanya di klinik dan mendapati {injury}. {end} Situasi "
            "kembali aman dan terkendali."
        ),
        injuries=f"{injury[0].upper()}{injury[1:]}.",
        people=[
            inmate(PersonRole.PELAKU, attacker),
            inmate(PersonRole.KORBAN, victim),
            staff(PersonRole.PELAPOR, guard),
        ],
        actions=[
            act(
                minutes_after(at, 1, 4, rng), "Kedua WBP dilerai dan dikeluarkan dari kamar", guard
            ),
            act(minutes_after(at, 8, 15, rng), "Pemeriksaan kesehatan di klinik", nurse),
            last,
        ],
        notifications=office.ladder(at, severity, rng),
        tasks=[Task(f"Pemeriksaan (BAP) {a} dan {v}", office.ka_kpr, 1), follow],
    )
    if grave:
        hearing = office.office_hours_after(at + timedelta(days=5), rng)
        story.supplements.append(
            f"Sidang TPP tanggal {full_date(hearing.date())} menjatuhkan hukuman disiplin "
            f"tingkat sedang kepada {attacker.name}: tutupan sunyi 6 hari, dicatat dalam "
            "register F."
        )
    return story


THROWN = (
    ("2 bungkus rokok dan 3 korek api gas", False),
    ("1 HP Android merek Oppo warna hitam dan 1 charger", True),
    ("4 bungkus rokok, 1 HP Nokia kecil dan 1 kabel data", True),
    ("1 botol air mineral berisi ciu", False),
)
WALL_SIDES = (("sisi utara", BLOK_B), ("sisi timur", BLOK_C), ("sisi selatan", BLOK_A))


def thrown_over_the_wall(office: Office, rng: random.Random, at: datetime) -> Story:
    contents, phone = rng.choice(THROWN)
    side, block = rng.choice(WALL_SIDES)
    tower = office.guard(at, rng)
    karupam = office.karupam(at)
    severity = Severity.SEDANG if phone else Severity.RINGAN
    found = minutes_after(at, 3, 8, rng)
    stored = minutes_after(at, 30, 50, rng)
    return Story(
        type_name="Penyelundupan barang terlarang",
        severity=severity,
        at=at,
        reported_at=minutes_after(at, 10, 20, rng),
        summary=f"Lemparan bungkusan dari luar tembok {side} berisi {contents}",
        other_place="Tembok luar",
        chronology=(
            f"{when(at)}, petugas pos atas {tower.name} melihat sebuah bungkusan plastik hitam "
            f"dilempar dari luar tembok {side} dan jatuh di selasar dekat {block}. Bungkusan "
            "segera diamankan petugas sebelum diambil WBP dan dibuka di hadapan Karupam; "
            f"isinya {contents}. Pelempar, seorang laki-laki tak dikenal yang dibonceng sepeda "
            "motor, melarikan diri ke arah Jalan Reksodiputro. Penyisiran di sekitar tembok "
            "luar tidak menemukan orang lain. Barang bukti disimpan di ruang KPR"
            + (" dan kamar di dekat tembok digeledah keesokan paginya." if phone else ".")
        ),
        people=[
            outsider(PersonRole.PELAKU, "Tidak dikenal", note="Pelempar dari luar tembok"),
            staff(PersonRole.PELAPOR, tower),
        ],
        actions=[
            act(found, "Bungkusan diamankan dan dibuka di hadapan Karupam", karupam),
            act(minutes_after(at, 10, 25, rng), "Penyisiran area tembok luar", tower),
            act(stored, "Barang bukti disimpan di ruang KPR", karupam),
        ],
        notifications=office.ladder(
            at, severity, rng, police="Piket Polsek Blora Kota" if phone else ""
        ),
        evidence=[
            EvidenceLine(
                f"Bungkusan plastik hitam berisi {contents}",
                custody=(
                    CustodyLine(tower.name, found, "Pos atas"),
                    CustodyLine(karupam.name, stored, "Ruang KPR"),
                ),
            )
        ],
        tasks=[
            Task(f"Tambah lampu sorot di tembok {side}", office.pick(office.works, rng), 14),
            Task("Minta patroli Polsek di jalan belakang Rutan", office.ka_kpr, 3),
        ],
        search_after=block if phone else None,
    )


# What was hidden, the evidence it makes, and how the summary names it.
PARCELS = (
    (
        "uang tunai Rp 300.000 diselipkan di dalam bungkus roti",
        "Uang tunai Rp 300.000",
        "uang tunai",
    ),
    (
        "2 korek api gas dan 1 pisau cukur di dalam kemasan sabun",
        "Korek api gas dan pisau cukur",
        "korek api gas dan pisau cukur",
    ),
    (
        "20 butir obat tanpa resep di dalam bungkus kopi",
        "Obat tanpa resep, 20 butir",
        "obat tanpa resep",
    ),
    ("1 HP Nokia kecil di dalam kaleng biskuit", "HP Nokia kecil", "HP"),
)


def hidden_in_a_parcel(office: Office, rng: random.Random, at: datetime) -> Story:
    """Something forbidden hidden in the food a visitor leaves at the gate."""
    what, item, named = rng.choice(PARCELS)
    severity = Severity.SEDANG if named == "HP" else Severity.RINGAN
    block = rng.choice(HOUSING)
    receiver = office.inmates.pick(at, block, rng)
    visitor, relation = rng.choice(VISITORS)
    gate = office.pick(office.p2u, rng)
    desk = office.pick(office.visits_desk, rng)
    held = minutes_after(at, 2, 6, rng)
    return Story(
        type_name="Penyelundupan barang terlarang",
        severity=severity,
        at=at,
        reported_at=minutes_after(at, 10, 25, rng),
        summary=f"Titipan pengunjung untuk WBP {receiver.name} berisi {named}",
        other_place="P2U (pintu utama)",
        chronology=(
            f"{when(at)}, saat pemeriksaan barang titipan di P2U, petugas {gate.name} "
            f"menemukan {what}. Titipan dibawa oleh {visitor}, {relation} WBP "
            f"{who(receiver)} penghuni {block}. Pengunjung mengaku tidak mengetahui isi titipan "
            "yang disiapkan anggota keluarga lain. Barang disita, pengunjung membuat surat "
            "pernyataan, dan titipan lainnya dikembalikan kepada pengunjung."
        ),
        people=[
            outsider(PersonRole.PELAKU, visitor, nik(rng), f"Pengunjung ({relation} WBP)"),
            inmate(PersonRole.SAKSI, receiver, "WBP yang dituju titipan"),
            staff(PersonRole.PELAPOR, gate),
        ],
        actions=[
            act(held, "Barang disita dan dicatat di buku P2U", gate),
            act(minutes_after(at, 15, 30, rng), "Pengunjung membuat surat pernyataan", desk),
        ],
        notifications=office.ladder(at, severity, rng),
        evidence=[
            EvidenceLine(
                item,
                note="Disembunyikan dalam titipan makanan",
                custody=(CustodyLine(gate.name, held, "Pos P2U"),),
            )
        ],
        tasks=[Task(f"Catat {visitor} di daftar pengawasan titipan", desk, 1)],
    )


def theft(office: Office, rng: random.Random, at: datetime) -> Story:
    """Things gone from a locker; or a new man made to pay "uang kamar" in Mapenaling."""
    guard = office.guard(at, rng)
    karupam = office.karupam(at)
    if rng.random() < 0.35:
        block, room = MAPENALING, rng.choice(ROOMS[MAPENALING])
        victim = office.inmates.new(at, block, rng)
        thief = office.inmates.pick(at, BLOK_B, rng)
        t, v = first_name(thief.name), first_name(victim.name)
        severity = Severity.SEDANG
        summary = f"Pemerasan terhadap WBP baru {victim.name} di Mapenaling"
        chronology = (
            f"{when(at)}, WBP baru {who(victim)} melapor kepada petugas {guard.name} bahwa ia "
            f'diminta "uang kamar" Rp 500.000 oleh WBP {who(thief)}, tamping yang membantu di '
            f"Mapenaling, dengan ancaman akan dipukul. {v} telah meminta keluarganya "
            f"mentransfer uang, tetapi belum dikirim. Karupam memeriksa keduanya dan {t} "
            "mengakui perbuatannya. Ia dicopot dari tugas tamping dan ditempatkan di Sel "
            "Isolasi; keluarga korban diberi tahu agar tidak mengirim uang."
        )
        done = f"{t} dicopot dari tamping dan ditempatkan di Sel Isolasi"
    else:
        block = rng.choice(HOUSING)
        room = rng.choice(ROOMS[block])
        victim = office.inmates.pick(at, block, rng)
        thief = office.inmates.pick(at, block, rng, avoid=(victim,))
        t = first_name(thief.name)
        goods = rng.choice(("2 slop rokok", "sandal dan sarung baru", "makanan kiriman", "radio"))
        severity = Severity.RINGAN
        summary = f"Kehilangan {goods} milik WBP {victim.name} di kamar {room}"
        chronology = (
            f"{when(at)}, WBP {who(victim)} melapor kepada petugas blok {guard.name} bahwa "
            f"{goods} miliknya hilang dari lokernya di kamar {room} {block}. Petugas memeriksa "
            f"kamar bersama Karupam dan menemukan barang tersebut di tas WBP {who(thief)}, "
            f"teman sekamarnya. {t} mengakui mengambilnya. Barang dikembalikan kepada "
            "pemiliknya, keduanya didamaikan dan pelaku membuat surat pernyataan."
        )
        done = "Barang dikembalikan; pelaku membuat surat pernyataan"
    return Story(
        type_name="Pencurian/pemerasan/ancaman",
        severity=severity,
        at=at,
        reported_at=minutes_after(at, 5, 20, rng),
        summary=summary,
        block=block,
        room=room,
        chronology=chronology,
        people=[
            inmate(PersonRole.PELAKU, thief),
            inmate(PersonRole.KORBAN, victim),
            staff(PersonRole.PELAPOR, guard),
        ],
        actions=[
            act(minutes_after(at, 10, 20, rng), "Pemeriksaan kamar dan para WBP", karupam),
            act(minutes_after(at, 30, 60, rng), done, karupam),
        ],
        notifications=office.ladder(at, severity, rng),
        tasks=[Task(f"Pemeriksaan (BAP) {first_name(thief.name)}", office.ka_kpr, 2)],
    )


ILLNESSES = (
    ("demam tinggi dan kejang", "demam berdarah"),
    ("nyeri perut hebat di kanan bawah", "radang usus buntu"),
    ("sesak napas berat", "serangan asma"),
    ("muntah dan diare berulang", "dehidrasi"),
)


def taken_ill_at_night(office: Office, rng: random.Random, at: datetime) -> Story:
    block = rng.choice((*HOUSING, BLOK_W))
    room = rng.choice(ROOMS[block])
    sick = office.inmates.pick(at, block, rng)
    guard, escort = office.guards(at, rng, 2)
    nurse = office.pick(office.health, rng)
    symptoms, diagnosis = rng.choice(ILLNESSES)
    left = minutes_after(at, 40, 70, rng)
    stays = rng.random() < 0.4
    back = left + timedelta(hours=rng.randint(3, 6))
    actions = [
        act(minutes_after(at, 5, 10, rng), "Pemeriksaan di klinik", nurse),
        act(left, f"WBP dirujuk ke {RSUD}, dikawal 2 petugas", escort),
    ]
    if stays:
        outcome = "WBP dirawat inap dan dijaga bergiliran oleh petugas regu jaga."
        task = Task("Jadwal pengawalan bergilir selama rawat inap", office.karupam(at), 1)
    else:
        outcome = f"Setelah mendapat perawatan, WBP kembali ke Rutan pukul {clock(back)}."
        actions.append(act(back, "WBP kembali ke Rutan (rawat jalan)", escort))
        task = Task("Kontrol ulang ke RSUD sesuai jadwal dokter", nurse, 7)
    return Story(
        type_name="Lain-lain",
        severity=Severity.RINGAN,
        at=at,
        reported_at=minutes_after(at, 10, 30, rng),
        summary=f"WBP {sick.name} sakit (dugaan {diagnosis}), dirujuk ke {RSUD}",
        block=block,
        room=room,
        chronology=(
            f"{when(at)}, WBP {who(sick)} penghuni kamar {room} {block} mengalami {symptoms}. "
            f"Petugas blok {guard.name} membawanya ke klinik; petugas kesehatan {nurse.name} "
            f"memeriksanya dengan dugaan {diagnosis} dan merujuknya ke {RSUD}. WBP "
            f"diberangkatkan pukul {clock(left)} dengan ambulans, dikawal dua petugas regu "
            f"jaga. {outcome}"
        ),
        people=[
            inmate(PersonRole.KORBAN, sick, "WBP yang sakit"),
            staff(PersonRole.PELAPOR, guard),
            staff(PersonRole.SAKSI, escort, "Pengawal rujukan"),
        ],
        actions=actions,
        notifications=office.ladder(at, Severity.RINGAN, rng, karutan=True),
        tasks=[task],
    )


def short_circuit(office: Office, rng: random.Random, at: datetime) -> Story:
    kitchen = rng.random() < 0.5
    block = None if kitchen else rng.choice(HOUSING)
    room = "" if block is None else rng.choice(ROOMS[block])
    where = "dapur" if kitchen else f"kamar {room} {block}"
    source = "kabel rice cooker" if kitchen else "stop kontak di dinding kamar"
    guard = office.guard(at, rng)
    fixer = office.pick(office.works, rng)
    moved = "" if kitchen else "WBP kamar tersebut dikeluarkan sementara ke selasar. "
    return Story(
        type_name="Kebakaran",
        severity=Severity.RINGAN,
        at=at,
        reported_at=minutes_after(at, 10, 20, rng),
        summary=f"Api kecil akibat korsleting {source} di {where}",
        block=block,
        room=room,
        other_place="Dapur" if kitchen else "",
        chronology=(
            f"{when(at)}, terjadi korsleting pada {source} di {where} sehingga muncul api kecil "
            f"dan asap. Petugas {guard.name} segera memutus aliran listrik dari panel dan "
            f"memadamkan api dengan APAR; api padam dalam dua menit. {moved}Tidak ada korban; "
            "listrik dinyalakan kembali setelah kabel yang terbakar diganti."
        ),
        damage=f"{source[0].upper()}{source[1:]} dan ±2 meter kabel terbakar.",
        people=[staff(PersonRole.PELAPOR, guard)],
        actions=[
            act(minutes_after(at, 1, 3, rng), "Listrik diputus; api dipadamkan dengan APAR", guard),
            act(minutes_after(at, 60, 150, rng), "Kabel yang terbakar diganti", fixer),
        ],
        notifications=office.ladder(at, Severity.RINGAN, rng),
        tasks=[
            Task("Isi ulang APAR yang terpakai", fixer, 7),
            Task("Pemeriksaan instalasi listrik seluruh blok", fixer, 14),
        ],
    )


def power_cut(office: Office, rng: random.Random, at: datetime) -> Story:
    guard = office.guard(at, rng)
    karupam = office.karupam(at)
    back = minutes_after(at, 60, 180, rng)
    return Story(
        type_name="Lain-lain",
        severity=Severity.RINGAN,
        at=at,
        reported_at=minutes_after(at, 10, 20, rng),
        summary="Listrik PLN padam; genset dinyalakan dan penjagaan diperketat",
        other_place="Seluruh area Rutan",
        chronology=(
            f"{when(at)}, aliran listrik PLN padam di seluruh area Rutan. Petugas {guard.name} "
            "menyalakan genset dalam lima menit; lampu tembok, lampu sorot dan CCTV kembali "
            "menyala. Karupam memerintahkan kontrol keliling tiap 30 menit dan menambah satu "
            f"petugas di pos atas. Listrik PLN menyala kembali pukul {clock(back)}; situasi "
            "aman selama pemadaman."
        ),
        people=[staff(PersonRole.PELAPOR, guard)],
        actions=[
            act(minutes_after(at, 3, 6, rng), "Genset dinyalakan", guard),
            act(minutes_after(at, 8, 15, rng), "Kontrol keliling tiap 30 menit", karupam),
            act(back, "Listrik PLN menyala kembali", guard),
        ],
        notifications=office.ladder(at, Severity.RINGAN, rng),
        tasks=[Task("Isi ulang solar genset", office.pick(office.works, rng), 2)],
    )


def hunger_strike(office: Office, rng: random.Random, at: datetime) -> Story:
    count = rng.randint(8, 15)
    spokesman = office.inmates.pick(at, BLOK_A, rng)
    cook = office.pick(office.kitchen, rng)
    karupam = office.karupam(at)
    reason = rng.choice(("nasi ransum yang keras", "penundaan jadwal kunjungan keluarga"))
    return Story(
        type_name="Unjuk rasa/mogok makan",
        severity=Severity.SEDANG,
        at=at,
        reported_at=minutes_after(at, 15, 30, rng),
        summary=f"{count} WBP Blok A menolak ransum siang karena {reason}",
        block=BLOK_A,
        chronology=(
            f"{when(at)}, saat pembagian ransum siang, {count} WBP Blok A menolak menerima "
            f"makanan sebagai protes atas {reason}. Juru bicara mereka, WBP {who(spokesman)}, "
            "menyampaikan keluhan kepada Karupam. Ka KPR dan Karutan menemui perwakilan WBP di "
            f"aula dan menjelaskan tindak lanjutnya; pengelola bahan makanan {cook.name} "
            "dipanggil. Pada pembagian ransum sore seluruh WBP kembali makan; situasi tertib."
        ),
        people=[
            inmate(PersonRole.PELAKU, spokesman, "Juru bicara WBP"),
            staff(PersonRole.PELAPOR, karupam),
        ],
        actions=[
            act(minutes_after(at, 20, 40, rng), "Dialog dengan perwakilan WBP", office.ka_kpr),
            act(minutes_after(at, 300, 330, rng), "Ransum sore diterima seluruh WBP", karupam),
        ],
        notifications=office.ladder(at, Severity.SEDANG, rng, kanwil=True),
        tasks=[Task("Evaluasi mutu ransum bersama penyedia", cook, 7)],
    )


def resisting_an_officer(office: Office, rng: random.Random, at: datetime) -> Story:
    block = rng.choice(HOUSING)
    room = rng.choice(ROOMS[block])
    culprit = office.inmates.pick(at, block, rng)
    officer, other = office.guards(at, rng, 2)
    karupam = office.karupam(at)
    c = first_name(culprit.name)
    hearing = office.office_hours_after(at + timedelta(days=5), rng)
    return Story(
        type_name="Pemberontakan/perlawanan terhadap petugas",
        severity=Severity.SEDANG,
        at=at,
        reported_at=minutes_after(at, 10, 20, rng),
        summary=f"WBP {culprit.name} melawan petugas saat penghitungan di kamar {room}",
        block=block,
        room=room,
        chronology=(
            f"{when(at)}, saat penghitungan dan penguncian kamar {room} {block}, WBP "
            f"{who(culprit)} menolak masuk kamar, memaki petugas {officer.name} dan "
            f"mendorongnya hingga terjatuh. Petugas {other.name} membantu mengamankan {c} "
            f"tanpa kekerasan. Atas perintah Karupam, {c} ditempatkan di Sel Isolasi. Petugas "
            "yang didorong mengalami lecet di siku dan dirawat di klinik."
        ),
        injuries=f"Lecet di siku kanan petugas {officer.name}; dirawat di klinik.",
        people=[
            inmate(PersonRole.PELAKU, culprit),
            staff(PersonRole.KORBAN, officer),
            staff(PersonRole.SAKSI, other),
        ],
        actions=[
            act(minutes_after(at, 2, 5, rng), f"{c} diamankan", other),
            act(minutes_after(at, 10, 20, rng), f"{c} ditempatkan di Sel Isolasi", karupam),
        ],
        notifications=office.ladder(at, Severity.SEDANG, rng),
        tasks=[
            Task(f"Pemeriksaan (BAP) {c}", office.ka_kpr, 1),
            Task(f"Sidang TPP: usulan register F untuk {c}", office.ka_kpr, 7),
        ],
        supplements=[
            f"Sidang TPP tanggal {full_date(hearing.date())}: {culprit.name} dijatuhi hukuman "
            "disiplin tingkat sedang dan dicatat dalam register F."
        ],
    )


def storm(office: Office, rng: random.Random, at: datetime) -> Story:
    block = rng.choice(HOUSING)
    guard = office.guard(at, rng)
    fixer = office.pick(office.works, rng)
    damage = rng.choice(
        (
            "pohon mahoni tumbang menimpa pagar kawat berduri sisi barat sepanjang ±5 meter",
            f"atap selasar {block} bocor dan 20 genteng pecah",
            f"genangan air setinggi ±20 cm di selasar {block}",
        )
    )
    return Story(
        type_name="Bencana alam",
        severity=Severity.RINGAN,
        at=at,
        reported_at=minutes_after(at, 15, 40, rng),
        summary=f"Hujan deras dan angin kencang: {damage}",
        block=block,
        chronology=(
            f"{when(at)}, hujan deras disertai angin kencang melanda Blora. Akibatnya {damage}. "
            f"Petugas {guard.name} melapor kepada Karupam; WBP yang kamarnya terdampak "
            "dipindahkan sementara ke kamar lain dan penjagaan di titik yang rusak ditambah. "
            "Tidak ada korban jiwa maupun luka."
        ),
        damage=f"{damage[0].upper()}{damage[1:]}.",
        people=[staff(PersonRole.PELAPOR, guard)],
        actions=[
            act(
                minutes_after(at, 20, 40, rng),
                "Penjagaan di titik rusak ditambah",
                office.karupam(at),
            ),
            act(minutes_after(at, 600, 1440, rng), "Perbaikan darurat", fixer),
        ],
        notifications=office.ladder(at, Severity.RINGAN, rng, karutan=True),
        tasks=[Task("Perbaikan kerusakan dan pemangkasan pohon dekat tembok", fixer, 14)],
    )


def self_harm(office: Office, rng: random.Random, at: datetime) -> Story:
    person = office.inmates.new(at, BLOK_A, rng, sentenced=False)
    mate = office.inmates.pick(at, BLOK_A, rng, avoid=(person,))
    guard = office.guard(at, rng)
    nurse = office.pick(office.health, rng)
    p = first_name(person.name)
    return Story(
        type_name="Percobaan bunuh diri",
        severity=Severity.BERAT,
        at=at,
        reported_at=minutes_after(at, 15, 30, rng),
        summary=f"Percobaan bunuh diri WBP {person.name} di kamar mandi kamar A-6",
        block=BLOK_A,
        room="A-6",
        chronology=(
            f"{when(at)}, WBP {who(mate)} berteriak memanggil petugas karena teman sekamarnya, "
            f"WBP {who(person)}, menjerat lehernya dengan sarung di kamar mandi kamar A-6. "
            f"Petugas {guard.name} segera masuk, melepas jeratan dan membawa {p} ke klinik, "
            f"tempat petugas kesehatan menyatakan kondisinya stabil. {p}, tahanan baru yang "
            "tertekan menunggu putusan, ditempatkan di kamar pengawasan khusus dan dijadwalkan "
            "konseling."
        ),
        injuries=f"Bekas jeratan di leher {person.name}; kondisi stabil.",
        people=[
            inmate(PersonRole.KORBAN, person),
            inmate(PersonRole.SAKSI, mate, "Teman sekamar yang melapor"),
            staff(PersonRole.PELAPOR, guard),
        ],
        actions=[
            act(minutes_after(at, 1, 3, rng), "Jeratan dilepas; WBP dibawa ke klinik", guard),
            act(minutes_after(at, 10, 20, rng), "Pemeriksaan kesehatan; kondisi stabil", nurse),
            act(
                minutes_after(at, 40, 60, rng), "WBP ke kamar pengawasan khusus", office.karupam(at)
            ),
        ],
        notifications=office.ladder(at, Severity.BERAT, rng),
        evidence=[
            EvidenceLine(
                "Sarung yang dipakai menjerat",
                custody=(CustodyLine(guard.name, minutes_after(at, 5, 10, rng), "Ruang KPR"),),
            )
        ],
        tasks=[
            Task("Konseling oleh wali pemasyarakatan dan psikolog", office.ka_kpr, 3),
            Task("Pengawasan khusus tiap 30 menit selama 7 hari", office.karupam(at), 7),
        ],
    )


def trouble_at_the_gate(office: Office, rng: random.Random, at: datetime) -> Story:
    gate = office.pick(office.p2u, rng)
    name = rng.choice(("Sugiyanto", "Purwanto", "Kasdi", "Suroso"))
    return Story(
        type_name="Serangan dari luar",
        severity=Severity.RINGAN,
        at=at,
        reported_at=minutes_after(at, 10, 20, rng),
        summary="Orang mabuk melempar batu ke pos P2U; diserahkan ke Polsek Blora Kota",
        other_place="P2U (pintu utama)",
        chronology=(
            f"{when(at)}, seorang laki-laki dalam keadaan mabuk berteriak-teriak di depan pintu "
            "utama Rutan dan melempar batu ke arah pos P2U sehingga kaca jendela pos retak. "
            f"Petugas P2U {gate.name} bersama petugas jaga mengamankan orang tersebut tanpa "
            f"membuka pintu utama, lalu menghubungi Polsek Blora Kota. Ia bernama {name}, "
            "warga Kelurahan Tempelan, dan dibawa petugas Polsek untuk diproses."
        ),
        damage="Kaca jendela pos P2U retak.",
        people=[
            outsider(PersonRole.PELAKU, name, nik(rng), "Warga, dalam keadaan mabuk"),
            staff(PersonRole.PELAPOR, gate),
        ],
        actions=[
            act(minutes_after(at, 3, 8, rng), "Orang tersebut diamankan di depan pintu", gate),
            act(minutes_after(at, 30, 50, rng), "Diserahkan kepada petugas Polsek", gate),
        ],
        notifications=office.ladder(at, Severity.RINGAN, rng, police="Piket Polsek Blora Kota"),
        tasks=[Task("Ganti kaca jendela pos P2U", office.pick(office.works, rng), 7)],
    )


def angry_visitor(office: Office, rng: random.Random, at: datetime) -> Story:
    desk = office.pick(office.visits_desk, rng)
    visitor, relation = rng.choice(VISITORS)
    visited = office.inmates.pick(at, rng.choice(HOUSING), rng)
    return Story(
        type_name="Lain-lain",
        severity=Severity.RINGAN,
        at=at,
        reported_at=minutes_after(at, 10, 20, rng),
        summary=f"Pengunjung {visitor} membuat keributan di ruang tunggu kunjungan",
        other_place="Ruang kunjungan",
        chronology=(
            f"{when(at)}, pengunjung {visitor}, {relation} WBP {who(visited)}, marah dan "
            "berteriak di ruang tunggu karena datang setelah pendaftaran kunjungan ditutup. "
            f"Petugas kunjungan {desk.name} menenangkannya dan menjelaskan jadwal layanan; "
            "pengunjung diperbolehkan menitipkan barang sesuai aturan lalu pulang dengan tertib. "
            "Layanan kunjungan bagi pengunjung lain tetap berjalan tanpa gangguan."
        ),
        people=[
            outsider(PersonRole.PELAKU, visitor, note=f"Pengunjung ({relation} WBP)"),
            staff(PersonRole.PELAPOR, desk),
        ],
        actions=[act(minutes_after(at, 2, 10, rng), "Pengunjung ditenangkan", desk)],
        notifications=office.ladder(at, Severity.RINGAN, rng),
    )


KINDS: tuple[Kind, ...] = (
    Kind(fight, 22, (9, 10, 11, 14, 15, 16, 17, 20)),
    Kind(thrown_over_the_wall, 12, (20, 21, 22, 23, 0, 1, 2)),
    Kind(hidden_in_a_parcel, 12, (8, 9, 10, 11), visiting_hours=True),
    Kind(theft, 11, (10, 13, 15, 16, 19)),
    Kind(taken_ill_at_night, 12, (21, 22, 23, 0, 1, 2, 3)),
    Kind(short_circuit, 4, (11, 16, 18, 19, 20)),
    Kind(power_cut, 4, (18, 19, 20, 21, 22)),
    Kind(hunger_strike, 2, (12,)),
    Kind(resisting_an_officer, 4, (16, 17, 18)),
    Kind(storm, 5, (14, 15, 16, 17), months=(11, 12, 1, 2, 3)),
    Kind(self_harm, 1, (1, 2, 3, 4)),
    Kind(trouble_at_the_gate, 3, (21, 22, 23)),
    Kind(angry_visitor, 4, (11, 12), visiting_hours=True),
)
