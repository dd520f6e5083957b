<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
    <context>
        <name>ActivityTableModel</name>
        <message>
            <source>Business</source>
            <translation>Unternehmen</translation>
        </message>
        <message>
            <source>Sent to</source>
            <translation>Gesendet an</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Ereignisse</translation>
        </message>
        <message>
            <source>First</source>
            <translation>Erstes</translation>
        </message>
        <message>
            <source>Latest</source>
            <translation>Letztes</translation>
        </message>
        <message>
            <source>What was sent</source>
            <translation>Was gesendet wurde</translation>
        </message>
    </context>
    <context>
        <name>AdvertiserTableModel</name>
        <message>
            <source>Advertiser</source>
            <translation>Werbetreibender</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plattform</translation>
        </message>
        <message>
            <source>How they have your information</source>
            <translation>Woher sie Ihre Daten haben</translation>
        </message>
    </context>
    <context>
        <name>ChangesView</name>
        <message>
            <source>Exports to compare</source>
            <translation>Zu vergleichende Exporte</translation>
        </message>
        <message>
            <source>Which older export is compared with which newer one</source>
            <translation>Welcher ältere Export mit welchem neueren verglichen wird</translation>
        </message>
        <message>
            <source>Open an older and a newer export of the same account to see what changed between them.</source>
            <translation>Öffnen Sie einen älteren und einen neueren Export desselben Kontos, um zu sehen, was sich dazwischen geändert hat.</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Was sich geändert hat</translation>
        </message>
        <message>
            <source>The apps that are new, gone or changed between the two exports</source>
            <translation>Die Apps, die zwischen den beiden Exporten neu, verschwunden oder verändert sind</translation>
        </message>
        <message>
            <source>Compare:</source>
            <translation>Vergleichen:</translation>
        </message>
        <message>
            <source>New apps</source>
            <translation>Neue Apps</translation>
        </message>
        <message>
            <source>Apps gone</source>
            <translation>Verschwundene Apps</translation>
        </message>
        <message>
            <source>Status changed</source>
            <translation>Status geändert</translation>
        </message>
        <message>
            <source>Back again</source>
            <translation>Wieder da</translation>
        </message>
        <message>
            <source>Permissions added</source>
            <translation>Neue Berechtigungen</translation>
        </message>
        <message>
            <source>{who}: {old} → {new}</source>
            <translation>{who}: {old} → {new}</translation>
        </message>
        <message>
            <source>Old: {path} ({date})</source>
            <translation>Alt: {path} ({date})</translation>
        </message>
        <message>
            <source>New: {path} ({date})</source>
            <translation>Neu: {path} ({date})</translation>
        </message>
        <message>
            <source>Nothing changed.</source>
            <translation>Nichts hat sich geändert.</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>abgelaufen</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>entfernt</translation>
        </message>
    </context>
    <context>
        <name>CleanupPart</name>
        <message>
            <source>Clean-up plan</source>
            <translation>Aufräumplan</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Änderungen</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Nicht gespeichert</translation>
        </message>
        <message>
            <source>The decisions database could not be written; your clean-up plan was not changed.</source>
            <translation>Die Entscheidungsdatenbank konnte nicht geschrieben werden; Ihr Aufräumplan wurde nicht geändert.</translation>
        </message>
        <message>
            <source>Save the clean-up plan</source>
            <translation>Den Aufräumplan speichern</translation>
        </message>
    </context>
    <context>
        <name>ConfirmRevokeDialog</name>
        <message>
            <source>Revoke access</source>
            <translation>Zugriff widerrufen</translation>
        </message>
        <message>
            <source>Revoke access for “{app}”?</source>
            <translation>Zugriff für „{app}“ widerrufen?</translation>
        </message>
        <message>
            <source>and {n} more</source>
            <translation>und {n} weitere</translation>
        </message>
        <message>
            <source>{app} will lose the access your organisation's administrators granted it at {provider} for every user:</source>
            <translation>{app} verliert für alle Nutzer den Zugriff, den die Administratoren Ihrer Organisation bei {provider} erteilt haben:</translation>
        </message>
        <message>
            <source>{app} will no longer be able to reach {account} at {provider}. What stops working:</source>
            <translation>{app} kann {account} bei {provider} nicht mehr erreichen. Was nicht mehr funktioniert:</translation>
        </message>
        <message>
            <source>everything it was allowed to do with this account.</source>
            <translation>alles, was sie mit diesem Konto tun durfte.</translation>
        </message>
        <message>
            <source>This is Grantscope's own access. Revoking it disconnects Grantscope from {account}: the list closes and you will have to sign in again.</source>
            <translation>Das ist der eigene Zugriff von Grantscope. Wenn Sie ihn widerrufen, wird Grantscope von {account} getrennt: Die Liste schließt sich und Sie müssen sich erneut anmelden.</translation>
        </message>
        <message>
            <source>If you still use {app}, it will ask you to sign in and allow access again.</source>
            <translation>Wenn Sie {app} noch nutzen, bittet die App Sie, sich anzumelden und den Zugriff erneut zu erlauben.</translation>
        </message>
        <message>
            <source>Grantscope asks {provider} for the list again afterwards to confirm the app is gone.</source>
            <translation>Grantscope fragt {provider} danach erneut nach der Liste, um zu bestätigen, dass die App weg ist.</translation>
        </message>
        <message>
            <source>Revoke for &amp;Everyone</source>
            <translation>Für &amp;alle widerrufen</translation>
        </message>
        <message>
            <source>&amp;Revoke Access</source>
            <translation>Zugriff &amp;widerrufen</translation>
        </message>
        <message>
            <source>Ask the provider to remove this app's access now</source>
            <translation>Den Anbieter bitten, den Zugriff dieser App jetzt zu entfernen</translation>
        </message>
    </context>
    <context>
        <name>ConnectAccountDialog</name>
        <message>
            <source>Connect account</source>
            <translation>Konto verbinden</translation>
        </message>
        <message>
            <source>Grantscope signs in with your web browser and lists the apps that can reach this account, straight from the provider. Only a few providers allow this; for the others, open the archive you downloaded.</source>
            <translation>Grantscope meldet sich über Ihren Webbrowser an und listet die Apps, die dieses Konto erreichen können, direkt beim Anbieter. Nur wenige Anbieter erlauben das; für die anderen öffnen Sie das heruntergeladene Archiv.</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Anbieter</translation>
        </message>
        <message>
            <source>&amp;Provider:</source>
            <translation>&amp;Anbieter:</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>Erweitert</translation>
        </message>
        <message>
            <source>The full issuer address; replaces the one built from the fields above (for example older Keycloak servers with /auth/realms/…).</source>
            <translation>Die vollständige Aussteller-Adresse; ersetzt die aus den Feldern oben gebildete (zum Beispiel bei älteren Keycloak-Servern mit /auth/realms/…).</translation>
        </message>
        <message>
            <source>as the provider documents</source>
            <translation>wie vom Anbieter dokumentiert</translation>
        </message>
        <message>
            <source>Where the provider's grants API lives, when it differs from the usual address (a proxy or a self-hosted gateway).</source>
            <translation>Wo die Grant-API des Anbieters liegt, falls sie von der üblichen Adresse abweicht (ein Proxy oder ein selbst betriebenes Gateway).</translation>
        </message>
        <message>
            <source>My grants and organisation-wide consents</source>
            <translation>Meine Zugriffe und organisationsweite Einwilligungen</translation>
        </message>
        <message>
            <source>Every delegated grant in the tenant</source>
            <translation>Alle delegierten Zugriffe im Tenant</translation>
        </message>
        <message>
            <source>&amp;Issuer address:</source>
            <translation>Aus&amp;steller-Adresse:</translation>
        </message>
        <message>
            <source>&amp;API address:</source>
            <translation>&amp;API-Adresse:</translation>
        </message>
        <message>
            <source>&amp;Review:</source>
            <translation>&amp;Prüfen:</translation>
        </message>
        <message>
            <source>Use a &amp;code instead (sign in on another device or browser)</source>
            <translation>Stattdessen einen &amp;Code verwenden (auf einem anderen Gerät oder Browser anmelden)</translation>
        </message>
        <message>
            <source>This computer has no usable keychain: the sign-in will last until you quit Grantscope.</source>
            <translation>Dieser Computer hat keinen nutzbaren Schlüsselbund: Die Anmeldung gilt, bis Sie Grantscope beenden.</translation>
        </message>
        <message>
            <source>&amp;Sign In</source>
            <translation>&amp;Anmelden</translation>
        </message>
        <message>
            <source>Sign-in progress</source>
            <translation>Fortschritt der Anmeldung</translation>
        </message>
        <message>
            <source>If the browser shows an error instead of a sign-in page, check the client ID, then choose Cancel.</source>
            <translation>Wenn der Browser statt einer Anmeldeseite einen Fehler zeigt, prüfen Sie die Client-ID und wählen Sie dann Abbrechen.</translation>
        </message>
        <message>
            <source>Use a &amp;Code Instead</source>
            <translation>Stattdessen einen &amp;Code verwenden</translation>
        </message>
        <message>
            <source>Sign in on another device or browser with a short code</source>
            <translation>Mit einem kurzen Code auf einem anderen Gerät oder Browser anmelden</translation>
        </message>
        <message>
            <source>Opens your web browser to sign in to the provider</source>
            <translation>Öffnet Ihren Webbrowser zur Anmeldung beim Anbieter</translation>
        </message>
        <message>
            <source>The identity provider that holds the account</source>
            <translation>Der Identitätsanbieter, bei dem das Konto liegt</translation>
        </message>
        <message>
            <source>Show or hide the issuer and API addresses</source>
            <translation>Aussteller- und API-Adresse zeigen oder ausblenden</translation>
        </message>
        <message>
            <source>Which grants to list</source>
            <translation>Welche Zugriffe aufgelistet werden</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Stop signing in; nothing is changed</source>
            <translation>Anmeldung abbrechen; nichts wird geändert</translation>
        </message>
        <message>
            <source>Address to open</source>
            <translation>Zu öffnende Adresse</translation>
        </message>
        <message>
            <source>Sign-in code</source>
            <translation>Anmeldecode</translation>
        </message>
        <message>
            <source>Copy &amp;Code</source>
            <translation>&amp;Code kopieren</translation>
        </message>
        <message>
            <source>Copy &amp;Address</source>
            <translation>&amp;Adresse kopieren</translation>
        </message>
        <message>
            <source>&amp;Open in Browser</source>
            <translation>Im Browser ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Waiting for you to approve the sign-in…</source>
            <translation>Warte auf Ihre Bestätigung der Anmeldung…</translation>
        </message>
        <message>
            <source>Open this address in a web browser and enter the code</source>
            <translation>Diese Adresse in einem Webbrowser öffnen und den Code eingeben</translation>
        </message>
        <message>
            <source>Copy the sign-in code to the clipboard</source>
            <translation>Den Anmeldecode in die Zwischenablage kopieren</translation>
        </message>
        <message>
            <source>Copy the address to the clipboard</source>
            <translation>Die Adresse in die Zwischenablage kopieren</translation>
        </message>
        <message>
            <source>Open the address in your web browser</source>
            <translation>Die Adresse in Ihrem Webbrowser öffnen</translation>
        </message>
        <message>
            <source>e.g. {example}</source>
            <translation>z. B. {example}</translation>
        </message>
        <message>
            <source>Kept in your keychain, never in the settings file.</source>
            <translation>Im Schlüsselbund aufbewahrt, nie in der Einstellungsdatei.</translation>
        </message>
        <message>
            <source>For administrators: the provider lets only admins list app grants. Other people can remove apps on the provider's own settings page.</source>
            <translation>Für Administratoren: Der Anbieter lässt nur Admins App-Zugriffe auflisten. Alle anderen können Apps auf der Einstellungsseite des Anbieters entfernen.</translation>
        </message>
        <message>
            <source>For anyone with an account there.</source>
            <translation>Für alle mit einem Konto dort.</translation>
        </message>
        <message>
            <source>You need your own client registration at {provider}. The README section “Connecting accounts” says exactly how to create one.</source>
            <translation>Sie brauchen eine eigene Client-Registrierung bei {provider}. Der README-Abschnitt „Connecting accounts“ erklärt genau, wie Sie eine anlegen.</translation>
        </message>
        <message>
            <source>Sign in again to {account}</source>
            <translation>Erneut bei {account} anmelden</translation>
        </message>
        <message>
            <source>The saved sign-in can no longer be used.</source>
            <translation>Die gespeicherte Anmeldung kann nicht mehr verwendet werden.</translation>
        </message>
        <message>
            <source>Please check the highlighted fields</source>
            <translation>Bitte prüfen Sie die markierten Felder</translation>
        </message>
        <message>
            <source>Signing in to {provider}</source>
            <translation>Anmeldung bei {provider}</translation>
        </message>
        <message>
            <source>Contacting {provider}…</source>
            <translation>Verbinde mit {provider}…</translation>
        </message>
        <message>
            <source>Opening your web browser…</source>
            <translation>Ihr Webbrowser wird geöffnet…</translation>
        </message>
        <message>
            <source>Finish signing in in your web browser. This window continues by itself when you are done.</source>
            <translation>Schließen Sie die Anmeldung in Ihrem Webbrowser ab. Dieses Fenster macht danach von selbst weiter.</translation>
        </message>
        <message>
            <source>Waiting for you to enter the code…</source>
            <translation>Warte auf die Eingabe des Codes…</translation>
        </message>
        <message>
            <source>Still waiting for the browser. If no browser window opened, or it closed, sign in with a code instead.</source>
            <translation>Warte noch auf den Browser. Wenn sich kein Browserfenster geöffnet hat oder es geschlossen wurde, melden Sie sich stattdessen mit einem Code an.</translation>
        </message>
        <message>
            <source>The connection dropped. Trying again…</source>
            <translation>Die Verbindung ist abgebrochen. Neuer Versuch…</translation>
        </message>
        <message>
            <source>Completing the sign-in…</source>
            <translation>Anmeldung wird abgeschlossen…</translation>
        </message>
        <message>
            <source>Saving the sign-in in your keychain… If your system asks to unlock the keychain, answer that window first.</source>
            <translation>Die Anmeldung wird im Schlüsselbund gespeichert… Wenn Ihr System fragt, ob der Schlüsselbund entsperrt werden soll, beantworten Sie zuerst dieses Fenster.</translation>
        </message>
        <message>
            <source>Signed in. Reading the list of apps…</source>
            <translation>Angemeldet. Die Liste der Apps wird gelesen…</translation>
        </message>
        <message>
            <source>Reading the list of apps…</source>
            <translation>Die Liste der Apps wird gelesen…</translation>
        </message>
        <message>
            <source>On this or any other device, open this address in a web browser and enter the code below. The code is valid for {minutes} minutes.</source>
            <translation>Öffnen Sie auf diesem oder einem anderen Gerät diese Adresse in einem Webbrowser und geben Sie den Code unten ein. Der Code gilt {minutes} Minuten.</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Kopiert</translation>
        </message>
        <message>
            <source>Something unexpected went wrong</source>
            <translation>Etwas Unerwartetes ist schiefgegangen</translation>
        </message>
        <message>
            <source>This is a bug in Grantscope. The details were written to the log file.</source>
            <translation>Das ist ein Fehler in Grantscope. Die Einzelheiten wurden in die Protokolldatei geschrieben.</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Grantscope ran into a problem</source>
            <translation>Grantscope ist auf ein Problem gestoßen</translation>
        </message>
        <message>
            <source>Something unexpected went wrong. Your archives were not changed and your notes are saved. You can keep working; if it happens again, please send the details below to the developers (check them first: they may contain file names).</source>
            <translation>Etwas Unerwartetes ist schiefgegangen. Ihre Archive wurden nicht verändert und Ihre Notizen sind gespeichert. Sie können weiterarbeiten; falls es wieder passiert, schicken Sie bitte die Einzelheiten unten an die Entwickler (prüfen Sie sie vorher: Sie können Dateinamen enthalten).</translation>
        </message>
        <message>
            <source>Error details</source>
            <translation>Fehlerdetails</translation>
        </message>
        <message>
            <source>What went wrong, for the developers</source>
            <translation>Was schiefgegangen ist, für die Entwickler</translation>
        </message>
        <message>
            <source>The log file is {path}</source>
            <translation>Die Protokolldatei ist {path}</translation>
        </message>
        <message>
            <source>Where the log file is</source>
            <translation>Wo die Protokolldatei liegt</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Details kopieren</translation>
        </message>
        <message>
            <source>Copy the error details to the clipboard</source>
            <translation>Die Fehlerdetails in die Zwischenablage kopieren</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Kopiert</translation>
        </message>
    </context>
    <context>
        <name>DecisionPane</name>
        <message>
            <source>Your decision</source>
            <extracomment>A note is saved this long after the last keystroke (and at once when another grant is selected).</extracomment>
            <translation>Ihre Entscheidung</translation>
        </message>
        <message>
            <source>Only for you: kept on this computer, never sent anywhere.</source>
            <translation>Nur für Sie: auf diesem Computer gespeichert, nie irgendwohin gesendet.</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Behalten</translation>
        </message>
        <message>
            <source>Remove it</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Geprüft</translation>
        </message>
        <message>
            <source>Mark this app as one you keep</source>
            <translation>Diese App als behalten markieren</translation>
        </message>
        <message>
            <source>Mark this app as one to remove</source>
            <translation>Diese App als zu entfernen markieren</translation>
        </message>
        <message>
            <source>Mark this app as looked at</source>
            <translation>Diese App als geprüft markieren</translation>
        </message>
        <message>
            <source>Note (for example: asked the developer to delete my data)</source>
            <translation>Notiz (zum Beispiel: Entwickler gebeten, meine Daten zu löschen)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Your own note about this app, saved on this computer</source>
            <translation>Ihre eigene Notiz zu dieser App, auf diesem Computer gespeichert</translation>
        </message>
        <message>
            <source>Your saved decisions could not be read.</source>
            <translation>Ihre gespeicherten Entscheidungen konnten nicht gelesen werden.</translation>
        </message>
        <message>
            <source>Your decisions database was damaged. It was moved to {path} and a new one was started.</source>
            <translation>Ihre Entscheidungsdatenbank war beschädigt. Sie wurde nach {path} verschoben und eine neue wurde angelegt.</translation>
        </message>
        <message>
            <source>The data folder is read-only: your saved decisions are shown, but new ones cannot be saved.</source>
            <translation>Der Datenordner ist schreibgeschützt: Ihre gespeicherten Entscheidungen werden angezeigt, neue können aber nicht gespeichert werden.</translation>
        </message>
        <message>
            <source>Saved {when} (UTC)</source>
            <translation>Gespeichert {when} (UTC)</translation>
        </message>
        <message>
            <source>Editing…</source>
            <translation>Wird bearbeitet…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Gespeichert</translation>
        </message>
        <message>
            <source>Not saved: the data folder is read-only.</source>
            <translation>Nicht gespeichert: Der Datenordner ist schreibgeschützt.</translation>
        </message>
        <message>
            <source>Not saved: the notes database could not be written.</source>
            <translation>Nicht gespeichert: Die Notizdatenbank konnte nicht geschrieben werden.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Wird gespeichert…</translation>
        </message>
    </context>
    <context>
        <name>DeletionDialog</name>
        <message>
            <source>Deletion request: {app}</source>
            <translation>Löschanfrage: {app}</translation>
        </message>
        <message>
            <source>GDPR Article 17 (EU/EEA, UK)</source>
            <translation>DSGVO Artikel 17 (EU/EWR, UK)</translation>
        </message>
        <message>
            <source>CCPA / CPRA (California)</source>
            <translation>CCPA / CPRA (Kalifornien)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>E-mail address</source>
            <translation>E-Mail-Adresse</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <source>Your ID in the app</source>
            <translation>Ihre ID in der App</translation>
        </message>
        <message>
            <source>Postal address</source>
            <translation>Postanschrift</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Telefonnummer</translation>
        </message>
        <message>
            <source>Law</source>
            <translation>Gesetz</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Include {detail}</source>
            <translation>{detail} angeben</translation>
        </message>
        <message>
            <source>Copy to clipboard</source>
            <translation>In die Zwischenablage kopieren</translation>
        </message>
        <message>
            <source>Save as text…</source>
            <translation>Als Text speichern…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Save deletion request</source>
            <translation>Löschanfrage speichern</translation>
        </message>
        <message>
            <source>Text (*.txt)</source>
            <translation>Text (*.txt)</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export summary</source>
            <extracomment>Above this many apps the preview shows the first ones only (the saved file always has all of them). Text formats are previewed as text, cut after this many characters.</extracomment>
            <translation>Zusammenfassung exportieren</translation>
        </message>
        <message>
            <source>Web page (HTML)</source>
            <translation>Webseite (HTML)</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>PDF-Dokument</translation>
        </message>
        <message>
            <source>Spreadsheet (CSV)</source>
            <translation>Tabelle (CSV)</translation>
        </message>
        <message>
            <source>Data (JSON)</source>
            <translation>Daten (JSON)</translation>
        </message>
        <message>
            <source>Markdown text</source>
            <translation>Markdown-Text</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>US-Letter</translation>
        </message>
        <message>
            <source>Full report</source>
            <translation>Vollständiger Bericht</translation>
        </message>
        <message>
            <source>One-page summary</source>
            <translation>Zusammenfassung auf einer Seite</translation>
        </message>
        <message>
            <source>Layout</source>
            <translation>Layout</translation>
        </message>
        <message>
            <source>The whole report, or the main points on one page</source>
            <translation>Der ganze Bericht oder das Wichtigste auf einer Seite</translation>
        </message>
        <message>
            <source>All apps and websites ({n})</source>
            <translation>Alle Apps und Websites ({n})</translation>
        </message>
        <message>
            <source>Only those with access now ({n})</source>
            <translation>Nur die mit aktuellem Zugriff ({n})</translation>
        </message>
        <message>
            <source>The apps shown in the list now ({n})</source>
            <translation>Die jetzt in der Liste gezeigten Apps ({n})</translation>
        </message>
        <message>
            <source>Only {person}'s apps ({n})</source>
            <translation>Nur die Apps von {person} ({n})</translation>
        </message>
        <message>
            <source>Remove what identifies me (names, e-mail addresses, phone numbers, ids, IP addresses, file paths) — for sharing</source>
            <translation>Entfernen, was mich identifiziert (Namen, E-Mail-Adressen, Telefonnummern, IDs, IP-Adressen, Dateipfade) – zum Weitergeben</translation>
        </message>
        <message>
            <source>Also show dates by month only</source>
            <translation>Daten zusätzlich nur nach Monat zeigen</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>Papierformat</translation>
        </message>
        <message>
            <source>Which apps</source>
            <translation>Welche Apps</translation>
        </message>
        <message>
            <source>Remove identifiers</source>
            <translation>Identifizierendes entfernen</translation>
        </message>
        <message>
            <source>Dates by month</source>
            <translation>Daten nach Monat</translation>
        </message>
        <message>
            <source>The kind of file to save</source>
            <translation>Die Art der zu speichernden Datei</translation>
        </message>
        <message>
            <source>Page size of the PDF</source>
            <translation>Seitengröße des PDFs</translation>
        </message>
        <message>
            <source>Which apps the summary lists</source>
            <translation>Welche Apps die Zusammenfassung auflistet</translation>
        </message>
        <message>
            <source>Dates read as month and year only</source>
            <translation>Daten nur als Monat und Jahr</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>&amp;Papier:</translation>
        </message>
        <message>
            <source>&amp;Layout:</source>
            <translation>&amp;Layout:</translation>
        </message>
        <message>
            <source>&amp;Include:</source>
            <translation>&amp;Umfang:</translation>
        </message>
        <message>
            <source>Preview of the summary</source>
            <translation>Vorschau der Zusammenfassung</translation>
        </message>
        <message>
            <source>What the saved file will contain</source>
            <translation>Was die gespeicherte Datei enthalten wird</translation>
        </message>
        <message>
            <source>Result of saving</source>
            <translation>Ergebnis des Speicherns</translation>
        </message>
        <message>
            <source>&amp;Save…</source>
            <translation>&amp;Speichern…</translation>
        </message>
        <message>
            <source>Choose where to save the summary</source>
            <translation>Wählen, wo die Zusammenfassung gespeichert wird</translation>
        </message>
        <message>
            <source>Preview:</source>
            <translation>Vorschau:</translation>
        </message>
        <message>
            <source>The preview lists the first {shown} of {total} apps; the saved file has all of them.</source>
            <translation>Die Vorschau zeigt die ersten {shown} von {total} Apps; die gespeicherte Datei enthält alle.</translation>
        </message>
        <message>
            <source>The preview shows the beginning only; the saved file has everything.</source>
            <translation>Die Vorschau zeigt nur den Anfang; die gespeicherte Datei enthält alles.</translation>
        </message>
        <message>
            <source>Save summary</source>
            <translation>Zusammenfassung speichern</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Replace the file?</source>
            <translation>Datei ersetzen?</translation>
        </message>
        <message>
            <source>“{name}” already exists. Do you want to replace it?</source>
            <translation>„{name}“ gibt es schon. Möchten Sie die Datei ersetzen?</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Ersetzen</translation>
        </message>
        <message>
            <source>Not saved: the existing file was kept.</source>
            <translation>Nicht gespeichert: Die vorhandene Datei wurde behalten.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Wird gespeichert…</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>Gespeichert unter {path}</translation>
        </message>
    </context>
    <context>
        <name>FilterableTable</name>
        <message>
            <source>Search</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <source>Type to narrow the list. Escape clears the search, the Down arrow moves into the list.</source>
            <translation>Tippen, um die Liste einzugrenzen. Escape leert die Suche, Pfeil nach unten springt in die Liste.</translation>
        </message>
        <message>
            <source>{shown} of {total} shown</source>
            <translation>{shown} von {total} angezeigt</translation>
        </message>
        <message>
            <source>Nothing matches the search and filters.</source>
            <translation>Nichts passt zu Suche und Filtern.</translation>
        </message>
        <message>
            <source>Arrow keys move between rows; Tab goes on to the details.</source>
            <translation>Pfeiltasten wechseln die Zeile; Tab geht weiter zu den Details.</translation>
        </message>
        <message>
            <source>{total} shown</source>
            <extracomment>The filters, on a row of their own that wraps: the search keeps its room, no filter gets cut off (narrow windows, zoom, longer translations).</extracomment>
            <translation>{total} angezeigt</translation>
        </message>
    </context>
    <context>
        <name>GrantDetail</name>
        <message>
            <source>Select an app to see what it can access, when it was connected, and where to remove it.</source>
            <extracomment>"Revoke access…" was clicked for a grant from a connected account plain words per data category and the one set of sensitivity words (the reports use the same) set by the window when live accounts are connected: may this grant be revoked from here? Presentation mode: the person's own identifiers (account, their id in an app) are not shown.</extracomment>
            <translation>Wählen Sie eine App, um zu sehen, worauf sie zugreifen kann, wann sie verbunden wurde und wo Sie sie entfernen.</translation>
        </message>
        <message>
            <source>The selected app</source>
            <translation>Die ausgewählte App</translation>
        </message>
        <message>
            <source>Details of the selected app: what it can access, findings, timeline and origin</source>
            <translation>Details der ausgewählten App: Zugriff, Befunde, Zeitverlauf und Herkunft</translation>
        </message>
        <message>
            <source>Manage on {platform}</source>
            <extracomment>Other panes (e.g. "Your decision") are added here by the window.</extracomment>
            <translation>Auf {platform} verwalten</translation>
        </message>
        <message>
            <source>Opens {url} in your web browser</source>
            <translation>Öffnet {url} in Ihrem Webbrowser</translation>
        </message>
        <message>
            <source>Remove it on {platform}: {where}</source>
            <translation>Bei {platform} entfernen: {where}</translation>
        </message>
        <message>
            <source>{platform} has no web page for this; use its app's settings.</source>
            <translation>{platform} hat dafür keine Webseite; nutzen Sie die Einstellungen der App.</translation>
        </message>
        <message>
            <source>Revoke access…</source>
            <translation>Zugriff widerrufen…</translation>
        </message>
        <message>
            <source>Ask the provider to remove this app's access (you confirm first)</source>
            <translation>Den Anbieter bitten, den Zugriff dieser App zu entfernen (Sie bestätigen vorher)</translation>
        </message>
        <message>
            <source>sign-in link</source>
            <translation>Anmeldelink</translation>
        </message>
        <message>
            <source>linked account</source>
            <translation>verknüpftes Konto</translation>
        </message>
        <message>
            <source>app on a device</source>
            <translation>App auf einem Gerät</translation>
        </message>
        <message>
            <source>browser extension</source>
            <translation>Browsererweiterung</translation>
        </message>
        <message>
            <source>an app you administer</source>
            <translation>eine App, die Sie verwalten</translation>
        </message>
        <message>
            <source>Listed in the export — check on {platform} whether it is still connected</source>
            <translation>Im Export aufgeführt – prüfen Sie auf {platform}, ob sie noch verbunden ist</translation>
        </message>
        <message>
            <source>The platform's own app, not a third party</source>
            <translation>Die eigene App der Plattform, kein Drittanbieter</translation>
        </message>
        <message>
            <source>Active: can still reach your data</source>
            <translation>Aktiv: kann Ihre Daten noch erreichen</translation>
        </message>
        <message>
            <source>Expired: unused for 90 days or more; keeps what it already took</source>
            <translation>Abgelaufen: seit 90 Tagen oder länger ungenutzt; behält, was sie schon hat</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Entfernt</translation>
        </message>
        <message>
            <source>connected account</source>
            <translation>verbundenes Konto</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Hoch</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Mittel</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Niedrig</translation>
        </message>
        <message>
            <source>What to do:</source>
            <translation>Was tun:</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Braucht Aufmerksamkeit</translation>
        </message>
        <message>
            <source>Sources:</source>
            <translation>Quellen:</translation>
        </message>
        <message>
            <source>unknown permission</source>
            <translation>unbekannte Berechtigung</translation>
        </message>
        <message numerus="yes">
            <source>%Ln record(s) merged into this row</source>
            <translation>
                <numerusform>%Ln Eintrag in dieser Zeile zusammengeführt</numerusform>
                <numerusform>%Ln Einträge in dieser Zeile zusammengeführt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln app(s) selected</source>
            <translation>
                <numerusform>%Ln App ausgewählt</numerusform>
                <numerusform>%Ln Apps ausgewählt</numerusform>
            </translation>
        </message>
        <message>
            <source>What this app can access</source>
            <translation>Worauf diese App zugreifen kann</translation>
        </message>
        <message>
            <source>As the provider lists them:</source>
            <translation>Wie der Anbieter sie auflistet:</translation>
        </message>
        <message>
            <source>As listed in the archive:</source>
            <translation>Wie im Archiv aufgeführt:</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>Erteilt</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>Zuletzt genutzt</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Zeitverlauf</translation>
        </message>
        <message>
            <source>Developer</source>
            <translation>Entwickler</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>App ID</source>
            <translation>App-ID</translation>
        </message>
        <message>
            <source>Your ID in this app</source>
            <translation>Ihre ID in dieser App</translation>
        </message>
        <message>
            <source>About the app</source>
            <translation>Über die App</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archiv</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Einträge</translation>
        </message>
        <message>
            <source>Where this came from</source>
            <translation>Woher das stammt</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>abgelaufen</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>entfernt</translation>
        </message>
        <message>
            <source>and {n} more</source>
            <translation>und {n} weitere</translation>
        </message>
        <message>
            <source>Remove apps on each platform's settings page; Grantscope never changes your accounts from an archive.</source>
            <translation>Entfernen Sie Apps auf der Einstellungsseite jeder Plattform; Grantscope ändert Ihre Konten nie anhand eines Archivs.</translation>
        </message>
    </context>
    <context>
        <name>GrantList</name>
        <message>
            <source>Search apps, permissions, findings…  (Ctrl+F)</source>
            <extracomment>The person chosen in the "whose data" filter: an account key, or "" for everyone.</extracomment>
            <translation>Apps, Berechtigungen, Befunde suchen…  (Strg+F)</translation>
        </message>
        <message>
            <source>Apps and websites</source>
            <translation>Apps und Websites</translation>
        </message>
        <message>
            <source>Whose data</source>
            <translation>Wessen Daten</translation>
        </message>
        <message>
            <source>Show the apps of one person's account, or everyone's</source>
            <translation>Die Apps des Kontos einer Person zeigen, oder von allen</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plattform</translation>
        </message>
        <message>
            <source>Show the apps of one platform only</source>
            <translation>Nur die Apps einer Plattform zeigen</translation>
        </message>
        <message>
            <source>All platforms</source>
            <translation>Alle Plattformen</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Show apps by status: active, expired, removed</source>
            <translation>Apps nach Status zeigen: aktiv, abgelaufen, entfernt</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Jeder Status</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Listed, status not stated</source>
            <translation>Aufgeführt, Status nicht angegeben</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Abgelaufen</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Entfernt</translation>
        </message>
        <message>
            <source>Your own apps</source>
            <translation>Ihre eigenen Apps</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Befund</translation>
        </message>
        <message>
            <source>Show only apps with one kind of finding</source>
            <translation>Nur Apps mit einer bestimmten Art von Befund zeigen</translation>
        </message>
        <message>
            <source>Any finding</source>
            <translation>Jeder Befund</translation>
        </message>
        <message>
            <source>Your decision</source>
            <translation>Ihre Entscheidung</translation>
        </message>
        <message>
            <source>Show apps by your decision and how far the clean-up got</source>
            <translation>Apps nach Ihrer Entscheidung und dem Stand des Aufräumens zeigen</translation>
        </message>
        <message>
            <source>Any decision</source>
            <translation>Jede Entscheidung</translation>
        </message>
        <message>
            <source>No decision yet</source>
            <translation>Noch keine Entscheidung</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Behalten</translation>
        </message>
        <message>
            <source>Remove it</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Geprüft</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Verified gone</source>
            <translation>Bestätigt entfernt</translation>
        </message>
        <message>
            <source>Still connected</source>
            <translation>Noch verbunden</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Filter zurücksetzen</translation>
        </message>
        <message>
            <source>Show every app again</source>
            <translation>Wieder alle Apps zeigen</translation>
        </message>
    </context>
    <context>
        <name>GrantTableModel</name>
        <message>
            <source>Keep</source>
            <extracomment>An app the export lists without saying whether it can still reach the data (not the "active" green). whose account a row belongs to, in words (the owner's name, else the export's file name) plain words for what a grant reaches, most sensitive first (the catalog), when available the person's decision for a grant ("", keep, remove, reviewed, done, verified, still_connected)</extracomment>
            <translation>Behalten</translation>
        </message>
        <message>
            <source>Remove it</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Geprüft</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Verified gone</source>
            <translation>Bestätigt entfernt</translation>
        </message>
        <message>
            <source>Still connected</source>
            <translation>Noch verbunden</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Abgelaufen</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Entfernt</translation>
        </message>
        <message>
            <source>Your app</source>
            <translation>Ihre App</translation>
        </message>
        <message>
            <source>Platform's app</source>
            <translation>App der Plattform</translation>
        </message>
        <message>
            <source>{status} (last listing)</source>
            <translation>{status} (letzte Abfrage)</translation>
        </message>
        <message>
            <source>Listed</source>
            <translation>Aufgeführt</translation>
        </message>
        <message>
            <source>Not a third party: an app you manage, or the platform's own app</source>
            <translation>Kein Drittanbieter: eine App, die Sie verwalten, oder die eigene App der Plattform</translation>
        </message>
        <message>
            <source>As the provider listed it last time; the latest listing failed (see the account's note in Sources)</source>
            <translation>Wie der Anbieter sie zuletzt aufgelistet hat; die letzte Abfrage ist fehlgeschlagen (siehe den Hinweis zum Konto unter Quellen)</translation>
        </message>
        <message>
            <source>Listed in the export — check on {platform} whether it is still connected</source>
            <translation>Im Export aufgeführt – prüfen Sie auf {platform}, ob sie noch verbunden ist</translation>
        </message>
        <message>
            <source>Can still reach your data</source>
            <translation>Kann weiterhin auf Ihre Daten zugreifen</translation>
        </message>
        <message>
            <source>Unused for 90 days or more: it can no longer get new data, but keeps what it already took</source>
            <translation>Seit 90 Tagen oder länger ungenutzt: Sie bekommt keine neuen Daten mehr, behält aber, was sie schon hat</translation>
        </message>
        <message>
            <source>Access was removed; the app may still keep data it took before</source>
            <translation>Der Zugriff wurde entfernt; die App behält vielleicht Daten, die sie vorher genommen hat</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Hoch</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Mittel</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Niedrig</translation>
        </message>
        <message>
            <source>not listed</source>
            <translation>nicht angegeben</translation>
        </message>
        <message>
            <source>{severity} ({count})</source>
            <translation>{severity} ({count})</translation>
        </message>
        <message>
            <source>{risk} · named in an investigation</source>
            <translation>{risk} · in einer Untersuchung genannt</translation>
        </message>
        <message>
            <source>{risk} · possibly named in an investigation</source>
            <translation>{risk} · vielleicht in einer Untersuchung genannt</translation>
        </message>
        <message>
            <source>by {developer}</source>
            <translation>von {developer}</translation>
        </message>
        <message>
            <source>App or website</source>
            <translation>App oder Website</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plattform</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>Erteilt</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>Zuletzt genutzt</translation>
        </message>
        <message>
            <source>Permissions</source>
            <translation>Berechtigungen</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risiko</translation>
        </message>
        <message>
            <source>Your decision</source>
            <translation>Ihre Entscheidung</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Konto</translation>
        </message>
    </context>
    <context>
        <name>LoadBanner</name>
        <message>
            <source>Cancel</source>
            <extracomment>How long a task may run before the progress bar appears (a flash of progress bar is noise).</extracomment>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Stop reading; the list stays as it was</source>
            <translation>Lesen beenden; die Liste bleibt, wie sie war</translation>
        </message>
        <message>
            <source>{n} files listed</source>
            <translation>{n} Dateien aufgeführt</translation>
        </message>
        <message>
            <source>{size} read</source>
            <translation>{size} gelesen</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Search businesses and events…</source>
            <extracomment>ui.accounts.Accounts once attached (live connections); None until the keychain was probed</extracomment>
            <translation>Unternehmen und Ereignisse suchen…</translation>
        </message>
        <message>
            <source>Search advertisers…</source>
            <translation>Werbetreibende suchen…</translation>
        </message>
        <message>
            <source>Risk findings could not be computed</source>
            <translation>Die Risikobefunde konnten nicht berechnet werden</translation>
        </message>
        <message>
            <source>Apps and websites ({n})</source>
            <translation>Apps und Websites ({n})</translation>
        </message>
        <message>
            <source>Lists</source>
            <extracomment>An export older than this is pointed out (Facebook's own window of use). The shown inventory changed (after loading, merging or clearing). A load finished: True when data was added, False on error or cancel. An unexpected error (a bug) reached the window: (summary, details). ui/app.py shows the crash dialog. Presentation mode (workshops): full screen, large type, high contrast, identifiers hidden. account key → the person's name (or the export's file name), for the list's account column older exports and old exports already pointed out in the message bar (said once, not on every change)</extracomment>
            <translation>Listen</translation>
        </message>
        <message>
            <source>Switch lists with the arrow keys</source>
            <translation>Listen mit den Pfeiltasten wechseln</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Person {n} ({platform})</source>
            <translation>Person {n} ({platform})</translation>
        </message>
        <message>
            <source>Loaded: {status}</source>
            <translation>Geladen: {status}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln app(s) or website(s)</source>
            <translation>
                <numerusform>%Ln App oder Website</numerusform>
                <numerusform>%Ln Apps und Websites</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln source(s)</source>
            <translation>
                <numerusform>%Ln Quelle</numerusform>
                <numerusform>%Ln Quellen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln of your own</source>
            <translation>
                <numerusform>davon %Ln eigene</numerusform>
                <numerusform>davon %Ln eigene</numerusform>
            </translation>
        </message>
        <message>
            <source>{file} is an older export of {person}: kept for comparison, not counted.</source>
            <translation>{file} ist ein älterer Export von {person}: zum Vergleich behalten, nicht mitgezählt.</translation>
        </message>
        <message>
            <source>{file} is {months} months old: download a fresh copy to see who has access today.</source>
            <translation>{file} ist {months} Monate alt: Laden Sie eine neue Kopie herunter, um zu sehen, wer heute Zugriff hat.</translation>
        </message>
        <message>
            <source>Not everything shown is current</source>
            <translation>Nicht alles Gezeigte ist aktuell</translation>
        </message>
        <message>
            <source>Businesses sending your activity ({n})</source>
            <translation>Unternehmen, die Ihre Aktivität senden ({n})</translation>
        </message>
        <message>
            <source>Advertisers ({n})</source>
            <translation>Werbetreibende ({n})</translation>
        </message>
        <message>
            <source>What we read</source>
            <translation>Was gelesen wurde</translation>
        </message>
        <message>
            <source>What we read (⚠ {n})</source>
            <translation>Was gelesen wurde (⚠ {n})</translation>
        </message>
        <message>
            <source>About Grantscope</source>
            <translation>Über Grantscope</translation>
        </message>
        <message>
            <source>&lt;b&gt;Grantscope&lt;/b&gt; {version}</source>
            <translation>&lt;b&gt;Grantscope&lt;/b&gt; {version}</translation>
        </message>
        <message>
            <source>See every app and website that can reach your accounts' data, offline. Archives are read on this computer and never uploaded.

Settings and notes: {path}</source>
            <translation>Sehen Sie jede App und Website, die die Daten Ihrer Konten erreichen kann – offline. Archive werden auf diesem Computer gelesen und nie hochgeladen.

Einstellungen und Notizen: {path}</translation>
        </message>
        <message>
            <source>Tab / Shift+Tab</source>
            <extracomment>The printable one-page handout for workshop participants (a copy lives in docs/, checked by a test).</extracomment>
            <translation>Tab / Umschalt+Tab</translation>
        </message>
        <message>
            <source>Next / previous region: cards, search and filters, list, details, actions</source>
            <translation>Nächster / vorheriger Bereich: Karten, Suche und Filter, Liste, Details, Aktionen</translation>
        </message>
        <message>
            <source>Arrow keys</source>
            <translation>Pfeiltasten</translation>
        </message>
        <message>
            <source>Move within a region (rows of the list, cards, tabs)</source>
            <translation>Innerhalb eines Bereichs bewegen (Zeilen der Liste, Karten, Reiter)</translation>
        </message>
        <message>
            <source>Down (in the search box)</source>
            <translation>Pfeil nach unten (im Suchfeld)</translation>
        </message>
        <message>
            <source>Go into the list</source>
            <translation>In die Liste springen</translation>
        </message>
        <message>
            <source>Escape (in the search box)</source>
            <translation>Escape (im Suchfeld)</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Die Suche leeren</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Leertaste</translation>
        </message>
        <message>
            <source>Press the focused button or card</source>
            <translation>Die Schaltfläche oder Karte mit dem Fokus betätigen</translation>
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>The web browser could not be opened</source>
            <translation>Der Webbrowser konnte nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Open this address yourself: {url}</source>
            <translation>Öffnen Sie diese Adresse selbst: {url}</translation>
        </message>
        <message>
            <source>Handout saved</source>
            <translation>Handzettel gespeichert</translation>
        </message>
        <message>
            <source>Saved to {path}. Open it in a web browser to print it.</source>
            <translation>Gespeichert unter {path}. Zum Drucken in einem Webbrowser öffnen.</translation>
        </message>
        <message>
            <source>Save workshop handout</source>
            <translation>Handzettel für den Workshop speichern</translation>
        </message>
        <message>
            <source>Web page (*.html)</source>
            <translation>Webseite (*.html)</translation>
        </message>
        <message>
            <source>Language changed</source>
            <translation>Sprache geändert</translation>
        </message>
        <message>
            <source>Grantscope will use the new language the next time it starts.</source>
            <translation>Grantscope verwendet die neue Sprache beim nächsten Start.</translation>
        </message>
        <message>
            <source>Disconnect {account}</source>
            <translation>{account} trennen</translation>
        </message>
        <message>
            <source>Sign out and forget this account's key (the provider keeps your grants)</source>
            <translation>Abmelden und den Schlüssel dieses Kontos vergessen (der Anbieter behält Ihre Zugriffe)</translation>
        </message>
        <message>
            <source>Reconnect {accounts}?</source>
            <translation>{accounts} erneut verbinden?</translation>
        </message>
        <message>
            <source>You connected {n} account(s) last time. Choose Accounts › Reconnect to list the apps again; nothing is sent to a provider until you do.</source>
            <translation>Sie hatten beim letzten Mal {n} Konto/Konten verbunden. Wählen Sie Konten › Erneut verbinden, um die Apps wieder aufzulisten; bis dahin wird nichts an einen Anbieter gesendet.</translation>
        </message>
        <message>
            <source>Talking to the provider…</source>
            <translation>Spreche mit dem Anbieter…</translation>
        </message>
        <message>
            <source>List Apps Again: {account}</source>
            <translation>Apps erneut auflisten: {account}</translation>
        </message>
        <message>
            <source>Open Account Page: {account}</source>
            <translation>Kontoseite öffnen: {account}</translation>
        </message>
        <message>
            <source>Reconnect {account}</source>
            <translation>{account} erneut verbinden</translation>
        </message>
        <message>
            <source>Sign in with the key saved in your keychain and list the apps</source>
            <translation>Mit dem im Schlüsselbund gespeicherten Schlüssel anmelden und die Apps auflisten</translation>
        </message>
        <message>
            <source>Forget {account}</source>
            <translation>{account} vergessen</translation>
        </message>
        <message>
            <source>Delete the saved sign-in from your keychain</source>
            <translation>Die gespeicherte Anmeldung aus dem Schlüsselbund löschen</translation>
        </message>
        <message>
            <source>Stop Retrying Revocation: {account}</source>
            <translation>Widerruf nicht mehr versuchen: {account}</translation>
        </message>
        <message>
            <source>Grantscope's old sign-in may still be valid at the provider; remove it there</source>
            <translation>Die alte Anmeldung von Grantscope ist beim Anbieter vielleicht noch gültig; entfernen Sie sie dort</translation>
        </message>
        <message>
            <source>Revoke Access…</source>
            <translation>Zugriff widerrufen…</translation>
        </message>
        <message>
            <source>Manage on {platform}</source>
            <translation>Auf {platform} verwalten</translation>
        </message>
        <message>
            <source>Reading {names}…</source>
            <translation>Lese {names}…</translation>
        </message>
        <message>
            <source>{n} of {total} files could not be read</source>
            <translation>{n} von {total} Dateien konnten nicht gelesen werden</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Open Archive…</source>
            <translation>Archiv ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>Open one or more archive files (ZIP or TGZ)</source>
            <translation>Eine oder mehrere Archivdateien öffnen (ZIP oder TGZ)</translation>
        </message>
        <message>
            <source>Open Unpacked &amp;Folder…</source>
            <translation>Entpackten &amp;Ordner öffnen…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>Try the &amp;Demo</source>
            <translation>&amp;Demo ausprobieren</translation>
        </message>
        <message>
            <source>Try a Demo &amp;Person</source>
            <translation>Eine Demo-&amp;Person ausprobieren</translation>
        </message>
        <message>
            <source>&amp;Sam, a student</source>
            <translation>&amp;Sam, studiert</translation>
        </message>
        <message>
            <source>&amp;Pat, a parent</source>
            <translation>&amp;Pat, Elternteil</translation>
        </message>
        <message>
            <source>&amp;Kim, a small-business owner</source>
            <translation>&amp;Kim, Ladeninhaberin</translation>
        </message>
        <message>
            <source>&amp;Export Summary…</source>
            <translation>Zusammenfassung &amp;exportieren…</translation>
        </message>
        <message>
            <source>&amp;Close All</source>
            <translation>Alle &amp;schließen</translation>
        </message>
        <message>
            <source>Forget the loaded archives (the files are not touched)</source>
            <translation>Die geladenen Archive vergessen (die Dateien bleiben unverändert)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Suchen…</translation>
        </message>
        <message>
            <source>C&amp;lear Filters</source>
            <translation>Filter &amp;zurücksetzen</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>Ver&amp;größern</translation>
        </message>
        <message>
            <source>Larger text, for example on a projector</source>
            <translation>Größere Schrift, zum Beispiel für einen Beamer</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Ver&amp;kleinern</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>&amp;Originalgröße</translation>
        </message>
        <message>
            <source>&amp;Presentation Mode</source>
            <translation>&amp;Präsentationsmodus</translation>
        </message>
        <message>
            <source>Full screen, large type, high contrast, names and paths hidden</source>
            <translation>Vollbild, große Schrift, hoher Kontrast, Namen und Pfade ausgeblendet</translation>
        </message>
        <message>
            <source>&amp;Accounts</source>
            <translation>&amp;Konten</translation>
        </message>
        <message>
            <source>&amp;Connect Account…</source>
            <translation>Konto &amp;verbinden…</translation>
        </message>
        <message>
            <source>List and revoke grants live from an identity provider</source>
            <translation>Zugriffe live bei einem Identitätsanbieter auflisten und widerrufen</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>How to Get Your &amp;Archive</source>
            <translation>So bekommen Sie Ihr &amp;Archiv</translation>
        </message>
        <message>
            <source>&amp;About Grantscope</source>
            <translation>&amp;Über Grantscope</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>Save Workshop &amp;Handout…</source>
            <translation>Workshop-&amp;Handzettel speichern…</translation>
        </message>
        <message>
            <source>A printable page for workshop participants</source>
            <translation>Eine druckbare Seite für Teilnehmende am Workshop</translation>
        </message>
        <message>
            <source>&amp;Clean-up</source>
            <translation>Auf&amp;räumen</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Hilfe</translation>
        </message>
        <message>
            <source>Mark selected as "Remove it"</source>
            <translation>Auswahl als „Entfernen“ markieren</translation>
        </message>
        <message>
            <source>Mark selected as "Keep"</source>
            <translation>Auswahl als „Behalten“ markieren</translation>
        </message>
        <message>
            <source>Mark selected as "Reviewed"</source>
            <translation>Auswahl als „Geprüft“ markieren</translation>
        </message>
        <message>
            <source>Clear the decision of selected</source>
            <translation>Entscheidung der Auswahl zurücksetzen</translation>
        </message>
        <message>
            <source>Mark all stale apps as "Remove it"</source>
            <translation>Alle lange ungenutzten Apps als „Entfernen“ markieren</translation>
        </message>
        <message>
            <source>Clean-up plan…</source>
            <translation>Aufräumplan…</translation>
        </message>
        <message>
            <source>Draft a deletion request…</source>
            <translation>Löschanfrage entwerfen…</translation>
        </message>
        <message>
            <source>Ask the selected app's developer to delete what it copied (GDPR Art. 17 or CCPA); nothing is sent</source>
            <translation>Den Entwickler der ausgewählten App bitten, zu löschen, was sie kopiert hat (DSGVO Art. 17 oder CCPA); es wird nichts gesendet</translation>
        </message>
        <message>
            <source>What changed…</source>
            <translation>Was sich geändert hat…</translation>
        </message>
        <message>
            <source>Compare an older and a newer export of the same account</source>
            <translation>Einen älteren und einen neueren Export desselben Kontos vergleichen</translation>
        </message>
        <message>
            <source>Clear Menu</source>
            <translation>Liste leeren</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Dismiss message</source>
            <translation>Meldung schließen</translation>
        </message>
        <message>
            <source>Hide this message</source>
            <translation>Diese Meldung ausblenden</translation>
        </message>
    </context>
    <context>
        <name>OverviewCards</name>
        <message>
            <source>Apps with access now</source>
            <extracomment>Cards that filter the grant list (the others switch to their own tab).</extracomment>
            <translation>Apps mit Zugriff</translation>
        </message>
        <message>
            <source>Apps and websites that can still reach your data. Click to list them.</source>
            <translation>Apps und Websites, die Ihre Daten noch erreichen können. Klicken, um sie aufzulisten.</translation>
        </message>
        <message>
            <source>Listed, status not stated</source>
            <translation>Aufgeführt, Status nicht angegeben</translation>
        </message>
        <message>
            <source>Apps these exports list without saying whether they can still reach your data. Check on the platform whether they are still connected. Click to list them.</source>
            <translation>Apps, die diese Exporte aufführen, ohne zu sagen, ob sie Ihre Daten noch erreichen. Prüfen Sie auf der Plattform, ob sie noch verbunden sind. Klicken, um sie aufzulisten.</translation>
        </message>
        <message>
            <source>Need attention</source>
            <translation>Brauchen Aufmerksamkeit</translation>
        </message>
        <message>
            <source>Apps with a high-risk finding. Click to list them.</source>
            <translation>Apps mit einem Befund hohen Risikos. Klicken, um sie aufzulisten.</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Abgelaufen</translation>
        </message>
        <message>
            <source>Apps whose access expired: they keep the data they already took. Click to list them.</source>
            <translation>Apps, deren Zugriff abgelaufen ist: Sie behalten die Daten, die sie schon haben. Klicken, um sie aufzulisten.</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Entfernt</translation>
        </message>
        <message>
            <source>Apps whose access was removed. Click to list them.</source>
            <translation>Apps, deren Zugriff entfernt wurde. Klicken, um sie aufzulisten.</translation>
        </message>
        <message>
            <source>Your own apps</source>
            <translation>Ihre eigenen Apps</translation>
        </message>
        <message>
            <source>Apps you manage as a developer and the platform's own apps (such as Twitter for Android). They are not third parties and are not counted elsewhere. Click to list them.</source>
            <translation>Apps, die Sie als Entwickler verwalten, und die eigenen Apps der Plattform (etwa Twitter für Android). Sie sind keine Drittanbieter und werden nirgends sonst gezählt. Klicken, um sie aufzulisten.</translation>
        </message>
        <message>
            <source>Businesses sending your activity</source>
            <translation>Unternehmen, die Ihre Aktivität senden</translation>
        </message>
        <message>
            <source>Businesses that told the platform what you did on their sites and apps. Click to see them.</source>
            <translation>Unternehmen, die der Plattform mitgeteilt haben, was Sie auf ihren Websites und in ihren Apps getan haben. Klicken, um sie zu sehen.</translation>
        </message>
        <message>
            <source>Advertisers with your information</source>
            <translation>Werbetreibende mit Ihren Daten</translation>
        </message>
        <message>
            <source>Advertisers that uploaded or used a list with your information. Click to see them.</source>
            <translation>Werbetreibende, die eine Liste mit Ihren Daten hochgeladen oder genutzt haben. Klicken, um sie zu sehen.</translation>
        </message>
        <message>
            <source>Unused for {n}+ days</source>
            <translation>Seit {n}+ Tagen ungenutzt</translation>
        </message>
        <message>
            <source>Apps with access but no sign of use in the last {n} days. Click to list them.</source>
            <translation>Apps mit Zugriff, aber ohne Anzeichen von Nutzung in den letzten {n} Tagen. Klicken, um sie aufzulisten.</translation>
        </message>
    </context>
    <context>
        <name>PlanView</name>
        <message>
            <source>No app is marked "Remove it" yet. Select apps in the list and choose Clean-up → Mark selected as "Remove it".</source>
            <translation>Noch ist keine App als „Entfernen“ markiert. Wählen Sie Apps in der Liste aus und dann Aufräumen → Auswahl als „Entfernen“ markieren.</translation>
        </message>
        <message>
            <source>Print checklist (PDF)…</source>
            <translation>Checkliste drucken (PDF)…</translation>
        </message>
        <message>
            <source>Markdown…</source>
            <translation>Markdown…</translation>
        </message>
        <message>
            <source>HTML…</source>
            <translation>HTML…</translation>
        </message>
        <message>
            <source>Save the clean-up plan as a file</source>
            <translation>Den Aufräumplan als Datei speichern</translation>
        </message>
        <message>
            <source>to do</source>
            <translation>zu erledigen</translation>
        </message>
        <message>
            <source>done, waiting for proof</source>
            <translation>erledigt, Nachweis steht aus</translation>
        </message>
        <message>
            <source>verified gone</source>
            <translation>bestätigt entfernt</translation>
        </message>
        <message>
            <source>still connected</source>
            <translation>noch verbunden</translation>
        </message>
        <message>
            <source>deletion requested {day}</source>
            <translation>Löschung angefragt am {day}</translation>
        </message>
        <message>
            <source>{done} of {total} done</source>
            <translation>{done} von {total} erledigt</translation>
        </message>
        <message>
            <source>Still connected: {apps}. You ticked these done, but a newer export still lists them as active; remove them again.</source>
            <translation>Noch verbunden: {apps}. Sie haben diese als erledigt abgehakt, aber ein neuerer Export führt sie noch als aktiv auf; entfernen Sie sie erneut.</translation>
        </message>
        <message>
            <source>Open {platform} settings</source>
            <translation>Einstellungen von {platform} öffnen</translation>
        </message>
        <message>
            <source>{platform} settings, the list of connected apps</source>
            <translation>Einstellungen von {platform}, Liste der verbundenen Apps</translation>
        </message>
        <message>
            <source>Where to click: {where}</source>
            <translation>Wo Sie klicken: {where}</translation>
        </message>
        <message>
            <source>Done: {app}</source>
            <translation>Erledigt: {app}</translation>
        </message>
        <message>
            <source>Revoke now</source>
            <translation>Jetzt widerrufen</translation>
        </message>
        <message>
            <source>Deletion request…</source>
            <translation>Löschanfrage…</translation>
        </message>
        <message>
            <source>Can see: {what}</source>
            <translation>Kann sehen: {what}</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <extracomment>The shipped translations (resources/translations/grantscope_&lt;code&gt;.ts), named in their own language. "" for the system's language, else a language code ("de", "fr", "es", "en")</extracomment>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <source>Days without use before an app is flagged</source>
            <translation>Tage ohne Nutzung, bevor eine App markiert wird</translation>
        </message>
        <message>
            <source>Apps unused for longer are flagged as not used for a long time</source>
            <translation>Länger ungenutzte Apps werden als lange nicht genutzt markiert</translation>
        </message>
        <message>
            <source>An app that still has access but shows no sign of use for longer than this is flagged as “not used for a long time”. Facebook itself cuts off apps unused for 90 days.</source>
            <translation>Eine App, die noch Zugriff hat, aber länger als diese Zeit kein Anzeichen von Nutzung zeigt, wird als „lange nicht genutzt“ markiert. Facebook selbst sperrt Apps, die 90 Tage ungenutzt waren.</translation>
        </message>
        <message>
            <source>Flag apps unused for more than:</source>
            <translation>Apps markieren, die länger ungenutzt sind als:</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Sprache des Systems</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>The language of Grantscope; applies at the next start</source>
            <translation>Die Sprache von Grantscope; gilt ab dem nächsten Start</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
    </context>
    <context>
        <name>SourcesPanel</name>
        <message>
            <source>The archives and accounts read, with any warnings</source>
            <extracomment>Presentation mode: archives shown by file name only, connected accounts not named.</extracomment>
            <translation>Die gelesenen Archive und Konten, mit etwaigen Warnungen</translation>
        </message>
        <message>
            <source>Nothing has been read yet.</source>
            <translation>Es wurde noch nichts gelesen.</translation>
        </message>
        <message>
            <source>and {n} more</source>
            <translation>und {n} weitere</translation>
        </message>
        <message>
            <source>Not read</source>
            <translation>Nicht gelesen</translation>
        </message>
        <message>
            <source>{platform}: connected account</source>
            <translation>{platform}: verbundenes Konto</translation>
        </message>
        <message>
            <source>{platform} archive, {generation} layout</source>
            <translation>{platform}-Archiv, Aufbau {generation}</translation>
        </message>
        <message>
            <source>{platform} archive</source>
            <translation>{platform}-Archiv</translation>
        </message>
        <message>
            <source>Files used: {n}</source>
            <translation>Verwendete Dateien: {n}</translation>
        </message>
        <message>
            <source>Files with nothing in them: {n}</source>
            <translation>Dateien ohne Inhalt: {n}</translation>
        </message>
        <message>
            <source>No file with app data was found in this archive.</source>
            <translation>In diesem Archiv wurde keine Datei mit App-Daten gefunden.</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <source>{first} + {n} more parts</source>
            <translation>{first} + {n} weitere Teile</translation>
        </message>
        <message>
            <source>See who can reach your accounts</source>
            <translation>Sehen Sie, wer auf Ihre Konten zugreifen kann</translation>
        </message>
        <message>
            <source>Grantscope lists every app and website that can reach your Facebook, Instagram, X and other accounts' data, what each one can see, and where to cut it off. It reads the archive you download from each platform right here on your computer: nothing is uploaded, nothing is changed.</source>
            <translation>Grantscope listet jede App und Website auf, die auf die Daten Ihrer Facebook-, Instagram-, X- und anderen Konten zugreifen kann, was sie jeweils sehen kann und wo Sie den Zugriff beenden. Das Archiv, das Sie von jeder Plattform herunterladen, wird hier auf Ihrem Computer gelesen: nichts wird hochgeladen, nichts wird verändert.</translation>
        </message>
        <message>
            <source>Open archive…</source>
            <translation>Archiv öffnen…</translation>
        </message>
        <message>
            <source>Choose one or more ZIP or TGZ archive files</source>
            <translation>Eine oder mehrere ZIP- oder TGZ-Archivdateien wählen</translation>
        </message>
        <message>
            <source>Open unpacked folder…</source>
            <translation>Entpackten Ordner öffnen…</translation>
        </message>
        <message>
            <source>Choose a folder with an archive already unpacked</source>
            <translation>Einen Ordner mit einem bereits entpackten Archiv wählen</translation>
        </message>
        <message>
            <source>Try the demo</source>
            <translation>Demo ausprobieren</translation>
        </message>
        <message>
            <source>Load the archives of a fictional person to see how it works</source>
            <translation>Die Archive einer erfundenen Person laden, um zu sehen, wie es funktioniert</translation>
        </message>
        <message>
            <source>Back to your list</source>
            <translation>Zurück zu Ihrer Liste</translation>
        </message>
        <message>
            <source>Return to the apps and websites you have opened</source>
            <translation>Zurück zu den Apps und Websites, die Sie geöffnet haben</translation>
        </message>
        <message>
            <source>You can also drop archives (ZIP, TGZ, several parts at once) or an unpacked folder anywhere on this window.</source>
            <translation>Sie können Archive (ZIP, TGZ, mehrere Teile auf einmal) oder einen entpackten Ordner auch einfach irgendwo auf dieses Fenster ziehen.</translation>
        </message>
        <message>
            <source>Get your archive</source>
            <translation>Ihr Archiv anfordern</translation>
        </message>
        <message>
            <source>Ask each platform for a copy of your data in JSON format. It is free; the platform tells you when it is ready to download.</source>
            <translation>Bitten Sie jede Plattform um eine Kopie Ihrer Daten im JSON-Format. Das ist kostenlos; die Plattform sagt Bescheid, wenn der Download bereitsteht.</translation>
        </message>
        <message>
            <source>Grantscope never connects to these platforms when it reads an archive. The links above open in your web browser.</source>
            <translation>Grantscope verbindet sich beim Lesen eines Archivs nie mit diesen Plattformen. Die Links oben öffnen sich in Ihrem Webbrowser.</translation>
        </message>
        <message>
            <source>Settings &amp; privacy › Settings › Accounts Center › Your information and permissions › Download your information. Pick your Facebook profile, choose “Apps and websites” (or everything) and the JSON format.</source>
            <translation>Einstellungen und Privatsphäre › Einstellungen › Kontenübersicht › Deine Informationen und Berechtigungen › Deine Informationen herunterladen. Wählen Sie Ihr Facebook-Profil, „Apps und Websites“ (oder alles) und das JSON-Format.</translation>
        </message>
        <message>
            <source>Usually ready within a day; Facebook notifies you.</source>
            <translation>Meist innerhalb eines Tages fertig; Facebook benachrichtigt Sie.</translation>
        </message>
        <message>
            <source>Settings › Accounts Center › Your information and permissions › Download your information. Pick your Instagram account and the JSON format.</source>
            <translation>Einstellungen › Kontenübersicht › Deine Informationen und Berechtigungen › Deine Informationen herunterladen. Wählen Sie Ihr Instagram-Konto und das JSON-Format.</translation>
        </message>
        <message>
            <source>Can take up to 14 days; Instagram e-mails you.</source>
            <translation>Kann bis zu 14 Tage dauern; Instagram schickt Ihnen eine E-Mail.</translation>
        </message>
        <message>
            <source>More › Settings and privacy › Your account › Download an archive of your data. Confirm your password and the code you receive.</source>
            <translation>Mehr › Einstellungen und Datenschutz › Dein Account › Archiv deiner Daten herunterladen. Bestätigen Sie Ihr Passwort und den zugesandten Code.</translation>
        </message>
        <message>
            <source>Takes 24 hours or more; X notifies you.</source>
            <translation>Dauert 24 Stunden oder länger; X benachrichtigt Sie.</translation>
        </message>
        <message>
            <source>takeout.google.com › pick the products (Access log activity, Chrome, Google Play Store) › Next step › Create export. Takeout has no list of connected apps: Grantscope links to Google's own page for those.</source>
            <translation>takeout.google.com › Produkte wählen (Aktivität im Zugriffsprotokoll, Chrome, Google Play Store) › Nächster Schritt › Export erstellen. Takeout enthält keine Liste verbundener Apps: Grantscope verlinkt dafür auf Googles eigene Seite.</translation>
        </message>
        <message>
            <source>Minutes to days, in one or more parts; Google e-mails you.</source>
            <translation>Minuten bis Tage, in einem oder mehreren Teilen; Google schickt Ihnen eine E-Mail.</translation>
        </message>
        <message>
            <source>accounts.snapchat.com › My Data › tick “Export your data in JSON” › Submit.</source>
            <translation>accounts.snapchat.com › Meine Daten › „Exportiere deine Daten in JSON“ ankreuzen › Absenden.</translation>
        </message>
        <message>
            <source>Usually within a day; Snapchat e-mails you a link.</source>
            <translation>Meist innerhalb eines Tages; Snapchat schickt Ihnen einen Link per E-Mail.</translation>
        </message>
        <message>
            <source>In the app: Profile › Menu › Settings and privacy › Account › Download your data › JSON › Request data.</source>
            <translation>In der App: Profil › Menü › Einstellungen und Datenschutz › Konto › Deine Daten herunterladen › JSON › Daten anfordern.</translation>
        </message>
        <message>
            <source>A few days; the file appears on the same page.</source>
            <translation>Einige Tage; die Datei erscheint auf derselben Seite.</translation>
        </message>
        <message>
            <source>User Settings › Data &amp; Privacy › Request all of my data (under “Request your data”).</source>
            <translation>Benutzereinstellungen › Daten &amp; Privatsphäre › Alle meine Daten anfordern (unter „Deine Daten anfordern“).</translation>
        </message>
        <message>
            <source>Up to 30 days; Discord e-mails you a link.</source>
            <translation>Bis zu 30 Tage; Discord schickt Ihnen einen Link per E-Mail.</translation>
        </message>
        <message>
            <source>reddit.com › Settings › Privacy › Request your data (a data request form).</source>
            <translation>reddit.com › Einstellungen › Privatsphäre › Deine Daten anfordern (ein Anfrageformular).</translation>
        </message>
        <message>
            <source>Up to 30 days; Reddit sends it to your inbox.</source>
            <translation>Bis zu 30 Tage; Reddit schickt es in Ihren Posteingang.</translation>
        </message>
        <message>
            <source>Request it on {platform}</source>
            <translation>Bei {platform} anfordern</translation>
        </message>
        <message>
            <source>Opens {url} in your web browser</source>
            <translation>Öffnet {url} in Ihrem Webbrowser</translation>
        </message>
        <message>
            <source>Requested inside the platform's own app</source>
            <translation>Wird in der eigenen App der Plattform angefordert</translation>
        </message>
        <message>
            <source>Open again</source>
            <translation>Erneut öffnen</translation>
        </message>
    </context>
    <context>
        <name>platform</name>
        <message>
            <source>Unknown</source>
            <extracomment>Demo inputs: archives, plus folders (an unpacked export); the generator script is skipped. where to click, in words (the only guidance for platforms without a settings web page)</extracomment>
            <translation>Unbekannt</translation>
        </message>
    </context>
    <context>
        <name>ConfirmRevoke</name>
        <message>
            <source>Keycloak removes your consent and also ends the app's offline access, so it can no longer act for you while you are away.</source>
            <extracomment>How many scopes the dialog lists before "and N more".</extracomment>
            <translation>Keycloak entfernt Ihre Einwilligung und beendet auch den Offline-Zugriff der App: Sie kann nicht mehr in Ihrer Abwesenheit für Sie handeln.</translation>
        </message>
        <message>
            <source>authentik removes your consent; {app} will have to ask for it again.</source>
            <translation>authentik entfernt Ihre Einwilligung; {app} muss erneut danach fragen.</translation>
        </message>
        <message>
            <source>This consent was given for everyone in your organisation. Revoking it removes {app}'s access for every user, which may stop it working for your colleagues.</source>
            <translation>Diese Einwilligung wurde für Ihre ganze Organisation erteilt. Wenn Sie sie widerrufen, verliert {app} den Zugriff für alle Nutzer – das kann die App für Ihre Kolleginnen und Kollegen unbrauchbar machen.</translation>
        </message>
        <message>
            <source>Access tokens {app} already holds stay valid until they expire (about an hour); it gets no new ones.</source>
            <translation>Zugriffstoken, die {app} bereits hat, bleiben gültig, bis sie ablaufen (etwa eine Stunde); neue bekommt die App nicht.</translation>
        </message>
        <message>
            <source>Google deletes every token {user} issued to {app}; the app is signed out for that user.</source>
            <translation>Google löscht alle Token, die {user} für {app} ausgestellt hat; die App wird für diesen Nutzer abgemeldet.</translation>
        </message>
    </context>
    <context>
        <name>ConnectAccount</name>
        <message>
            <source>Required.</source>
            <extracomment>Extra params offered under "Advanced" (see notes/connectors_api.md): they override the preset's template.</extracomment>
            <translation>Pflichtfeld.</translation>
        </message>
        <message>
            <source>Enter the full address, starting with https://</source>
            <translation>Geben Sie die vollständige Adresse ein, beginnend mit https://</translation>
        </message>
        <message>
            <source>Grantscope only signs in over https.</source>
            <translation>Grantscope meldet sich nur über https an.</translation>
        </message>
        <message>
            <source>Enter only the server's name, like id.example.org (no spaces, no path). For an address with a path, use “Issuer address” under Advanced.</source>
            <translation>Geben Sie nur den Servernamen ein, etwa id.example.org (ohne Leerzeichen, ohne Pfad). Für eine Adresse mit Pfad nutzen Sie „Aussteller-Adresse“ unter Erweitert.</translation>
        </message>
        <message>
            <source>This cannot contain spaces or slashes.</source>
            <translation>Dies darf keine Leerzeichen oder Schrägstriche enthalten.</translation>
        </message>
        <message>
            <source>A client ID has no spaces. Copy it again from the provider.</source>
            <translation>Eine Client-ID enthält keine Leerzeichen. Kopieren Sie sie noch einmal beim Anbieter.</translation>
        </message>
        <message>
            <source>Enter the e-mail address of the user whose apps you want to review.</source>
            <translation>Geben Sie die E-Mail-Adresse der Person ein, deren Apps Sie prüfen möchten.</translation>
        </message>
    </context>
    <context>
        <name>OpenArchive</name>
        <message>
            <source>Open unpacked archive folder</source>
            <translation>Entpackten Archivordner öffnen</translation>
        </message>
        <message>
            <source>Open archive</source>
            <translation>Archiv öffnen</translation>
        </message>
        <message>
            <source>Data archives (*.zip *.tgz *.tar.gz *.tar)</source>
            <translation>Datenarchive (*.zip *.tgz *.tar.gz *.tar)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
    </context>
    <context>
        <name>formatting</name>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>The file</source>
            <translation>Die Datei</translation>
        </message>
        <message>
            <source>{name} is password-protected</source>
            <translation>{name} ist passwortgeschützt</translation>
        </message>
        <message>
            <source>Grantscope cannot read encrypted archives. Unpack it with the password using your system's archive tool, then open the unpacked folder, or download an unencrypted copy.</source>
            <translation>Grantscope kann keine verschlüsselten Archive lesen. Entpacken Sie es mit dem Passwort im Archivprogramm Ihres Systems und öffnen Sie dann den entpackten Ordner, oder laden Sie eine unverschlüsselte Kopie herunter.</translation>
        </message>
        <message>
            <source>{name} was not read: it is larger than the safety limit</source>
            <translation>{name} wurde nicht gelesen: Es überschreitet die Sicherheitsgrenze</translation>
        </message>
        <message>
            <source>A file inside is unusually large or compresses suspiciously well (like a “zip bomb”), so Grantscope stopped reading it to protect your computer. If you downloaded it from the platform yourself, unpack it and open the folder instead.</source>
            <translation>Eine Datei darin ist ungewöhnlich groß oder lässt sich verdächtig gut komprimieren (wie eine „Zip-Bombe“), deshalb hat Grantscope das Lesen zum Schutz Ihres Computers beendet. Wenn Sie es selbst von der Plattform heruntergeladen haben, entpacken Sie es und öffnen Sie stattdessen den Ordner.</translation>
        </message>
        <message>
            <source>No supported data was found in {name}</source>
            <translation>In {name} wurden keine unterstützten Daten gefunden</translation>
        </message>
        <message>
            <source>This does not look like a data archive from Facebook, Instagram or X. Choose the archive you downloaded from the platform (in JSON format if you were asked), or all of its parts at once.</source>
            <translation>Das sieht nicht nach einem Datenarchiv von Facebook, Instagram oder X aus. Wählen Sie das Archiv, das Sie von der Plattform heruntergeladen haben (im JSON-Format, falls danach gefragt wurde), oder alle seine Teile auf einmal.</translation>
        </message>
        <message>
            <source>{name} could not be found</source>
            <translation>{name} wurde nicht gefunden</translation>
        </message>
        <message>
            <source>It may have been moved, renamed or deleted. Open it again from its new place.</source>
            <translation>Es wurde vielleicht verschoben, umbenannt oder gelöscht. Öffnen Sie es erneut von seinem neuen Ort.</translation>
        </message>
        <message>
            <source>{name} cannot be opened</source>
            <translation>{name} kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Your account may not have permission to read it, or another program may be using it. Check that you can open it, then try again.</source>
            <translation>Ihr Benutzerkonto darf es vielleicht nicht lesen, oder ein anderes Programm verwendet es. Prüfen Sie, ob Sie es öffnen können, und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>{name} is empty</source>
            <translation>{name} ist leer</translation>
        </message>
        <message>
            <source>The file has no content, which usually means the download did not finish. Download the archive again.</source>
            <translation>Die Datei hat keinen Inhalt – meist ist der Download nicht fertig geworden. Laden Sie das Archiv erneut herunter.</translation>
        </message>
        <message>
            <source>{name} is not an archive</source>
            <translation>{name} ist kein Archiv</translation>
        </message>
        <message>
            <source>Grantscope reads ZIP and TGZ archives and unpacked folders. Choose the archive you downloaded from the platform.</source>
            <translation>Grantscope liest ZIP- und TGZ-Archive sowie entpackte Ordner. Wählen Sie das Archiv, das Sie von der Plattform heruntergeladen haben.</translation>
        </message>
        <message>
            <source>{name} is incomplete</source>
            <translation>{name} ist unvollständig</translation>
        </message>
        <message>
            <source>The end of the archive is missing, which usually means the download was interrupted. Download the archive again, then open it.</source>
            <translation>Das Ende des Archivs fehlt – meist wurde der Download unterbrochen. Laden Sie das Archiv erneut herunter und öffnen Sie es dann.</translation>
        </message>
        <message>
            <source>{name} has too many files inside</source>
            <translation>{name} enthält zu viele Dateien</translation>
        </message>
        <message>
            <source>It holds more files than any platform archive should, so Grantscope stopped reading it to protect your computer.</source>
            <translation>Es enthält mehr Dateien, als ein Plattformarchiv haben sollte, deshalb hat Grantscope das Lesen zum Schutz Ihres Computers beendet.</translation>
        </message>
        <message>
            <source>A data file in {name} is damaged</source>
            <translation>Eine Datendatei in {name} ist beschädigt</translation>
        </message>
        <message>
            <source>It is not valid JSON. Download the archive again.</source>
            <translation>Sie ist kein gültiges JSON. Laden Sie das Archiv erneut herunter.</translation>
        </message>
        <message>
            <source>{name} is damaged</source>
            <translation>{name} ist beschädigt</translation>
        </message>
        <message>
            <source>The archive cannot be read. Download it again from the platform, then open it.</source>
            <translation>Das Archiv kann nicht gelesen werden. Laden Sie es erneut von der Plattform herunter und öffnen Sie es dann.</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>Your sign-in has expired</source>
            <translation>Ihre Anmeldung ist abgelaufen</translation>
        </message>
        <message>
            <source>Sign in to the account again to continue.</source>
            <translation>Melden Sie sich erneut beim Konto an, um fortzufahren.</translation>
        </message>
        <message>
            <source>The provider asked Grantscope to slow down</source>
            <translation>Der Anbieter hat Grantscope gebeten, langsamer zu machen</translation>
        </message>
        <message>
            <source>Wait a minute, then try again.</source>
            <translation>Warten Sie eine Minute und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>Access could not be removed</source>
            <translation>Der Zugriff konnte nicht entfernt werden</translation>
        </message>
        <message>
            <source>The provider did not confirm the change. Try again, or remove the app on the provider's settings page.</source>
            <translation>Der Anbieter hat die Änderung nicht bestätigt. Versuchen Sie es erneut, oder entfernen Sie die App auf der Einstellungsseite des Anbieters.</translation>
        </message>
        <message>
            <source>The provider could not be reached</source>
            <translation>Der Anbieter ist nicht erreichbar</translation>
        </message>
        <message>
            <source>Check your internet connection and the address of the server, then try again.</source>
            <translation>Prüfen Sie Ihre Internetverbindung und die Serveradresse und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>No keychain is available</source>
            <translation>Kein Schlüsselbund verfügbar</translation>
        </message>
        <message>
            <source>Your sign-in is kept in memory for this session only; you will need to sign in again next time.</source>
            <translation>Ihre Anmeldung wird nur für diese Sitzung im Speicher gehalten; beim nächsten Mal müssen Sie sich erneut anmelden.</translation>
        </message>
        <message>
            <source>Your decision was not saved</source>
            <translation>Ihre Entscheidung wurde nicht gespeichert</translation>
        </message>
        <message>
            <source>The data folder is read-only. Your saved decisions are shown, but new ones cannot be saved until the folder can be written.</source>
            <translation>Der Datenordner ist schreibgeschützt. Ihre gespeicherten Entscheidungen werden angezeigt, neue können aber erst gespeichert werden, wenn der Ordner beschreibbar ist.</translation>
        </message>
        <message>
            <source>The summary could not be saved</source>
            <translation>Die Zusammenfassung konnte nicht gespeichert werden</translation>
        </message>
        <message>
            <source>Nothing was written. Choose another folder and try again.</source>
            <translation>Es wurde nichts geschrieben. Wählen Sie einen anderen Ordner und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgegangen</translation>
        </message>
        <message>
            <source>Please try again.</source>
            <translation>Bitte versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>Not enough memory</source>
            <translation>Nicht genug Arbeitsspeicher</translation>
        </message>
        <message>
            <source>The archive is too large for this computer's memory. Close other programs and try again, or open only the part that holds your apps.</source>
            <translation>Das Archiv ist zu groß für den Arbeitsspeicher dieses Computers. Schließen Sie andere Programme und versuchen Sie es erneut, oder öffnen Sie nur den Teil mit Ihren Apps.</translation>
        </message>
        <message>
            <source>Something unexpected went wrong</source>
            <translation>Etwas Unerwartetes ist schiefgegangen</translation>
        </message>
        <message>
            <source>This is a bug in Grantscope. The details were written to the log file.</source>
            <translation>Das ist ein Fehler in Grantscope. Die Einzelheiten wurden in die Protokolldatei geschrieben.</translation>
        </message>
        <message>
            <source>The demo archives are missing</source>
            <translation>Die Demo-Archive fehlen</translation>
        </message>
        <message>
            <source>This copy of Grantscope has no demo data. Run “uv run python resources/demo/build_demo.py” to create it.</source>
            <translation>Diese Grantscope-Kopie hat keine Demodaten. Führen Sie „uv run python resources/demo/build_demo.py“ aus, um sie zu erzeugen.</translation>
        </message>
        <message>
            <source>{name} is already open</source>
            <translation>{name} ist bereits geöffnet</translation>
        </message>
        <message>
            <source>Its apps are already in the list.</source>
            <translation>Seine Apps stehen schon in der Liste.</translation>
        </message>
        <message>
            <source>The provider</source>
            <translation>Der Anbieter</translation>
        </message>
        <message>
            <source>Access was declined in the browser</source>
            <translation>Der Zugriff wurde im Browser abgelehnt</translation>
        </message>
        <message>
            <source>Grantscope did not connect and nothing was changed. Sign in again and choose “Allow” if you want to review this account's apps.</source>
            <translation>Grantscope hat sich nicht verbunden und nichts geändert. Melden Sie sich erneut an und wählen Sie „Zulassen“, wenn Sie die Apps dieses Kontos prüfen möchten.</translation>
        </message>
        <message>
            <source>Your sign-in to {provider} has expired</source>
            <translation>Ihre Anmeldung bei {provider} ist abgelaufen</translation>
        </message>
        <message>
            <source>The provider no longer accepts Grantscope's saved sign-in (it expired or was revoked). Sign in again to continue.</source>
            <translation>Der Anbieter akzeptiert die gespeicherte Anmeldung von Grantscope nicht mehr (sie ist abgelaufen oder wurde widerrufen). Melden Sie sich erneut an, um fortzufahren.</translation>
        </message>
        <message>
            <source>a role that allows reading app permissions</source>
            <translation>eine Rolle, die App-Berechtigungen lesen darf</translation>
        </message>
        <message>
            <source>Your account lacks a permission {provider} requires</source>
            <translation>Ihrem Konto fehlt eine Berechtigung, die {provider} verlangt</translation>
        </message>
        <message>
            <source>{provider} refused the request. Your account needs: {role}. Ask an administrator to grant it, then try again.</source>
            <translation>{provider} hat die Anfrage abgelehnt. Ihr Konto braucht: {role}. Bitten Sie eine Administratorin oder einen Administrator darum und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>{provider} has no account list at this address</source>
            <translation>{provider} hat unter dieser Adresse keine Kontoliste</translation>
        </message>
        <message>
            <source>The server address, realm, tenant or application slug may be wrong, or the provider's account API is switched off. Check the details and connect again.</source>
            <translation>Serveradresse, Realm, Tenant oder Anwendungs-Slug sind vielleicht falsch, oder die Konto-API des Anbieters ist abgeschaltet. Prüfen Sie die Angaben und verbinden Sie sich erneut.</translation>
        </message>
        <message>
            <source>Try again in {n} seconds.</source>
            <translation>Versuchen Sie es in {n} Sekunden erneut.</translation>
        </message>
        <message>
            <source>{provider} asked Grantscope to slow down</source>
            <translation>{provider} hat Grantscope gebeten, langsamer zu machen</translation>
        </message>
        <message>
            <source>Too many requests were made in a short time. {when}</source>
            <translation>In kurzer Zeit wurden zu viele Anfragen gestellt. {when}</translation>
        </message>
        <message>
            <source> (error {status})</source>
            <translation> (Fehler {status})</translation>
        </message>
        <message>
            <source>{provider} did not remove the access</source>
            <translation>{provider} hat den Zugriff nicht entfernt</translation>
        </message>
        <message>
            <source>The provider refused the change{status}. Try again, or remove the app on the provider's own settings page.</source>
            <translation>Der Anbieter hat die Änderung abgelehnt{status}. Versuchen Sie es erneut, oder entfernen Sie die App auf der Einstellungsseite des Anbieters.</translation>
        </message>
        <message>
            <source>{provider} refused the request</source>
            <translation>{provider} hat die Anfrage abgelehnt</translation>
        </message>
        <message>
            <source>The provider answered with an error{status}. Try again later.</source>
            <translation>Der Anbieter hat mit einem Fehler geantwortet{status}. Versuchen Sie es später erneut.</translation>
        </message>
        <message>
            <source>Signing in to {provider} did not work</source>
            <translation>Die Anmeldung bei {provider} hat nicht funktioniert</translation>
        </message>
        <message>
            <source>Some details are missing</source>
            <translation>Einige Angaben fehlen</translation>
        </message>
        <message>
            <source>Fill in: {fields}.</source>
            <translation>Bitte ausfüllen: {fields}.</translation>
        </message>
        <message>
            <source>the address you entered</source>
            <translation>die eingegebene Adresse</translation>
        </message>
        <message>
            <source>No sign-in service was found at {issuer}</source>
            <translation>Unter {issuer} wurde kein Anmeldedienst gefunden</translation>
        </message>
        <message>
            <source>Check the server address and the realm, tenant or slug. Grantscope looks for the provider's sign-in settings at that address and got no usable answer.</source>
            <translation>Prüfen Sie die Serveradresse und Realm, Tenant oder Slug. Grantscope sucht die Anmeldeeinstellungen des Anbieters unter dieser Adresse und hat keine brauchbare Antwort erhalten.</translation>
        </message>
        <message>
            <source>The server address must start with https://. Grantscope never signs in over an unencrypted connection.</source>
            <translation>Die Serveradresse muss mit https:// beginnen. Grantscope meldet sich nie über eine unverschlüsselte Verbindung an.</translation>
        </message>
        <message>
            <source>The server answered in the name of a different address. Check the server address (for older Keycloak servers enter the full issuer address with /auth/realms/… under Advanced).</source>
            <translation>Der Server hat im Namen einer anderen Adresse geantwortet. Prüfen Sie die Serveradresse (bei älteren Keycloak-Servern geben Sie unter Erweitert die vollständige Aussteller-Adresse mit /auth/realms/… ein).</translation>
        </message>
        <message>
            <source>The sign-in was not finished in time</source>
            <translation>Die Anmeldung wurde nicht rechtzeitig abgeschlossen</translation>
        </message>
        <message>
            <source>No answer came back from the browser within 5 minutes. Start again and finish signing in in the browser window, or use a code instead.</source>
            <translation>Der Browser hat innerhalb von 5 Minuten keine Antwort geliefert. Beginnen Sie neu und schließen Sie die Anmeldung im Browserfenster ab, oder verwenden Sie stattdessen einen Code.</translation>
        </message>
        <message>
            <source>The web browser could not be opened</source>
            <translation>Der Webbrowser konnte nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Grantscope signs in through your web browser. Choose “Use a code instead” to sign in on another device or browser.</source>
            <translation>Grantscope meldet sich über Ihren Webbrowser an. Wählen Sie „Stattdessen einen Code verwenden“, um sich auf einem anderen Gerät oder in einem anderen Browser anzumelden.</translation>
        </message>
        <message>
            <source>Grantscope could not open a local address (127.0.0.1) to receive the answer from the browser. A security tool may be blocking it; use a code instead.</source>
            <translation>Grantscope konnte keine lokale Adresse (127.0.0.1) öffnen, um die Antwort des Browsers zu empfangen. Vielleicht blockiert ein Sicherheitsprogramm sie; verwenden Sie stattdessen einen Code.</translation>
        </message>
        <message>
            <source>The sign-in code expired</source>
            <translation>Der Anmeldecode ist abgelaufen</translation>
        </message>
        <message>
            <source>The code was not entered in time. Start again and enter the new code promptly.</source>
            <translation>Der Code wurde nicht rechtzeitig eingegeben. Beginnen Sie neu und geben Sie den neuen Code zügig ein.</translation>
        </message>
        <message>
            <source>{provider} does not offer sign-in with a code here</source>
            <translation>{provider} bietet hier keine Anmeldung mit Code an</translation>
        </message>
        <message>
            <source>Sign in with the web browser on this computer instead, or allow the device authorization grant in the client's settings at the provider.</source>
            <translation>Melden Sie sich stattdessen mit dem Webbrowser auf diesem Computer an, oder erlauben Sie beim Anbieter in den Client-Einstellungen die Geräteautorisierung (Device Authorization Grant).</translation>
        </message>
        <message>
            <source>The provider gave no lasting sign-in. Check that the client may use offline access (the offline_access scope).</source>
            <translation>Der Anbieter hat keine dauerhafte Anmeldung ausgestellt. Prüfen Sie, ob der Client Offline-Zugriff nutzen darf (den Scope offline_access).</translation>
        </message>
        <message>
            <source>an error</source>
            <translation>ein Fehler</translation>
        </message>
        <message>
            <source>{provider} does not accept this client ID</source>
            <translation>{provider} akzeptiert diese Client-ID nicht</translation>
        </message>
        <message>
            <source>The provider refused the sign-in before it started (the browser shows its error page). Check the client ID, and that the client allows the redirect address http://127.0.0.1 on any port, then sign in again.</source>
            <translation>Der Anbieter hat die Anmeldung abgelehnt, bevor sie begann (der Browser zeigt seine Fehlerseite). Prüfen Sie die Client-ID und ob der Client die Weiterleitungsadresse http://127.0.0.1 auf beliebigem Port erlaubt, und melden Sie sich dann erneut an.</translation>
        </message>
        <message>
            <source>Check the client ID and that the client is registered as a public client.</source>
            <translation>Prüfen Sie die Client-ID und ob der Client als öffentlicher Client registriert ist.</translation>
        </message>
        <message>
            <source>The client is not allowed to use this sign-in method. Check its settings at the provider (standard flow, public client).</source>
            <translation>Der Client darf diese Anmeldemethode nicht nutzen. Prüfen Sie seine Einstellungen beim Anbieter (Standard-Flow, öffentlicher Client).</translation>
        </message>
        <message>
            <source>The client is not allowed the scopes Grantscope asks for (see the README for the scopes each provider needs).</source>
            <translation>Der Client darf die Scopes nicht verwenden, die Grantscope anfragt (im README steht, welche Scopes jeder Anbieter braucht).</translation>
        </message>
        <message>
            <source>Check that the client allows the redirect address http://127.0.0.1 on any port.</source>
            <translation>Prüfen Sie, ob der Client die Weiterleitungsadresse http://127.0.0.1 auf beliebigem Port erlaubt.</translation>
        </message>
        <message>
            <source>Start again; the sign-in answer could no longer be used.</source>
            <translation>Beginnen Sie neu; die Antwort der Anmeldung war nicht mehr verwendbar.</translation>
        </message>
        <message>
            <source>Check the client registration at the provider, then try again.</source>
            <translation>Prüfen Sie die Client-Registrierung beim Anbieter und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>The provider said “{said}”. {hint}</source>
            <translation>Der Anbieter meldete „{said}“. {hint}</translation>
        </message>
        <message>
            <source>The certificate of {provider} could not be verified</source>
            <translation>Das Zertifikat von {provider} konnte nicht geprüft werden</translation>
        </message>
        <message>
            <source>Grantscope only talks to servers with a valid certificate. Check the server address; if your organisation uses its own certificate authority, install it on this computer.</source>
            <translation>Grantscope spricht nur mit Servern mit gültigem Zertifikat. Prüfen Sie die Serveradresse; wenn Ihre Organisation eine eigene Zertifizierungsstelle nutzt, installieren Sie sie auf diesem Computer.</translation>
        </message>
        <message>
            <source>{provider} did not answer in time</source>
            <translation>{provider} hat nicht rechtzeitig geantwortet</translation>
        </message>
        <message>
            <source>Check your internet connection, then try again.</source>
            <translation>Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>{provider} could not be reached</source>
            <translation>{provider} ist nicht erreichbar</translation>
        </message>
        <message>
            <source>Check your internet connection and the server address, then try again.</source>
            <translation>Prüfen Sie Ihre Internetverbindung und die Serveradresse und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>{provider} sent Grantscope to another address</source>
            <translation>{provider} hat Grantscope an eine andere Adresse umgeleitet</translation>
        </message>
        <message>
            <source>Grantscope does not follow redirects when it sends a sign-in or a token, since the secret would go along. Check the server address; a proxy in front of the provider may be set up wrongly.</source>
            <translation>Grantscope folgt keinen Umleitungen, wenn es eine Anmeldung oder ein Token sendet, weil das Geheimnis mitgeschickt würde. Prüfen Sie die Serveradresse; vielleicht ist ein Proxy vor dem Anbieter falsch eingerichtet.</translation>
        </message>
        <message>
            <source>{provider} gave an answer Grantscope does not understand</source>
            <translation>{provider} hat eine Antwort geschickt, die Grantscope nicht versteht</translation>
        </message>
        <message>
            <source>The address may point to a web page instead of the provider's API. Check the server address (and the API address under Advanced).</source>
            <translation>Die Adresse zeigt vielleicht auf eine Webseite statt auf die API des Anbieters. Prüfen Sie die Serveradresse (und die API-Adresse unter Erweitert).</translation>
        </message>
        <message>
            <source>{provider} has a problem right now</source>
            <translation>{provider} hat gerade ein Problem</translation>
        </message>
        <message>
            <source>The provider's server failed{status}. Try again later.</source>
            <translation>Der Server des Anbieters ist ausgefallen{status}. Versuchen Sie es später erneut.</translation>
        </message>
        <message>
            <source>Grantscope will not remember this sign-in</source>
            <translation>Grantscope merkt sich diese Anmeldung nicht</translation>
        </message>
        <message>
            <source>This computer has no usable keychain (or the provider gave no lasting sign-in), so the sign-in is kept in memory until you quit. Next time you will sign in again.</source>
            <translation>Dieser Computer hat keinen nutzbaren Schlüsselbund (oder der Anbieter hat keine dauerhafte Anmeldung ausgestellt), deshalb bleibt die Anmeldung nur bis zum Beenden im Speicher. Beim nächsten Mal melden Sie sich erneut an.</translation>
        </message>
        <message>
            <source>Disconnected from {provider}</source>
            <translation>Von {provider} getrennt</translation>
        </message>
        <message>
            <source>Grantscope's access was revoked at the provider and its saved sign-in deleted.</source>
            <translation>Der Zugriff von Grantscope wurde beim Anbieter widerrufen und die gespeicherte Anmeldung gelöscht.</translation>
        </message>
        <message>
            <source> To remove Grantscope's own access there too, open {url}.</source>
            <translation> Um auch dort den Zugriff von Grantscope zu entfernen, öffnen Sie {url}.</translation>
        </message>
        <message>
            <source>The saved sign-in was deleted from this computer. {provider} offers no way to revoke it from here.{where}</source>
            <translation>Die gespeicherte Anmeldung wurde von diesem Computer gelöscht. {provider} bietet keine Möglichkeit, sie von hier aus zu widerrufen.{where}</translation>
        </message>
        <message>
            <source>Disconnected, but Grantscope's access at {provider} is still valid</source>
            <translation>Getrennt, aber der Zugriff von Grantscope bei {provider} ist noch gültig</translation>
        </message>
        <message>
            <source>The provider did not confirm revoking Grantscope's sign-in, so it could still be used there. Grantscope tries again each time it starts (stop that from the Accounts menu).{where}</source>
            <translation>Der Anbieter hat den Widerruf der Anmeldung von Grantscope nicht bestätigt, sie könnte dort also noch verwendet werden. Grantscope versucht es bei jedem Start erneut (abstellbar im Menü Konten).{where}</translation>
        </message>
        <message>
            <source>Disconnected from {provider}, but the provider did not confirm</source>
            <translation>Von {provider} getrennt, aber der Anbieter hat nicht bestätigt</translation>
        </message>
        <message>
            <source>The saved sign-in was deleted from this computer; revoking it at the provider failed.{where}</source>
            <translation>Die gespeicherte Anmeldung wurde von diesem Computer gelöscht; der Widerruf beim Anbieter ist fehlgeschlagen.{where}</translation>
        </message>
        <message>
            <source>Grantscope's access at {provider} is now revoked</source>
            <translation>Der Zugriff von Grantscope bei {provider} ist jetzt widerrufen</translation>
        </message>
        <message>
            <source>The sign-in of {account} that an earlier Disconnect left valid was revoked at the provider.</source>
            <translation>Die Anmeldung von {account}, die ein früheres Trennen gültig gelassen hatte, wurde beim Anbieter widerrufen.</translation>
        </message>
        <message>
            <source> You can remove it yourself at {url}.</source>
            <translation> Sie können sie selbst unter {url} entfernen.</translation>
        </message>
        <message>
            <source>Grantscope's old access at {provider} is still valid</source>
            <translation>Der alte Zugriff von Grantscope bei {provider} ist noch gültig</translation>
        </message>
        <message>
            <source>Revoking the sign-in of {account} failed again; Grantscope tries at its next start.{where}</source>
            <translation>Der Widerruf der Anmeldung von {account} ist erneut fehlgeschlagen; Grantscope versucht es beim nächsten Start.{where}</translation>
        </message>
        <message>
            <source>{provider} gave no lasting sign-in</source>
            <translation>{provider} hat keine dauerhafte Anmeldung ausgestellt</translation>
        </message>
        <message>
            <source>The provider issued no refresh token, so Grantscope cannot remember this account: you will sign in again next time. Check that the client may use offline access (the offline_access scope).</source>
            <translation>Der Anbieter hat kein Aktualisierungstoken ausgestellt, deshalb kann sich Grantscope dieses Konto nicht merken: Beim nächsten Mal melden Sie sich erneut an. Prüfen Sie, ob der Client Offline-Zugriff nutzen darf (den Scope offline_access).</translation>
        </message>
        <message>
            <source>No saved sign-in for {account}</source>
            <translation>Keine gespeicherte Anmeldung für {account}</translation>
        </message>
        <message>
            <source>This computer's keychain holds no sign-in for this account (none was saved, or the keychain was cleared). Sign in again to list its apps.</source>
            <translation>Der Schlüsselbund dieses Computers enthält keine Anmeldung für dieses Konto (es wurde keine gespeichert, oder der Schlüsselbund wurde geleert). Melden Sie sich erneut an, um seine Apps aufzulisten.</translation>
        </message>
        <message>
            <source>Your sign-in to {provider} has ended</source>
            <translation>Ihre Anmeldung bei {provider} ist beendet</translation>
        </message>
        <message>
            <source>{provider} no longer accepts Grantscope's sign-in for {account} (it expired or was revoked); the saved copy was deleted. Sign in again to continue.</source>
            <translation>{provider} akzeptiert die Anmeldung von Grantscope für {account} nicht mehr (sie ist abgelaufen oder wurde widerrufen); die gespeicherte Kopie wurde gelöscht. Melden Sie sich erneut an, um fortzufahren.</translation>
        </message>
        <message>
            <source>Grantscope is disconnected from {provider}</source>
            <translation>Grantscope ist von {provider} getrennt</translation>
        </message>
        <message>
            <source>You removed Grantscope's own access for {account}, so its sign-in ended and the saved copy was deleted. Sign in again to review this account's apps.</source>
            <translation>Sie haben den Zugriff von Grantscope für {account} entfernt, deshalb ist seine Anmeldung beendet und die gespeicherte Kopie gelöscht. Melden Sie sich erneut an, um die Apps dieses Kontos zu prüfen.</translation>
        </message>
        <message>
            <source>Reconnected {account}</source>
            <translation>{account} wieder verbunden</translation>
        </message>
        <message>
            <source>{n} app(s) listed from the provider.</source>
            <translation>{n} App(s) vom Anbieter aufgelistet.</translation>
        </message>
        <message>
            <source>Reconnecting {account} did not work because the server did not answer; it worked before, so the address is fine. The saved sign-in is kept: try Reconnect again later.</source>
            <translation>Das erneute Verbinden von {account} hat nicht funktioniert, weil der Server nicht geantwortet hat; vorher ging es, die Adresse stimmt also. Die gespeicherte Anmeldung bleibt erhalten: Versuchen Sie „Erneut verbinden“ später noch einmal.</translation>
        </message>
        <message>
            <source>the provider did not answer</source>
            <translation>der Anbieter hat nicht geantwortet</translation>
        </message>
        <message>
            <source>The latest listing failed ({why}).</source>
            <translation>Die letzte Abfrage der Liste ist fehlgeschlagen ({why}).</translation>
        </message>
        <message>
            <source>The latest listing failed ({why}). The rows show the apps as listed at {when}.</source>
            <translation>Die letzte Abfrage der Liste ist fehlgeschlagen ({why}). Die Zeilen zeigen die Apps wie am {when} aufgelistet.</translation>
        </message>
        <message>
            <source>Access removed: {app}</source>
            <translation>Zugriff entfernt: {app}</translation>
        </message>
        <message>
            <source>{provider} no longer lists {app} for this account.</source>
            <translation>{provider} listet {app} für dieses Konto nicht mehr.</translation>
        </message>
        <message>
            <source>{app} is still listed</source>
            <translation>{app} wird noch aufgelistet</translation>
        </message>
        <message>
            <source>{provider} accepted the request but still lists the app. Check again in a moment, or remove it on the provider's settings page.</source>
            <translation>{provider} hat die Anfrage angenommen, listet die App aber noch. Prüfen Sie es gleich noch einmal, oder entfernen Sie sie auf der Einstellungsseite des Anbieters.</translation>
        </message>
    </context>
</TS>