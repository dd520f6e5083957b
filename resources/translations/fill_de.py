"""Fills the German starter translation (menus, cards, list, start screen) into grantscope_de.ts.

Run after `pyside6-lupdate` has refreshed the .ts file, then `pyside6-lrelease` to build the .qm
(see README, "Translations"). Strings not listed here stay untranslated and show in English.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

DE = {
    # menus
    "&File": "&Datei", "&Open Archive…": "Archiv ö&ffnen…", "Open Unpacked &Folder…": "Entpackten &Ordner öffnen…",
    "Open &Recent": "&Zuletzt geöffnet", "Try the &Demo": "&Demo ausprobieren",
    "&Export Summary…": "Zusammenfassung &exportieren…", "&Close All": "Alle &schließen", "&Quit": "&Beenden",
    "&Edit": "&Bearbeiten", "&Find…": "&Suchen…", "C&lear Filters": "Filter &zurücksetzen",
    "&Accounts": "&Konten", "&Connect Account…": "Konto &verbinden…", "&Help": "&Hilfe",
    "How to Get Your &Archive": "So bekommen Sie Ihr &Archiv", "&About Grantscope": "&Über Grantscope",
    "Clear Menu": "Liste leeren", "About Grantscope": "Über Grantscope",
    "Open one or more archive files (ZIP or TGZ)": "Eine oder mehrere Archivdateien öffnen (ZIP oder TGZ)",
    "Forget the loaded archives (the files are not touched)":
        "Die geladenen Archive vergessen (die Dateien bleiben unverändert)",
    "&View": "&Ansicht", "Zoom &In": "Ver&größern", "Zoom &Out": "Ver&kleinern", "&Actual Size": "&Originalgröße",
    "&Preferences…": "&Einstellungen…", "Preferences": "Einstellungen", " days": " Tage",
    "Flag apps unused for more than:": "Apps markieren, die länger ungenutzt sind als:",
    "Unused for {n}+ days": "Seit {n}+ Tagen ungenutzt",
    # tabs and status line
    "Apps and websites ({n})": "Apps und Websites ({n})", "Off-platform activity ({n})": "Aktivitäten außerhalb ({n})",
    "Advertisers ({n})": "Werbetreibende ({n})", "What we read": "Was gelesen wurde",
    "What we read (⚠ {n})": "Was gelesen wurde (⚠ {n})", "1 app or website": "1 App oder Website",
    "{n} apps and websites": "{n} Apps und Websites", "1 source": "1 Quelle", "{n} sources": "{n} Quellen",
    "Search businesses and events…": "Unternehmen und Ereignisse suchen…",
    "Search advertisers…": "Werbetreibende suchen…",
    # overview cards
    "Apps with access now": "Apps mit Zugriff", "Need attention": "Brauchen Aufmerksamkeit",
    "Unused for 90+ days": "Seit 90+ Tagen ungenutzt", "Expired": "Abgelaufen", "Removed": "Entfernt",
    "Businesses sending your activity": "Unternehmen, die Ihre Aktivität senden",
    "Advertisers with your information": "Werbetreibende mit Ihren Daten",
    # grant list
    "Search apps, permissions, findings…  (Ctrl+F)": "Apps, Berechtigungen, Befunde suchen…  (Strg+F)",
    "Apps and websites": "Apps und Websites", "Platform": "Plattform", "All platforms": "Alle Plattformen",
    "Status": "Status", "Any status": "Jeder Status", "Active": "Aktiv", "Finding": "Befund",
    "Any finding": "Jeder Befund", "Clear filters": "Filter zurücksetzen", "App or website": "App oder Website",
    "Granted": "Erteilt", "Last used": "Zuletzt genutzt", "Permissions": "Berechtigungen", "Risk": "Risiko",
    "High": "Hoch", "Medium": "Mittel", "Low": "Niedrig", "not listed": "nicht angegeben",
    "Can still reach your data": "Kann weiterhin auf Ihre Daten zugreifen",
    # start screen
    "See who can reach your accounts": "Sehen Sie, wer auf Ihre Konten zugreifen kann",
    "Open archive…": "Archiv öffnen…", "Open unpacked folder…": "Entpackten Ordner öffnen…",
    "Try the demo": "Demo ausprobieren", "Back to your list": "Zurück zu Ihrer Liste",
    "Get your archive": "Ihr Archiv anfordern", "Request it on {platform}": "Bei {platform} anfordern",
    "Opens {url} in your web browser": "Öffnet {url} in Ihrem Webbrowser", "Open again": "Erneut öffnen",
    "Load the archives of a fictional person to see how it works":
        "Die Archive einer erfundenen Person laden, um zu sehen, wie es funktioniert",
    "Grantscope lists every app and website that can reach your Facebook, Instagram, X and other accounts' "
    "data, what each one can see, and where to cut it off. It reads the archive you download from each "
    "platform right here on your computer: nothing is uploaded, nothing is changed.":
        "Grantscope listet jede App und Website auf, die auf die Daten Ihrer Facebook-, Instagram-, X- und "
        "anderen Konten zugreifen kann, was sie jeweils sehen kann und wo Sie den Zugriff beenden. Das Archiv, "
        "das Sie von jeder Plattform herunterladen, wird hier auf Ihrem Computer gelesen: nichts wird "
        "hochgeladen, nichts wird verändert.",
    "Grantscope never connects to these platforms when it reads an archive. The links above open in your web "
    "browser.": "Grantscope verbindet sich beim Lesen eines Archivs nie mit diesen Plattformen. Die Links oben "
    "öffnen sich in Ihrem Webbrowser.",
}


def fill(ts: Path) -> int:
    tree = ET.parse(ts)
    done = 0
    for msg in tree.getroot().iter("message"):
        src = msg.findtext("source") or ""
        tr = msg.find("translation")
        if tr is None:
            continue
        if src in DE:
            tr.text = DE[src]
            tr.attrib.pop("type", None)
            done += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return done


if __name__ == "__main__":
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("grantscope_de.ts")
    print(f"translated {fill(path)} messages in {path.name}")
