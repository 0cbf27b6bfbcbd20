"""How the words of the Kamtib records are shown on screen (translated in the context
"KamtibLabels"; the printed documents use the Indonesian words of the domain)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from rutan_desk.domain.incidents import IncidentStatus, PersonKind, PersonRole, Severity
from rutan_desk.domain.patrols import VisitKind
from rutan_desk.domain.searches import FindingFate, FindingItem, SearchKind


def severity_label(severity: Severity) -> str:
    return {
        Severity.RINGAN: QCoreApplication.translate("KamtibLabels", "minor"),
        Severity.SEDANG: QCoreApplication.translate("KamtibLabels", "moderate"),
        Severity.BERAT: QCoreApplication.translate("KamtibLabels", "serious"),
    }[severity]


def status_label(status: IncidentStatus) -> str:
    return {
        IncidentStatus.DRAFT: QCoreApplication.translate("KamtibLabels", "Draft"),
        IncidentStatus.REPORTED: QCoreApplication.translate("KamtibLabels", "Reported"),
        IncidentStatus.HANDLED: QCoreApplication.translate("KamtibLabels", "Being handled"),
        IncidentStatus.CLOSED: QCoreApplication.translate("KamtibLabels", "Finished"),
    }[status]


def role_label(role: PersonRole) -> str:
    return {
        PersonRole.PELAKU: QCoreApplication.translate("KamtibLabels", "perpetrator"),
        PersonRole.KORBAN: QCoreApplication.translate("KamtibLabels", "victim"),
        PersonRole.SAKSI: QCoreApplication.translate("KamtibLabels", "witness"),
        PersonRole.PELAPOR: QCoreApplication.translate("KamtibLabels", "reporter"),
    }[role]


def person_kind_label(kind: PersonKind) -> str:
    return {
        PersonKind.INMATE: QCoreApplication.translate("KamtibLabels", "inmate"),
        PersonKind.STAFF: QCoreApplication.translate("KamtibLabels", "officer"),
        PersonKind.OUTSIDER: QCoreApplication.translate("KamtibLabels", "outsider"),
    }[kind]


def search_kind_label(kind: SearchKind) -> str:
    return {
        SearchKind.RUTIN: QCoreApplication.translate("KamtibLabels", "Routine"),
        SearchKind.INSIDENTIL: QCoreApplication.translate("KamtibLabels", "Incidental"),
    }[kind]


def finding_item_label(item: FindingItem) -> str:
    return {
        FindingItem.HP: QCoreApplication.translate("KamtibLabels", "Mobile phone"),
        FindingItem.CHARGER: QCoreApplication.translate("KamtibLabels", "Charger"),
        FindingItem.KABEL_DATA: QCoreApplication.translate("KamtibLabels", "Data cable"),
        FindingItem.NARKOBA: QCoreApplication.translate("KamtibLabels", "Drugs"),
        FindingItem.SENJATA_TAJAM: QCoreApplication.translate("KamtibLabels", "Sharp weapon"),
        FindingItem.UANG: QCoreApplication.translate("KamtibLabels", "Money"),
        FindingItem.ROKOK_KOREK: QCoreApplication.translate("KamtibLabels", "Cigarettes, lighter"),
        FindingItem.OBAT_TERLARANG: QCoreApplication.translate(
            "KamtibLabels", "Prohibited medicine"
        ),
        FindingItem.MINUMAN_KERAS: QCoreApplication.translate("KamtibLabels", "Liquor"),
        FindingItem.LAIN_LAIN: QCoreApplication.translate("KamtibLabels", "Other"),
    }[item]


def fate_label(fate: FindingFate) -> str:
    return {
        FindingFate.DISIMPAN: QCoreApplication.translate("KamtibLabels", "Kept"),
        FindingFate.DIMUSNAHKAN: QCoreApplication.translate("KamtibLabels", "Destroyed"),
        FindingFate.DISERAHKAN: QCoreApplication.translate("KamtibLabels", "Handed to the police"),
    }[fate]


def visit_kind_label(kind: VisitKind) -> str:
    return {
        VisitKind.SAMBANG: QCoreApplication.translate("KamtibLabels", "Patrol call (sambang)"),
        VisitKind.KOORDINASI: QCoreApplication.translate("KamtibLabels", "Coordination visit"),
        VisitKind.SIDAK: QCoreApplication.translate("KamtibLabels", "Surprise inspection"),
        VisitKind.LAIN: QCoreApplication.translate("KamtibLabels", "Other visit"),
    }[kind]
