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

from core.regex import lazy

_PUNCT = lazy(r"[\s:：'’`´.\-_/()]+")


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
    "received": ("receivedon", "recibido", "empfangen", "reçu", "ricevut", "recebid", "ontvangen"),
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


#: Meta's HTML wording per export language: app-page row labels, the three status headings of the 2023+
#: connected-apps page, and off-Meta event rows. English, Spanish and Traditional Chinese are confirmed by real
#: exports; the others follow Meta's settings pages and are backed by the structural fallbacks in meta_html.
LANGS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"name": ("App name",), "user_id": ("Unique ID",), "added": ("Date added",),
           "removed": ("Date removed",), "expired": ("Date expired",),
           "active_h": ("Active apps", "Active apps and websites"),
           "expired_h": ("Expired apps", "Expired apps and websites"),
           "removed_h": ("Removed apps", "Removed apps and websites"),
           "event": ("Event",), "received": ("Received on",), "id": ("ID",)},
    "es": {"name": ("Nombre de la aplicación",), "user_id": ("Identificador único",),
           "added": ("Fecha en que se ha añadido", "Fecha de adición"), "removed": ("Fecha eliminada",),
           "expired": ("Fecha de caducidad",),
           "active_h": ("Aplicaciones activas",), "expired_h": ("Aplicaciones caducadas",),
           "removed_h": ("Aplicaciones eliminadas",), "event": ("Evento",), "received": ("Recibido el",)},
    "fr": {"name": ("Nom de l’app", "Nom de l'app", "Nom de l’application"), "user_id": ("ID unique",),
           "added": ("Date d’ajout", "Date d'ajout"), "removed": ("Date de suppression",),
           "expired": ("Date d’expiration", "Date d'expiration"),
           "active_h": ("Apps actives", "Applications actives"), "expired_h": ("Apps expirées",),
           "removed_h": ("Apps supprimées",), "event": ("Événement",), "received": ("Reçu le",)},
    "de": {"name": ("App-Name", "Name der App"), "user_id": ("Eindeutige ID",),
           "added": ("Hinzugefügt am", "Datum hinzugefügt"), "removed": ("Entfernt am", "Datum entfernt"),
           "expired": ("Abgelaufen am",),
           "active_h": ("Aktive Apps",), "expired_h": ("Abgelaufene Apps",), "removed_h": ("Entfernte Apps",),
           "event": ("Ereignis",), "received": ("Empfangen am",)},
    "it": {"name": ("Nome dell'app", "Nome dell’app"), "user_id": ("ID univoco",),
           "added": ("Data di aggiunta",), "removed": ("Data di rimozione",), "expired": ("Data di scadenza",),
           "active_h": ("App attive",), "expired_h": ("App scadute",), "removed_h": ("App rimosse",),
           "event": ("Evento",), "received": ("Ricevuto il",)},
    "pt": {"name": ("Nome do app", "Nome do aplicativo"), "user_id": ("ID exclusivo", "ID único"),
           "added": ("Data de adição", "Data em que foi adicionado"), "removed": ("Data de remoção",),
           "expired": ("Data de expiração",),
           "active_h": ("Apps ativos", "Aplicativos ativos"), "expired_h": ("Apps expirados", "Aplicativos expirados"),
           "removed_h": ("Apps removidos", "Aplicativos removidos"), "event": ("Evento",),
           "received": ("Recebido em",)},
    "nl": {"name": ("Naam van app", "App-naam"), "user_id": ("Unieke ID",), "added": ("Datum toegevoegd",),
           "removed": ("Datum verwijderd",), "expired": ("Datum verlopen",),
           "active_h": ("Actieve apps",), "expired_h": ("Verlopen apps",), "removed_h": ("Verwijderde apps",),
           "event": ("Gebeurtenis",), "received": ("Ontvangen op",)},
    "pl": {"name": ("Nazwa aplikacji",), "user_id": ("Unikalny identyfikator",), "added": ("Data dodania",),
           "removed": ("Data usunięcia",), "expired": ("Data wygaśnięcia",),
           "active_h": ("Aktywne aplikacje",), "expired_h": ("Wygasłe aplikacje",),
           "removed_h": ("Usunięte aplikacje",), "event": ("Zdarzenie",), "received": ("Otrzymano",)},
    "tr": {"name": ("Uygulama adı",), "user_id": ("Benzersiz kimlik",), "added": ("Eklenme tarihi",),
           "removed": ("Kaldırılma tarihi",), "expired": ("Süresinin dolduğu tarih",),
           "active_h": ("Etkin uygulamalar", "Aktif uygulamalar"), "expired_h": ("Süresi dolmuş uygulamalar",),
           "removed_h": ("Kaldırılan uygulamalar",), "event": ("Etkinlik",), "received": ("Alınma tarihi",)},
    "ru": {"name": ("Название приложения",), "user_id": ("Уникальный идентификатор",),
           "added": ("Дата добавления",), "removed": ("Дата удаления",), "expired": ("Дата истечения срока",),
           "active_h": ("Активные приложения",), "expired_h": ("Приложения с истекшим сроком действия",
                                                              "Просроченные приложения"),
           "removed_h": ("Удаленные приложения", "Удалённые приложения"), "event": ("Событие",),
           "received": ("Дата получения",), "id": ("Идентификатор", "ID")},
    "ja": {"name": ("アプリ名",), "user_id": ("固有ID",), "added": ("追加日",), "removed": ("削除日",),
           "expired": ("期限切れ日",),
           "active_h": ("アクティブなアプリ",), "expired_h": ("期限切れのアプリ",), "removed_h": ("削除済みのアプリ",),
           "event": ("イベント",), "received": ("受信日",), "id": ("ID",)},
    "zh-TW": {"name": ("應用程式名稱",), "user_id": ("專屬編號",), "added": ("新增日期",), "removed": ("移除日期",),
              "expired": ("到期日期",),
              "active_h": ("使用中的應用程式",), "expired_h": ("已到期的應用程式",), "removed_h": ("已移除的應用程式",),
              "event": ("事件",), "received": ("接收日期", "收到日期"), "id": ("編號", "ID")},
}

#: Languages whose numeric dates put the month first (others: day first, or year first for ja/zh).
MONTH_FIRST_LANGS = frozenset({"en"})

for _lang in LANGS.values():
    for _f in ("name", "user_id", "added", "removed", "expired", "event", "received", "id"):
        ALIASES[_f] = ALIASES[_f] | _keys(*_lang.get(_f, ()))

_HEADINGS: dict[str, str] = {}
for _lang in LANGS.values():
    for _st in ("active", "expired", "removed"):
        for _h in _lang.get(f"{_st}_h", ()):
            _HEADINGS[label_key(_h)] = _st


def language_of(texts: list[str]) -> str | None:
    """The export language whose labels and headings match most of `texts` (None when none match)."""
    keys = {label_key(t) for t in texts if t}
    best: tuple[int, str | None] = (0, None)
    for lang, table in LANGS.items():
        n = sum(1 for vals in table.values() for v in vals if label_key(v) in keys)
        if n > best[0]:
            best = (n, lang)
    return best[1]


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

#: Word beginnings of status headings (inflected forms: "Abgelaufene", "Удаленные"); checked removed → expired
#: → active, so "inactive" is not read as active.
_STATUS_STEMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("removed", ("remov", "entfern", "supprim", "elimin", "rimoss", "verwijder", "usuni", "kaldır", "удал")),
    ("expired", ("expir", "inactiv", "inaktiv", "abgelauf", "caduc", "venc", "scad", "verlop", "wygas", "süresi",
                 "истек", "истёк", "просроч")),
    ("active", ("activ", "aktiv", "attiv", "ativ", "actie", "etkin", "активн")),
)
#: Status words in scripts written without spaces (ja, zh).
_CJK_STATUS: tuple[tuple[str, str], ...] = (
    ("已移除", "removed"), ("移除", "removed"), ("削除", "removed"), ("已删除", "removed"),
    ("已到期", "expired"), ("過期", "expired"), ("到期", "expired"), ("期限切れ", "expired"), ("已过期", "expired"),
    ("使用中", "active"), ("有效", "active"), ("アクティブ", "active"),
)


def status_word(s: str) -> str | None:
    """'Active apps and websites' → 'active'; 'Removed' → 'removed'; None when no status word is present."""
    for word in re.split(r"[\s,;:()/]+", unicodedata.normalize("NFKC", s).casefold()):
        hit = STATUS_WORDS.get(label_key(word))
        if hit:
            return hit
    return None


def status_of_heading(s: str) -> str | None:
    """The status a section heading names, in any listed language ('Aplicaciones caducadas' → 'expired')."""
    k = label_key(s)
    if not k:
        return None
    if k in _HEADINGS:
        return _HEADINGS[k]
    hit = status_word(s)
    if hit:
        return hit
    words = [label_key(w) for w in re.split(r"[\s,;:()/]+", unicodedata.normalize("NFKC", s).casefold())]
    for st, stems in _STATUS_STEMS:
        if any(w.startswith(stem) for w in words for stem in stems):
            return st
    for part, st in _CJK_STATUS:
        if part in s:
            return st
    return None


#: Month names and abbreviations (en, de, fr, es, it, pt, nl, pl, hu, tr, ru) → month number.
MONTHS: dict[str, int] = {}
for _n, _names in enumerate([
    ("jan", "january", "januar", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari",
     "stycznia", "styczeń", "sty", "január", "oca", "ocak", "янв", "января", "январь"),
    ("feb", "february", "februar", "février", "févr", "fevr", "febrero", "febbraio", "fevereiro", "fev",
     "februari", "lutego", "luty", "lut", "február", "şub", "şubat", "фев", "февр", "февраля", "февраль"),
    ("mar", "march", "märz", "mär", "mars", "marzo", "março", "maart", "mrt", "marca", "marzec", "március",
     "mart", "мар", "марта", "март"),
    ("apr", "april", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "kwiecień", "kwi", "április",
     "nis", "nisan", "апр", "апреля", "апрель"),
    ("may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maja", "maj", "május", "mayıs", "мая", "май"),
    ("jun", "june", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwca", "czerwiec", "cze", "június",
     "haz", "haziran", "июн", "июня", "июнь"),
    ("jul", "july", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipca", "lipiec", "lip",
     "július", "tem", "temmuz", "июл", "июля", "июль"),
    ("aug", "august", "août", "aout", "agosto", "ago", "augustus", "sierpnia", "sierpień", "sie", "augusztus",
     "ağu", "ağustos", "авг", "августа", "август"),
    ("sep", "sept", "september", "septembre", "septiembre", "set", "settembre", "setembro", "września",
     "wrzesień", "wrz", "szeptember", "eyl", "eylül", "сен", "сент", "сентября", "сентябрь"),
    ("oct", "october", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out",
     "października", "październik", "paź", "október", "eki", "ekim", "окт", "октября", "октябрь"),
    ("nov", "november", "novembre", "noviembre", "novembro", "listopada", "listopad", "lis", "kas", "kasım",
     "ноя", "нояб", "ноября", "ноябрь"),
    ("dec", "december", "dezember", "dez", "décembre", "déc", "diciembre", "dic", "dicembre", "dezembro",
     "grudnia", "grudzień", "gru", "ara", "aralık", "дек", "декабря", "декабрь"),
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
TAKEOUT_ROOT_PAGES = ("archive_browser.html", "archiv_übersicht.html", "archiv_ubersicht.html")
