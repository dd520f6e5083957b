"""Synthetic Facebook and Instagram HTML exports (2023+ class names and an older layout), no real people."""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tests.builders.archive import Files


def page(title: str, body: str) -> bytes:
    """A Meta export page: inline CSS, a script the parser must ignore, a remote image it must never load."""
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\" /><title>" + html.escape(title) + "</title>"
        "<style>._a6-g{padding:4px}</style><script>document.title='executed'</script></head>"
        "<body class=\"_a705\"><main class=\"_a706\" role=\"main\"><div class=\"_3b0d\"><h1>" + html.escape(title)
        + "</h1></div>" + body + "<img src=\"https://static.example.invalid/pixel.png\" /></main></body></html>"
    ).encode()


def row(label: str, value: str) -> str:
    return (f"<tr><td class=\"_2pin _a6_q\">{html.escape(label)}</td>"
            f"<td class=\"_2pin _2piu _a6_r\">{html.escape(value)}</td></tr>")


def nested_row(label: str, value: str) -> str:
    """The other 2023+ row form: one cell spanning both columns, value in nested divs."""
    return (f"<tr><td colspan=\"2\" class=\"_2pin _a6_q\">{html.escape(label)}"
            f"<div><div>{html.escape(value)}</div></div></td></tr>")


def section(title: str, rows: list[str], footer: str = "") -> str:
    foot = f"<footer class=\"_a72d\"><div class=\"_a72d\">{html.escape(footer)}</div></footer>" if footer else ""
    return (f"<section class=\"_a6-g\"><h2 class=\"_2ph_ _a6-h _a6-i\">{html.escape(title)}</h2>"
            f"<div class=\"_2pin _a6-p\"><table style=\"table-layout: fixed;\">{''.join(rows)}</table></div>"
            f"{foot}</section>")


def fb_2024(*, with_tz: bool = True) -> Files:
    """2024–2026 Facebook HTML: connected apps with App Name / Unique ID / Date Added, status headings."""
    apps = (
        "<h2>Active</h2>"
        + section("Slideshow Maker", [row("App Name", "Slideshow Maker"), row("Unique ID", "10229093786579754"),
                                      row("Date Added", "Jul 09, 2023 11:48:45 am")], "Jul 09, 2023 11:48:45 am")
        + section("McDonald's Rewards", [row("App Name", "McDonald's Rewards"), row("Unique ID", "10220000000000300"),
                                         row("Date Added", "Jun 04, 2025 6:46:10 pm")])
        + "<h2>Removed</h2>"
        + section("Quiz Time", [row("App Name", "Quiz Time"), nested_row("Unique ID", "10220000000000301"),
                                row("Date Removed", "Jan 05, 2020 4:40 am")])
    )
    off_overview = section("Coin Exchange", [nested_row("ID", "379670032410722"), nested_row("Event", "PURCHASE"),
                                             row("Received on", "Apr 21, 2022 5:14:00 am"),
                                             nested_row("ID", "379670032410722"), nested_row("Event", "PAGE_VIEW"),
                                             row("Received on", "Nov 14, 2023 10:13:20 pm")])
    off_overview += section("Garden Centre", [
        "<tr><td colspan=\"2\" class=\"_2pin _a6_q\"><a href=\"/apps_and_websites_off_of_facebook/"
        "your_activity_off_meta_technologies/garden_centre_1.html\">View events</a></td></tr>"])
    files: Files = {
        "apps_and_websites_off_of_facebook/connected_apps_and_websites.html": page("Connected apps and websites", apps),
        "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.html":
            page("Your activity off Meta technologies", off_overview),
        "your_facebook_activity/posts/your_posts_1.html": page("Your posts", ""),
        "personal_information/profile_information/profile_information.html": page("Profile information", ""),
    }
    if with_tz:
        files["logged_information/location/timezone.json"] = json.dumps(
            {"timestamp": 1700000000, "media": [], "label_values": [{"label": "Time zone", "value": "Europe/Berlin"}],
             "fbid": "1000001"}, indent=2).encode()
    return files


def fb_2024_business_part() -> Files:
    """A second ZIP part holding only the per-business page of the 2026 off-Meta HTML."""
    sub = "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies"
    return {
        f"{sub}/garden_centre_1.html": page("Garden Centre", (
            section("Garden Centre", [nested_row("ID", "555"), nested_row("Event", "ADD_TO_CART"),
                                      row("Received on", "Mar 01, 2024 9:00:00 am")])
            + section("Garden Centre", [nested_row("ID", "555"), nested_row("Event", "PURCHASE"),
                                        row("Received on", "Mar 02, 2024 9:30:00 am")]))),
        "logged_information/other/placeholder.html": page("x", ""),
    }


def fb_2020() -> Files:
    """2019–2020 HTML (older class names): apps_and_websites/apps_and_websites.html, no time zone file."""
    box = ("<div class=\"pam _3-95 _2pi0 _2lej uiBoxWhite noborder\"><div class=\"_3-96 _2pio _2lek _2lel\">{n}"
           "</div><div class=\"_3-96 _2let\">Added {d}</div></div>")
    body = box.format(n="Music Stream", d="Nov 06, 2017 8:26:40 pm") + box.format(n="Daily Horoscope &amp; More",
                                                                               d="Mar 13, 2012")
    return {
        "apps_and_websites/apps_and_websites.html": page("Apps and websites", body),
        "profile_information/profile_information.html": page("Profile information", ""),
        "index.html": page("Your information", ""),
    }


def fb_localized() -> Files:
    """German 2024 HTML: labels and month names in German, time zone in timezone.html."""
    apps = section("Fotobuch", [row("App-Name", "Fotobuch"), row("Eindeutige ID", "10220000000000400"),
                                row("Hinzugefügt am", "09. Juli 2023, 11:48")])
    tz = section("Zeitzone", [row("Zeitzone", "America/New_York")])
    return {
        "apps_and_websites_off_of_facebook/connected_apps_and_websites.html": page("Verbundene Apps", apps),
        "logged_information/location/timezone.html": page("Zeitzone", tz),
        "your_facebook_activity/posts/your_posts_1.html": page("Beiträge", ""),
    }


def ig_html() -> Files:
    """Instagram HTML (2023 layout): active and expired apps pages built like the JSON string_map_data."""
    base = "apps_and_websites_off_of_instagram/apps_and_websites"
    return {
        f"{base}/active_apps.html": page("Active apps and websites", section("Photo Grid Studio", [
            row("Added on", "Sep 13, 2020 12:26 pm"), row("Last active on", "Nov 14, 2023 10:13 pm"),
            row("App user ID", "4073982597919074")])),
        f"{base}/expired_pps.html": page("Expired apps and websites", section("Widget Wall", [
            row("Expired on", "Mar 12, 2022 2:04 pm"), row("App user ID", "4390129040479666")])),
        "your_instagram_activity/likes/liked_posts.html": page("Liked posts", ""),
    }


# --- 2023+ connected-apps page, real structure (nested _a6-g boxes per section and per app) --------------

@dataclass
class HtmlApp:
    name: str
    app_id: str
    added: datetime | None = None
    removed: datetime | None = None


#: Per language: page title, the three section headings, row labels (name, id, added, removed), header
#: "Generated by" wording and how a date is written. Wording follows Meta's settings pages; the person,
#: apps and ids are fictional.
LOCALES: dict[str, dict[str, Any]] = {
    "en": {"title": "Connected apps and websites",
           "sections": ("Active apps", "Expired apps", "Removed apps"),
           "labels": ("App name", "Unique ID", "Date added", "Date removed"),
           "generated": "Generated by {name} on {date}",
           "months": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
           "form": "meta"},
    "es": {"title": "Aplicaciones y sitios web conectados",
           "sections": ("Aplicaciones activas", "Aplicaciones caducadas", "Aplicaciones eliminadas"),
           "labels": ("Nombre de la aplicación", "Identificador único", "Fecha en que se ha añadido",
                      "Fecha eliminada"),
           "generated": "Generado por {name} el {date}",
           "months": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"),
           "form": "meta"},
    "fr": {"title": "Apps et sites web connectés", "sections": ("Apps actives", "Apps expirées", "Apps supprimées"),
           "labels": ("Nom de l’app", "ID unique", "Date d’ajout", "Date de suppression"),
           "generated": "Généré par {name} le {date}",
           "months": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
                      "déc."), "form": "dmy"},
    "de": {"title": "Verbundene Apps und Websites", "sections": ("Aktive Apps", "Abgelaufene Apps", "Entfernte Apps"),
           "labels": ("App-Name", "Eindeutige ID", "Hinzugefügt am", "Entfernt am"),
           "generated": "Erstellt von {name} am {date}",
           "months": ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.",
                      "Dez."), "form": "d.my"},
    "it": {"title": "App e siti web collegati", "sections": ("App attive", "App scadute", "App rimosse"),
           "labels": ("Nome dell'app", "ID univoco", "Data di aggiunta", "Data di rimozione"),
           "generated": "Generato da {name} il {date}",
           "months": ("gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"),
           "form": "dmy"},
    "pt": {"title": "Apps e sites conectados", "sections": ("Apps ativos", "Apps expirados", "Apps removidos"),
           "labels": ("Nome do app", "ID exclusivo", "Data de adição", "Data de remoção"),
           "generated": "Gerado por {name} em {date}",
           "months": ("jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"),
           "form": "d de m"},
    "nl": {"title": "Verbonden apps en websites", "sections": ("Actieve apps", "Verlopen apps", "Verwijderde apps"),
           "labels": ("Naam van app", "Unieke ID", "Datum toegevoegd", "Datum verwijderd"),
           "generated": "Gegenereerd door {name} op {date}",
           "months": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
           "form": "dmy"},
    "pl": {"title": "Połączone aplikacje i witryny",
           "sections": ("Aktywne aplikacje", "Wygasłe aplikacje", "Usunięte aplikacje"),
           "labels": ("Nazwa aplikacji", "Unikalny identyfikator", "Data dodania", "Data usunięcia"),
           "generated": "Wygenerowane przez {name} dnia {date}",
           "months": ("sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"),
           "form": "dmy"},
    "tr": {"title": "Bağlı uygulamalar ve web siteleri",
           "sections": ("Etkin uygulamalar", "Süresi dolmuş uygulamalar", "Kaldırılan uygulamalar"),
           "labels": ("Uygulama adı", "Benzersiz kimlik", "Eklenme tarihi", "Kaldırılma tarihi"),
           "generated": "Oluşturan: {name} tarihinde {date}",
           "months": ("Oca", "Şub", "Mar", "Nis", "May", "Haz", "Tem", "Ağu", "Eyl", "Eki", "Kas", "Ara"),
           "form": "dmy"},
    "ru": {"title": "Подключенные приложения и сайты",
           "sections": ("Активные приложения", "Приложения с истекшим сроком действия", "Удаленные приложения"),
           "labels": ("Название приложения", "Уникальный идентификатор", "Дата добавления", "Дата удаления"),
           "generated": "Создано пользователем {name} в {date}",
           "months": ("янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.",
                      "дек."), "form": "dmy г."},
    "ja": {"title": "接続済みのアプリとウェブサイト",
           "sections": ("アクティブなアプリ", "期限切れのアプリ", "削除済みのアプリ"),
           "labels": ("アプリ名", "固有ID", "追加日", "削除日"),
           "generated": "{name}が{date}に生成", "months": (), "form": "ymd"},
    "zh-TW": {"title": "已連結的應用程式和網站",
              "sections": ("使用中的應用程式", "已到期的應用程式", "已移除的應用程式"),
              "labels": ("應用程式名稱", "專屬編號", "新增日期", "移除日期"),
              "generated": "由 {name} 於 {date} 產生", "months": (), "form": "zh"},
}


def localized_date(dt: datetime, lang: str) -> str:
    """A date as Meta writes it on a page in `lang` (local wall time, no zone marker)."""
    loc = LOCALES[lang]
    form = loc["form"]
    h12 = dt.hour % 12 or 12
    if form == "meta":  # "Mar 06, 2024 8:24:48pm" (en), "mar 06, 2024 8:24:48pm" (es)
        return f"{loc['months'][dt.month - 1]} {dt.day:02d}, {dt.year} {h12}:{dt.minute:02d}:{dt.second:02d}" + (
            "pm" if dt.hour >= 12 else "am")
    if form == "zh":  # "10 月 19, 2021 6:37:03 上午"
        return (f"{dt.month} 月 {dt.day}, {dt.year} {h12}:{dt.minute:02d}:{dt.second:02d} "
                + ("下午" if dt.hour >= 12 else "上午"))
    if form == "ymd":
        return f"{dt.year}年{dt.month}月{dt.day}日 {dt.hour}:{dt.minute:02d}:{dt.second:02d}"
    mon = loc["months"][dt.month - 1]
    hm = f"{dt.hour:02d}:{dt.minute:02d}:{dt.second:02d}"
    if form == "d.my":
        return f"{dt.day:02d}. {mon} {dt.year}, {hm}"
    if form == "d de m":
        return f"{dt.day} de {mon} de {dt.year} {hm}"
    if form == "dmy г.":
        return f"{dt.day} {mon} {dt.year} г. {hm}"
    return f"{dt.day} {mon} {dt.year} {hm}"


def _offset_text(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _label_row(label: str, value: str) -> str:
    return (f"<tr><td class=\"_2pin _a6_q\">{html.escape(label)}</td>"
            f"<td class=\"_2pin _2piu _a6_r\">{html.escape(value)}</td></tr>")


def _date_row(label: str, value: str, variant: str) -> str:
    """The two date-cell variants: the date inside a colspan=2 label cell, or in a second cell."""
    if variant == "colspan":
        return (f"<tr><td colspan=\"2\" class=\"_2pin _a6_q\">{html.escape(label)}"
                f"<div>{html.escape(value)}</div></td></tr>")
    return _label_row(label, value)


def _app_box(app: HtmlApp, lang: str, variant: str, date_text: str | None = None) -> str:
    name_l, id_l, added_l, removed_l = LOCALES[lang]["labels"]
    rows = _label_row(name_l, app.name) + _label_row(id_l, app.app_id)
    if app.added is not None:
        rows += _date_row(added_l, date_text or localized_date(app.added, lang), variant)
    if app.removed is not None:
        rows += _date_row(removed_l, date_text or localized_date(app.removed, lang), variant)
    inner = (f"<div class=\"_a6-g\"><div class=\"_2ph_ _a6-p\"><table style=\"table-layout: fixed;\">{rows}"
             "</table></div></div>")
    return f"<div><div class=\"_a6-g\"><div class=\"_2ph_ _a6-p\"><div>{inner}</div></div></div></div>"


def section_box(heading: str, body: str, description: str = "About this section") -> str:
    """A section: heading and description, then (possibly no) nested boxes."""
    nested = f"<div><div><div>{body}</div></div></div>" if body else ""
    return (f"<div class=\"_a6-g\"><div class=\"_2ph_ _a6-p\"><div class=\"_3-96 _2pin _a6-i\">"
            f"<div class=\"_a6-h\">{html.escape(heading)}</div><div style=\"padding-top: 3px\">"
            f"{html.escape(description)}</div></div>{nested}</div></div>")


def modern_page(title: str, main: str, *, owner: str | None, generated: datetime | None,
                offset_minutes: int = 0, lang: str = "en") -> bytes:
    """A 2023+ export page: header block with the "Generated by" line, then div[role=main]."""
    header = ""
    if owner is not None and generated is not None:
        loc = LOCALES[lang]
        if lang == "en":
            when = f"{generated:%A}, {generated.day} {generated:%B} {generated.year} at {generated:%H:%M}"
        else:
            when = localized_date(generated, lang)
        line = loc["generated"].format(name=owner, date=f"{when} {_offset_text(offset_minutes)}")
        header = f"<div class=\"_aoaa\"><div>{html.escape(line)}</div></div>"
    return (
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" /><base href=\"../\" />"
        f"<title>{html.escape(title)}</title><script>document.title='executed'</script></head>"
        "<body class=\"_5vb_ _2yq _a7o5\"><div class=\"clearfix _ikh\"><div class=\"_4bl9\"><div class=\"_li\">"
        "<div class=\"_a705\"><div class=\"_3-8y _3-95 _a709\"><div class=\"_a70d\">"
        f"<div class=\"_a70e\">{html.escape(title)}</div><div class=\"_a70f\">Description</div>{header}</div></div>"
        f"<div class=\"_a706\" role=\"main\">{main}</div></div></div></div></div>"
        "<img src=\"https://static.example.invalid/pixel.png\" /></body></html>"
    ).encode()


def connected_apps_page(lang: str, active: list[HtmlApp], expired: list[HtmlApp], removed: list[HtmlApp], *,
                        owner: str | None = "Alex Sample", generated: datetime | None = None,
                        offset_minutes: int = -300, variant: str = "colspan",
                        headings: tuple[str, str, str] | None = None, date_text: str | None = None) -> bytes:
    """The connected-apps page of a 2023+ Facebook HTML export in `lang` (empty lists: empty sections)."""
    loc = LOCALES[lang]
    heads = headings or loc["sections"]
    main = "".join(section_box(h, "".join(_app_box(a, lang, variant, date_text) for a in apps))
                   for h, apps in zip(heads, (active, expired, removed), strict=True))
    return modern_page(loc["title"], main, owner=owner, generated=generated or datetime(2024, 2, 17, 13, 45),
                       offset_minutes=offset_minutes, lang=lang)


def fb_sample_2024(lang: str = "en", variant: str = "colspan") -> Files:
    """The shared HTML sample's apps (fictional) in the real 2024 structure, in `lang`."""
    page_ = connected_apps_page(
        lang,
        active=[HtmlApp("Pocket Garden", "1000000000000101", added=datetime(2024, 3, 6, 20, 24, 48))],
        expired=[HtmlApp("Quiz: Which Bird Are You?", "1000000000000102", added=datetime(2013, 10, 4, 8, 11, 31)),
                 HtmlApp("Garden Friends", "1000000000000103", added=datetime(2023, 12, 30, 11, 54, 11)),
                 HtmlApp("Garden Friends", "1000000000000104", added=datetime(2014, 5, 23, 14, 48, 59))],
        removed=[HtmlApp("Tiny Arcade", "1000000000000105", removed=datetime(2024, 3, 7, 21, 28, 54))],
        variant=variant,
    )
    return {"apps_and_websites_off_of_facebook/connected_apps_and_websites.html": page_,
            "your_facebook_activity/posts/your_posts_1.html": modern_page("Posts", "", owner=None, generated=None)}


def off_meta_nested_page(lang_labels: tuple[str, str, str], businesses: dict[str, list[tuple[str, str, str]]],
                         *, title: str, lang: str = "en") -> bytes:
    """Off-Meta activity: one section box per business, one nested box per event (id, event, received)."""
    id_l, ev_l, rec_l = lang_labels
    main = ""
    for name, events in businesses.items():
        body = "".join(
            "<div><div class=\"_a6-g\"><div class=\"_2ph_ _a6-p\"><table>"
            + _label_row(id_l, i) + _label_row(ev_l, e) + _label_row(rec_l, r)
            + "</table></div></div></div>" for i, e, r in events)
        main += section_box(name, body)
    return modern_page(title, main, owner="Alex Sample", generated=datetime(2024, 2, 17, 13, 45),
                       offset_minutes=480, lang=lang)


def ig_off_meta_index(businesses: list[str]) -> bytes:
    """Instagram's English off-Meta index page: a box per business with a "Name" row and a link to its events."""
    boxes = "".join(
        "<div class=\"_a6-g\"><div class=\"_2ph_ _a6-p\"><table>"
        + _label_row("Name", b)
        + f"<tr><td colspan=\"2\" class=\"_2pin _a6_q\">Events<div><a href=\"your_activity_off_meta_technologies/"
          f"{i}.html\">View events</a></div></td></tr></table></div></div>" for i, b in enumerate(businesses))
    return modern_page("Your activity off Meta technologies", boxes, owner="sample.person",
                       generated=datetime(2024, 5, 1, 9, 30), offset_minutes=60)


def fb_2019_advertisers(names: list[str], *, one_box: bool = False) -> bytes:
    """2019 HTML ads page (older class names): one box per advertiser, or one box listing them all."""
    if one_box:
        boxes = ("<div class=\"pam _3-95 _2pi0 _2lej uiBoxWhite noborder\"><div class=\"_2pin\">"
                 + "".join(f"<div>{html.escape(n)}</div>" for n in names) + "</div></div>")
    else:
        boxes = "".join(f"<div class=\"pam _3-95 _2pi0 _2lej uiBoxWhite noborder\"><div class=\"_2pin\"><div>"
                        f"{html.escape(n)}</div></div></div>" for n in names)
    title = "Advertisers who uploaded a contact list with your information"
    return (f"<html><head><title>{title}</title></head><body><div class=\"_4t5n\" role=\"main\">"
            f"<div class=\"_3b0d\">{title}</div>{boxes}</div></body></html>").encode()
