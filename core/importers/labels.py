"""Alias tables for localized labels (Meta string_map_data and HTML rows, month names, Takeout folders).

Meta writes field labels in the account's language. English labels are confirmed by real files; the other
languages are best guesses from how Meta words its settings pages and are backed by positional and type
fallbacks in the importers, so a miss costs certainty (a warning), not the record.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from typing import Any

_PUNCT = re.compile(r"[\s:：'’`´.\-_/()]+")


def label_key(s: str) -> str:
    """Normalize a label for lookup: NFKC, casefold, no punctuation or spaces ('Added on:' → 'addedon')."""
    return _PUNCT.sub("", unicodedata.normalize("NFKC", s).casefold())


def _keys(*labels: str) -> frozenset[str]:
    return frozenset(label_key(x) for x in labels)


#: field → every known spelling of its label.
ALIASES: dict[str, frozenset[str]] = {
    "name": _keys(
        "App Name", "App", "Name", "Application", "Application name", "Website", "App or website",
        "App-Name", "Name der App", "Nom de l'application", "Nom de l’app", "Nom", "Nombre de la aplicación",
        "Nombre", "Nome dell'app", "Nome", "Nome do app", "Nome do aplicativo", "Naam van app", "App-naam",
        "Naam", "Nazwa aplikacji", "Nazwa", "Uygulama adı", "Ad",
    ),
    "added": _keys(
        "Added on", "Date Added", "Added", "Date added", "Connected on", "Hinzugefügt am", "Hinzugefügt",
        "Datum hinzugefügt", "Ajoutée le", "Ajouté le", "Date d'ajout", "Añadida el", "Agregada el",
        "Fecha en que se añadió", "Fecha de incorporación", "Aggiunta il", "Data di aggiunta",
        "Adicionado em", "Adicionada em", "Data de adição", "Toegevoegd op", "Datum toegevoegd",
        "Dodano", "Data dodania", "Eklenme tarihi",
    ),
    "expired": _keys(
        "Expired on", "Date Expired", "Expired", "Abgelaufen am", "Abgelaufen", "Expirée le", "Expiré le",
        "Date d'expiration", "Caducó el", "Venció el", "Fecha de caducidad", "Scaduta il", "Data di scadenza",
        "Expirou em", "Expirado em", "Data de expiração", "Verlopen op", "Verlopen", "Wygasła", "Data wygaśnięcia",
        "Süresi doldu",
    ),
    "removed": _keys(
        "Removed on", "Date Removed", "Removed", "Entfernt am", "Entfernt", "Supprimée le", "Supprimé le",
        "Date de suppression", "Eliminada el", "Quitada el", "Fecha de eliminación", "Rimossa il",
        "Data di rimozione", "Removido em", "Removida em", "Data de remoção", "Verwijderd op", "Usunięto",
        "Kaldırılma tarihi",
    ),
    "last_active": _keys(
        "Last active on", "Last active", "Last used", "Last activity", "Zuletzt aktiv am", "Zuletzt aktiv",
        "Zuletzt verwendet", "Dernière activité le", "Dernière activité", "Última actividad el",
        "Última actividad", "Ultima attività il", "Ultima attività", "Última atividade em", "Última atividade",
        "Laatst actief op", "Laatst actief", "Ostatnia aktywność", "Son etkinlik",
    ),
    "user_id": _keys(
        "App user ID", "User ID", "Unique ID", "Your ID", "App-scoped user ID", "Nutzer-ID", "Nutzer-ID der App",
        "Benutzer-ID", "Eindeutige ID", "ID utilisateur", "Identifiant utilisateur", "ID unique",
        "Identifiant unique", "ID de usuario", "ID de usuario de la aplicación", "ID único", "ID utente",
        "ID univoco", "ID do usuário", "ID de utilizador", "Gebruikers-ID", "Unieke ID",
        "Identyfikator użytkownika", "Kullanıcı kimliği",
    ),
    "status": _keys("Status", "Category", "State", "Kategorie", "Statut", "Estado", "Stato", "Categoria"),
    "time_zone": _keys("Timezone", "Time zone", "Zeitzone", "Fuseau horaire", "Zona horaria", "Fuso orario",
                       "Fuso horário", "Tijdzone", "Strefa czasowa", "Saat dilimi"),
    "events": _keys("Events", "Ereignisse", "Événements", "Eventos", "Eventi", "Gebeurtenissen", "Zdarzenia"),
    "event": _keys("Event", "Type", "Event type", "Ereignis", "Événement", "Evento", "Tipo", "Gebeurtenis"),
    "received": _keys("Received on", "Date", "Time", "Empfangen am", "Reçu le", "Recibido el", "Ricevuto il",
                      "Recebido em", "Ontvangen op", "Datum", "Zeit", "Heure", "Fecha", "Data", "Tijd"),
    "id": _keys("ID", "Id"),
}

#: Stems that identify a field when the whole label is not in the table (for languages not listed above).
STEMS: dict[str, tuple[str, ...]] = {
    "expired": ("expir", "abgelauf", "verlop", "scad", "caduc", "venci", "wygas"),
    "removed": ("remov", "entfern", "supprim", "elimin", "rimoss", "verwijder", "usun"),
    "last_active": ("lastactiv", "lastused", "zuletzt", "dernière", "últim", "ultim", "laatst"),
    "added": ("added", "hinzugef", "ajout", "añad", "agreg", "aggiun", "adicion", "toegevoeg", "dodan"),
    "user_id": ("userid", "nutzerid", "benutzerid", "utilisateur", "usuario", "utente", "usuário", "gebruikers"),
}


def assign_app_field(out: dict[str, Any], field: str | None, value: str, when: datetime | None) -> bool:
    """Store one labelled value of a Meta app record (JSON or HTML) in `out`; False when it is none of
    name, user id, added, ended (expired/removed) or last active, or has nothing usable."""
    if field == "name" and value:
        out.setdefault("name", value)
    elif field == "user_id" and value:
        out["user_id"] = value
    elif field == "added" and when:
        out["added"] = when
    elif field in ("expired", "removed") and when:
        out["ended"] = when
    elif field == "last_active" and when:
        out["last_active"] = when
    else:
        return False
    return True


def field_of(label: str) -> str | None:
    """Which field a label names ('name', 'added', 'expired', ...), or None when unknown."""
    k = label_key(label)
    for f, keys in ALIASES.items():
        if k in keys:
            return f
    for f, stems in STEMS.items():
        if any(s in k for s in stems):
            return f
    return None


#: Status words in headings and cells (Meta HTML groups apps under Active / Expired / Removed).
STATUS_WORDS: dict[str, str] = {}
for _status, _words in {
    "active": ("active", "aktiv", "actives", "actifs", "activas", "activos", "attive", "ativos", "ativas",
               "actief", "aktywne", "etkin"),
    "expired": ("expired", "inactive", "abgelaufen", "inaktiv", "expirées", "expirés", "caducadas", "vencidas",
                "scadute", "expirados", "expiradas", "verlopen", "wygasłe", "süresi dolmuş"),
    "removed": ("removed", "entfernt", "supprimées", "supprimés", "eliminadas", "eliminados", "rimosse",
                "removidos", "removidas", "verwijderd", "usunięte", "kaldırılan"),
}.items():
    for _w in _words:
        STATUS_WORDS[label_key(_w)] = _status


def status_word(s: str) -> str | None:
    """'Active apps and websites' → 'active'; 'Removed' → 'removed'; None when no status word is present."""
    for word in re.split(r"[\s,;:()/]+", unicodedata.normalize("NFKC", s).casefold()):
        hit = STATUS_WORDS.get(label_key(word))
        if hit:
            return hit
    return None


#: Month names and abbreviations (en, de, fr, es, it, pt, nl, pl, hu) → month number.
MONTHS: dict[str, int] = {}
for _n, _names in enumerate([
    ("jan", "january", "januar", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari",
     "stycznia", "styczeń", "január"),
    ("feb", "february", "februar", "février", "févr", "fevr", "febrero", "febbraio", "fevereiro", "fev",
     "februari", "lutego", "luty", "február"),
    ("mar", "march", "märz", "mär", "mars", "marzo", "março", "maart", "mrt", "marca", "marzec", "március"),
    ("apr", "april", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "kwiecień", "április"),
    ("may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maja", "maj", "május"),
    ("jun", "june", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwca", "czerwiec", "június"),
    ("jul", "july", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipca", "lipiec", "július"),
    ("aug", "august", "août", "aout", "agosto", "ago", "augustus", "sierpnia", "sierpień", "augusztus"),
    ("sep", "sept", "september", "septembre", "septiembre", "set", "settembre", "setembro", "września",
     "wrzesień", "szeptember"),
    ("oct", "october", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out",
     "października", "październik", "október"),
    ("nov", "november", "novembre", "noviembre", "novembro", "listopada", "listopad", "november"),
    ("dec", "december", "dezember", "dez", "décembre", "déc", "diciembre", "dic", "dicembre", "dezembro",
     "grudnia", "grudzień", "december"),
], start=1):
    for _w in _names:
        MONTHS[_w] = _n


def month_of(word: str) -> int | None:
    w = unicodedata.normalize("NFKC", word).casefold().strip(".,")
    return MONTHS.get(w)


#: Takeout product folders per language (the ones Grantscope reads).
TAKEOUT_ACCESS_LOG = ("access log activity", "zugriffsprotokollaktivitäten", "activité du journal d'accès",
                      "actividad del registro de acceso", "attività registro accessi",
                      "atividade do registro de acesso", "activiteit toegangslogboek")
TAKEOUT_PLAY_STORE = ("google play store",)
TAKEOUT_CHROME = ("chrome",)
TAKEOUT_ROOT_PAGES = ("archive_browser.html", "archiv_übersicht.html", "archiv_ubersicht.html")
