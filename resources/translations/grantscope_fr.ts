<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
    <context>
        <name>ActivityTableModel</name>
        <message>
            <source>Business</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <source>Sent to</source>
            <translation>Envoyé à</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Événements</translation>
        </message>
        <message>
            <source>First</source>
            <translation>Premier</translation>
        </message>
        <message>
            <source>Latest</source>
            <translation>Dernier</translation>
        </message>
        <message>
            <source>What was sent</source>
            <translation>Ce qui a été envoyé</translation>
        </message>
    </context>
    <context>
        <name>AdvertiserTableModel</name>
        <message>
            <source>Advertiser</source>
            <translation>Annonceur</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plateforme</translation>
        </message>
        <message>
            <source>How they have your information</source>
            <translation>Comment ils ont vos informations</translation>
        </message>
    </context>
    <context>
        <name>ChangesView</name>
        <message>
            <source>Exports to compare</source>
            <translation>Exports à comparer</translation>
        </message>
        <message>
            <source>Which older export is compared with which newer one</source>
            <translation>Quel export plus ancien est comparé à quel export plus récent</translation>
        </message>
        <message>
            <source>Open an older and a newer export of the same account to see what changed between them.</source>
            <translation>Ouvrez un export plus ancien et un plus récent du même compte pour voir ce qui a changé entre les deux.</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Ce qui a changé</translation>
        </message>
        <message>
            <source>The apps that are new, gone or changed between the two exports</source>
            <translation>Les apps nouvelles, disparues ou modifiées entre les deux exports</translation>
        </message>
        <message>
            <source>Compare:</source>
            <translation>Comparer :</translation>
        </message>
        <message>
            <source>New apps</source>
            <translation>Nouvelles apps</translation>
        </message>
        <message>
            <source>Apps gone</source>
            <translation>Apps disparues</translation>
        </message>
        <message>
            <source>Status changed</source>
            <translation>Statut modifié</translation>
        </message>
        <message>
            <source>Back again</source>
            <translation>De retour</translation>
        </message>
        <message>
            <source>Permissions added</source>
            <translation>Autorisations ajoutées</translation>
        </message>
        <message>
            <source>{who}: {old} → {new}</source>
            <translation>{who} : {old} → {new}</translation>
        </message>
        <message>
            <source>Old: {path} ({date})</source>
            <translation>Ancien : {path} ({date})</translation>
        </message>
        <message>
            <source>New: {path} ({date})</source>
            <translation>Nouveau : {path} ({date})</translation>
        </message>
        <message>
            <source>Nothing changed.</source>
            <translation>Rien n'a changé.</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active(s)</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>expirée(s)</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>retirée(s)</translation>
        </message>
    </context>
    <context>
        <name>CleanupPart</name>
        <message>
            <source>Clean-up plan</source>
            <translation>Plan de nettoyage</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Changements</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <source>The decisions database could not be written; your clean-up plan was not changed.</source>
            <translation>La base de données des décisions n'a pas pu être écrite ; votre plan de nettoyage n'a pas été modifié.</translation>
        </message>
        <message>
            <source>Save the clean-up plan</source>
            <translation>Enregistrer le plan de nettoyage</translation>
        </message>
    </context>
    <context>
        <name>ConfirmRevokeDialog</name>
        <message>
            <source>Revoke access</source>
            <translation>Révoquer l'accès</translation>
        </message>
        <message>
            <source>Revoke access for “{app}”?</source>
            <translation>Révoquer l'accès de « {app} » ?</translation>
        </message>
        <message>
            <source>and {n} more</source>
            <translation>et {n} de plus</translation>
        </message>
        <message>
            <source>{app} will lose the access your organisation's administrators granted it at {provider} for every user:</source>
            <translation>{app} perdra, pour chaque utilisateur, l'accès que les administrateurs de votre organisation lui ont accordé chez {provider} :</translation>
        </message>
        <message>
            <source>{app} will no longer be able to reach {account} at {provider}. What stops working:</source>
            <translation>{app} ne pourra plus atteindre {account} chez {provider}. Ce qui cessera de fonctionner :</translation>
        </message>
        <message>
            <source>everything it was allowed to do with this account.</source>
            <translation>tout ce qu'elle avait le droit de faire avec ce compte.</translation>
        </message>
        <message>
            <source>This is Grantscope's own access. Revoking it disconnects Grantscope from {account}: the list closes and you will have to sign in again.</source>
            <translation>Il s'agit de l'accès propre à Grantscope. Le révoquer déconnecte Grantscope de {account} : la liste se ferme et vous devrez vous reconnecter.</translation>
        </message>
        <message>
            <source>If you still use {app}, it will ask you to sign in and allow access again.</source>
            <translation>Si vous utilisez encore {app}, elle vous demandera de vous connecter et d'autoriser à nouveau l'accès.</translation>
        </message>
        <message>
            <source>Grantscope asks {provider} for the list again afterwards to confirm the app is gone.</source>
            <translation>Grantscope redemande ensuite la liste à {provider} pour confirmer que l'app a disparu.</translation>
        </message>
        <message>
            <source>Revoke for &amp;Everyone</source>
            <translation>Révoquer pour &amp;tout le monde</translation>
        </message>
        <message>
            <source>&amp;Revoke Access</source>
            <translation>&amp;Révoquer l'accès</translation>
        </message>
        <message>
            <source>Ask the provider to remove this app's access now</source>
            <translation>Demander au fournisseur de retirer maintenant l'accès de cette app</translation>
        </message>
    </context>
    <context>
        <name>ConnectAccountDialog</name>
        <message>
            <source>Connect account</source>
            <translation>Connecter un compte</translation>
        </message>
        <message>
            <source>Grantscope signs in with your web browser and lists the apps that can reach this account, straight from the provider. Only a few providers allow this; for the others, open the archive you downloaded.</source>
            <translation>Grantscope se connecte avec votre navigateur web et liste les apps qui peuvent atteindre ce compte, directement auprès du fournisseur. Seuls quelques fournisseurs le permettent ; pour les autres, ouvrez l'archive que vous avez téléchargée.</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Fournisseur</translation>
        </message>
        <message>
            <source>&amp;Provider:</source>
            <translation>&amp;Fournisseur :</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>Avancé</translation>
        </message>
        <message>
            <source>The full issuer address; replaces the one built from the fields above (for example older Keycloak servers with /auth/realms/…).</source>
            <translation>L'adresse complète de l'émetteur ; remplace celle construite à partir des champs ci-dessus (par exemple pour les anciens serveurs Keycloak avec /auth/realms/…).</translation>
        </message>
        <message>
            <source>as the provider documents</source>
            <translation>selon la documentation du fournisseur</translation>
        </message>
        <message>
            <source>Where the provider's grants API lives, when it differs from the usual address (a proxy or a self-hosted gateway).</source>
            <translation>Où se trouve l'API des autorisations du fournisseur, si elle diffère de l'adresse habituelle (un proxy ou une passerelle auto-hébergée).</translation>
        </message>
        <message>
            <source>My grants and organisation-wide consents</source>
            <translation>Mes autorisations et les consentements pour toute l'organisation</translation>
        </message>
        <message>
            <source>Every delegated grant in the tenant</source>
            <translation>Toutes les autorisations déléguées du tenant</translation>
        </message>
        <message>
            <source>&amp;Issuer address:</source>
            <translation>Adresse de l'é&amp;metteur :</translation>
        </message>
        <message>
            <source>&amp;API address:</source>
            <translation>Adresse de l'&amp;API :</translation>
        </message>
        <message>
            <source>&amp;Review:</source>
            <translation>&amp;Examiner :</translation>
        </message>
        <message>
            <source>Use a &amp;code instead (sign in on another device or browser)</source>
            <translation>Utiliser plutôt un &amp;code (se connecter depuis un autre appareil ou navigateur)</translation>
        </message>
        <message>
            <source>This computer has no usable keychain: the sign-in will last until you quit Grantscope.</source>
            <translation>Cet ordinateur n'a pas de trousseau utilisable : la connexion durera jusqu'à ce que vous quittiez Grantscope.</translation>
        </message>
        <message>
            <source>&amp;Sign In</source>
            <translation>&amp;Se connecter</translation>
        </message>
        <message>
            <source>Sign-in progress</source>
            <translation>Progression de la connexion</translation>
        </message>
        <message>
            <source>If the browser shows an error instead of a sign-in page, check the client ID, then choose Cancel.</source>
            <translation>Si le navigateur affiche une erreur au lieu d'une page de connexion, vérifiez l'identifiant client, puis choisissez Annuler.</translation>
        </message>
        <message>
            <source>Use a &amp;Code Instead</source>
            <translation>Utiliser plutôt un &amp;code</translation>
        </message>
        <message>
            <source>Sign in on another device or browser with a short code</source>
            <translation>Se connecter depuis un autre appareil ou navigateur avec un code court</translation>
        </message>
        <message>
            <source>Opens your web browser to sign in to the provider</source>
            <translation>Ouvre votre navigateur web pour vous connecter au fournisseur</translation>
        </message>
        <message>
            <source>The identity provider that holds the account</source>
            <translation>Le fournisseur d'identité qui détient le compte</translation>
        </message>
        <message>
            <source>Show or hide the issuer and API addresses</source>
            <translation>Afficher ou masquer les adresses de l'émetteur et de l'API</translation>
        </message>
        <message>
            <source>Which grants to list</source>
            <translation>Quelles autorisations lister</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Stop signing in; nothing is changed</source>
            <translation>Arrêter la connexion ; rien n'est modifié</translation>
        </message>
        <message>
            <source>Address to open</source>
            <translation>Adresse à ouvrir</translation>
        </message>
        <message>
            <source>Sign-in code</source>
            <translation>Code de connexion</translation>
        </message>
        <message>
            <source>Copy &amp;Code</source>
            <translation>Copier le &amp;code</translation>
        </message>
        <message>
            <source>Copy &amp;Address</source>
            <translation>Copier l'&amp;adresse</translation>
        </message>
        <message>
            <source>&amp;Open in Browser</source>
            <translation>&amp;Ouvrir dans le navigateur</translation>
        </message>
        <message>
            <source>Waiting for you to approve the sign-in…</source>
            <translation>En attente de votre approbation de la connexion…</translation>
        </message>
        <message>
            <source>Open this address in a web browser and enter the code</source>
            <translation>Ouvrez cette adresse dans un navigateur web et saisissez le code</translation>
        </message>
        <message>
            <source>Copy the sign-in code to the clipboard</source>
            <translation>Copier le code de connexion dans le presse-papiers</translation>
        </message>
        <message>
            <source>Copy the address to the clipboard</source>
            <translation>Copier l'adresse dans le presse-papiers</translation>
        </message>
        <message>
            <source>Open the address in your web browser</source>
            <translation>Ouvrir l'adresse dans votre navigateur web</translation>
        </message>
        <message>
            <source>e.g. {example}</source>
            <translation>p. ex. {example}</translation>
        </message>
        <message>
            <source>Kept in your keychain, never in the settings file.</source>
            <translation>Gardé dans votre trousseau, jamais dans le fichier de paramètres.</translation>
        </message>
        <message>
            <source>For administrators: the provider lets only admins list app grants. Other people can remove apps on the provider's own settings page.</source>
            <translation>Pour les administrateurs : le fournisseur ne permet qu'aux administrateurs de lister les autorisations des apps. Les autres personnes peuvent retirer des apps sur la page de paramètres du fournisseur.</translation>
        </message>
        <message>
            <source>For anyone with an account there.</source>
            <translation>Pour toute personne ayant un compte chez lui.</translation>
        </message>
        <message>
            <source>You need your own client registration at {provider}. The README section “Connecting accounts” says exactly how to create one.</source>
            <translation>Vous devez enregistrer votre propre client chez {provider}. La section « Connecting accounts » du README explique exactement comment en créer un.</translation>
        </message>
        <message>
            <source>Sign in again to {account}</source>
            <translation>Se reconnecter à {account}</translation>
        </message>
        <message>
            <source>The saved sign-in can no longer be used.</source>
            <translation>La connexion enregistrée n'est plus utilisable.</translation>
        </message>
        <message>
            <source>Please check the highlighted fields</source>
            <translation>Veuillez vérifier les champs mis en évidence</translation>
        </message>
        <message>
            <source>Signing in to {provider}</source>
            <translation>Connexion à {provider}</translation>
        </message>
        <message>
            <source>Contacting {provider}…</source>
            <translation>Contact avec {provider}…</translation>
        </message>
        <message>
            <source>Opening your web browser…</source>
            <translation>Ouverture de votre navigateur web…</translation>
        </message>
        <message>
            <source>Finish signing in in your web browser. This window continues by itself when you are done.</source>
            <translation>Terminez la connexion dans votre navigateur web. Cette fenêtre continue d'elle-même une fois que c'est fait.</translation>
        </message>
        <message>
            <source>Waiting for you to enter the code…</source>
            <translation>En attente de la saisie du code…</translation>
        </message>
        <message>
            <source>Still waiting for the browser. If no browser window opened, or it closed, sign in with a code instead.</source>
            <translation>Toujours en attente du navigateur. Si aucune fenêtre de navigateur ne s'est ouverte, ou si elle s'est fermée, connectez-vous plutôt avec un code.</translation>
        </message>
        <message>
            <source>The connection dropped. Trying again…</source>
            <translation>La connexion a été interrompue. Nouvel essai…</translation>
        </message>
        <message>
            <source>Completing the sign-in…</source>
            <translation>Finalisation de la connexion…</translation>
        </message>
        <message>
            <source>Saving the sign-in in your keychain… If your system asks to unlock the keychain, answer that window first.</source>
            <translation>Enregistrement de la connexion dans votre trousseau… Si votre système demande de déverrouiller le trousseau, répondez d'abord à cette fenêtre.</translation>
        </message>
        <message>
            <source>Signed in. Reading the list of apps…</source>
            <translation>Connecté. Lecture de la liste des apps…</translation>
        </message>
        <message>
            <source>Reading the list of apps…</source>
            <translation>Lecture de la liste des apps…</translation>
        </message>
        <message>
            <source>On this or any other device, open this address in a web browser and enter the code below. The code is valid for {minutes} minutes.</source>
            <translation>Sur cet appareil ou un autre, ouvrez cette adresse dans un navigateur web et saisissez le code ci-dessous. Le code est valable {minutes} minutes.</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copié</translation>
        </message>
        <message>
            <source>Something unexpected went wrong</source>
            <translation>Un problème inattendu est survenu</translation>
        </message>
        <message>
            <source>This is a bug in Grantscope. The details were written to the log file.</source>
            <translation>Il s'agit d'un bogue de Grantscope. Les détails ont été écrits dans le fichier journal.</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Grantscope ran into a problem</source>
            <translation>Grantscope a rencontré un problème</translation>
        </message>
        <message>
            <source>Something unexpected went wrong. Your archives were not changed and your notes are saved. You can keep working; if it happens again, please send the details below to the developers (check them first: they may contain file names).</source>
            <translation>Un problème inattendu est survenu. Vos archives n'ont pas été modifiées et vos notes sont enregistrées. Vous pouvez continuer à travailler ; si cela se reproduit, envoyez les détails ci-dessous aux développeurs (vérifiez-les d'abord : ils peuvent contenir des noms de fichiers).</translation>
        </message>
        <message>
            <source>Error details</source>
            <translation>Détails de l'erreur</translation>
        </message>
        <message>
            <source>What went wrong, for the developers</source>
            <translation>Ce qui s'est mal passé, pour les développeurs</translation>
        </message>
        <message>
            <source>The log file is {path}</source>
            <translation>Le fichier journal est {path}</translation>
        </message>
        <message>
            <source>Where the log file is</source>
            <translation>Où se trouve le fichier journal</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copier les détails</translation>
        </message>
        <message>
            <source>Copy the error details to the clipboard</source>
            <translation>Copier les détails de l'erreur dans le presse-papiers</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copié</translation>
        </message>
    </context>
    <context>
        <name>DecisionPane</name>
        <message>
            <source>Your decision</source>
            <extracomment>A note is saved this long after the last keystroke (and at once when another grant is selected).</extracomment>
            <translation>Votre décision</translation>
        </message>
        <message>
            <source>Only for you: kept on this computer, never sent anywhere.</source>
            <translation>Pour vous seul : gardée sur cet ordinateur, jamais envoyée nulle part.</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Garder</translation>
        </message>
        <message>
            <source>Remove it</source>
            <translation>La retirer</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Examinée</translation>
        </message>
        <message>
            <source>Mark this app as one you keep</source>
            <translation>Marquer cette app comme une app que vous gardez</translation>
        </message>
        <message>
            <source>Mark this app as one to remove</source>
            <translation>Marquer cette app comme une app à retirer</translation>
        </message>
        <message>
            <source>Mark this app as looked at</source>
            <translation>Marquer cette app comme examinée</translation>
        </message>
        <message>
            <source>Note (for example: asked the developer to delete my data)</source>
            <translation>Note (par exemple : demandé au développeur de supprimer mes données)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Your own note about this app, saved on this computer</source>
            <translation>Votre note personnelle sur cette app, enregistrée sur cet ordinateur</translation>
        </message>
        <message>
            <source>Your saved decisions could not be read.</source>
            <translation>Vos décisions enregistrées n'ont pas pu être lues.</translation>
        </message>
        <message>
            <source>Your decisions database was damaged. It was moved to {path} and a new one was started.</source>
            <translation>Votre base de données des décisions était endommagée. Elle a été déplacée vers {path} et une nouvelle a été créée.</translation>
        </message>
        <message>
            <source>The data folder is read-only: your saved decisions are shown, but new ones cannot be saved.</source>
            <translation>Le dossier de données est en lecture seule : vos décisions enregistrées sont affichées, mais les nouvelles ne peuvent pas être enregistrées.</translation>
        </message>
        <message>
            <source>Saved {when} (UTC)</source>
            <translation>Enregistré le {when} (UTC)</translation>
        </message>
        <message>
            <source>Editing…</source>
            <translation>Modification…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Enregistré</translation>
        </message>
        <message>
            <source>Not saved: the data folder is read-only.</source>
            <translation>Non enregistré : le dossier de données est en lecture seule.</translation>
        </message>
        <message>
            <source>Not saved: the notes database could not be written.</source>
            <translation>Non enregistré : la base de données des notes n'a pas pu être écrite.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
    </context>
    <context>
        <name>DeletionDialog</name>
        <message>
            <source>Deletion request: {app}</source>
            <translation>Demande de suppression : {app}</translation>
        </message>
        <message>
            <source>GDPR Article 17 (EU/EEA, UK)</source>
            <translation>RGPD article 17 (UE/EEE, Royaume-Uni)</translation>
        </message>
        <message>
            <source>CCPA / CPRA (California)</source>
            <translation>CCPA / CPRA (Californie)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>E-mail address</source>
            <translation>Adresse e-mail</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nom d'utilisateur</translation>
        </message>
        <message>
            <source>Your ID in the app</source>
            <translation>Votre ID dans l'app</translation>
        </message>
        <message>
            <source>Postal address</source>
            <translation>Adresse postale</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Numéro de téléphone</translation>
        </message>
        <message>
            <source>Law</source>
            <translation>Loi</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Include {detail}</source>
            <translation>Inclure : {detail}</translation>
        </message>
        <message>
            <source>Copy to clipboard</source>
            <translation>Copier dans le presse-papiers</translation>
        </message>
        <message>
            <source>Save as text…</source>
            <translation>Enregistrer en texte…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Save deletion request</source>
            <translation>Enregistrer la demande de suppression</translation>
        </message>
        <message>
            <source>Text (*.txt)</source>
            <translation>Texte (*.txt)</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export summary</source>
            <extracomment>Above this many apps the preview shows the first ones only (the saved file always has all of them). Text formats are previewed as text, cut after this many characters.</extracomment>
            <translation>Exporter le résumé</translation>
        </message>
        <message>
            <source>Web page (HTML)</source>
            <translation>Page web (HTML)</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>Document PDF</translation>
        </message>
        <message>
            <source>Spreadsheet (CSV)</source>
            <translation>Tableur (CSV)</translation>
        </message>
        <message>
            <source>Data (JSON)</source>
            <translation>Données (JSON)</translation>
        </message>
        <message>
            <source>Markdown text</source>
            <translation>Texte Markdown</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Lettre US</translation>
        </message>
        <message>
            <source>Full report</source>
            <translation>Rapport complet</translation>
        </message>
        <message>
            <source>One-page summary</source>
            <translation>Résumé sur une page</translation>
        </message>
        <message>
            <source>Layout</source>
            <translation>Mise en page</translation>
        </message>
        <message>
            <source>The whole report, or the main points on one page</source>
            <translation>Le rapport entier, ou l'essentiel sur une page</translation>
        </message>
        <message>
            <source>All apps and websites ({n})</source>
            <translation>Toutes les apps et tous les sites ({n})</translation>
        </message>
        <message>
            <source>Only those with access now ({n})</source>
            <translation>Seulement ceux qui ont accès maintenant ({n})</translation>
        </message>
        <message>
            <source>The apps shown in the list now ({n})</source>
            <translation>Les apps affichées dans la liste ({n})</translation>
        </message>
        <message>
            <source>Only {person}'s apps ({n})</source>
            <translation>Seulement les apps de {person} ({n})</translation>
        </message>
        <message>
            <source>Remove what identifies me (names, e-mail addresses, phone numbers, ids, IP addresses, file paths) — for sharing</source>
            <translation>Retirer ce qui m'identifie (noms, adresses e-mail, numéros de téléphone, identifiants, adresses IP, chemins de fichiers) — pour partager</translation>
        </message>
        <message>
            <source>Also show dates by month only</source>
            <translation>Afficher aussi les dates au mois près seulement</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>Format du papier</translation>
        </message>
        <message>
            <source>Which apps</source>
            <translation>Quelles apps</translation>
        </message>
        <message>
            <source>Remove identifiers</source>
            <translation>Retirer les identifiants</translation>
        </message>
        <message>
            <source>Dates by month</source>
            <translation>Dates au mois près</translation>
        </message>
        <message>
            <source>The kind of file to save</source>
            <translation>Le type de fichier à enregistrer</translation>
        </message>
        <message>
            <source>Page size of the PDF</source>
            <translation>Taille de page du PDF</translation>
        </message>
        <message>
            <source>Which apps the summary lists</source>
            <translation>Les apps que le résumé liste</translation>
        </message>
        <message>
            <source>Dates read as month and year only</source>
            <translation>Dates indiquées en mois et année seulement</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Format :</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>&amp;Papier :</translation>
        </message>
        <message>
            <source>&amp;Layout:</source>
            <translation>&amp;Mise en page :</translation>
        </message>
        <message>
            <source>&amp;Include:</source>
            <translation>&amp;Inclure :</translation>
        </message>
        <message>
            <source>Preview of the summary</source>
            <translation>Aperçu du résumé</translation>
        </message>
        <message>
            <source>What the saved file will contain</source>
            <translation>Ce que contiendra le fichier enregistré</translation>
        </message>
        <message>
            <source>Result of saving</source>
            <translation>Résultat de l'enregistrement</translation>
        </message>
        <message>
            <source>&amp;Save…</source>
            <translation>&amp;Enregistrer…</translation>
        </message>
        <message>
            <source>Choose where to save the summary</source>
            <translation>Choisir où enregistrer le résumé</translation>
        </message>
        <message>
            <source>Preview:</source>
            <translation>Aperçu :</translation>
        </message>
        <message>
            <source>The preview lists the first {shown} of {total} apps; the saved file has all of them.</source>
            <translation>L'aperçu liste les {shown} premières apps sur {total} ; le fichier enregistré les contient toutes.</translation>
        </message>
        <message>
            <source>The preview shows the beginning only; the saved file has everything.</source>
            <translation>L'aperçu ne montre que le début ; le fichier enregistré contient tout.</translation>
        </message>
        <message>
            <source>Save summary</source>
            <translation>Enregistrer le résumé</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Replace the file?</source>
            <translation>Remplacer le fichier ?</translation>
        </message>
        <message>
            <source>“{name}” already exists. Do you want to replace it?</source>
            <translation>« {name} » existe déjà. Voulez-vous le remplacer ?</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Remplacer</translation>
        </message>
        <message>
            <source>Not saved: the existing file was kept.</source>
            <translation>Non enregistré : le fichier existant a été conservé.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>Enregistré dans {path}</translation>
        </message>
    </context>
    <context>
        <name>FilterableTable</name>
        <message>
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Type to narrow the list. Escape clears the search, the Down arrow moves into the list.</source>
            <translation>Tapez pour réduire la liste. Échap efface la recherche, la flèche bas entre dans la liste.</translation>
        </message>
        <message>
            <source>{shown} of {total} shown</source>
            <translation>{shown} sur {total} affichés</translation>
        </message>
        <message>
            <source>Nothing matches the search and filters.</source>
            <translation>Rien ne correspond à la recherche et aux filtres.</translation>
        </message>
        <message>
            <source>Arrow keys move between rows; Tab goes on to the details.</source>
            <translation>Les flèches passent d'une ligne à l'autre ; Tab passe aux détails.</translation>
        </message>
        <message>
            <source>{total} shown</source>
            <extracomment>The filters, on a row of their own that wraps: the search keeps its room, no filter gets cut off (narrow windows, zoom, longer translations).</extracomment>
            <translation>{total} affichés</translation>
        </message>
    </context>
    <context>
        <name>GrantDetail</name>
        <message>
            <source>Select an app to see what it can access, when it was connected, and where to remove it.</source>
            <extracomment>"Revoke access…" was clicked for a grant from a connected account plain words per data category and the one set of sensitivity words (the reports use the same) set by the window when live accounts are connected: may this grant be revoked from here? Presentation mode: the person's own identifiers (account, their id in an app) are not shown.</extracomment>
            <translation>Sélectionnez une app pour voir ce à quoi elle a accès, quand elle a été connectée et où la retirer.</translation>
        </message>
        <message>
            <source>The selected app</source>
            <translation>L'app sélectionnée</translation>
        </message>
        <message>
            <source>Details of the selected app: what it can access, findings, timeline and origin</source>
            <translation>Détails de l'app sélectionnée : ce à quoi elle a accès, constats, chronologie et origine</translation>
        </message>
        <message>
            <source>Manage on {platform}</source>
            <extracomment>Other panes (e.g. "Your decision") are added here by the window.</extracomment>
            <translation>Gérer sur {platform}</translation>
        </message>
        <message>
            <source>Opens {url} in your web browser</source>
            <translation>Ouvre {url} dans votre navigateur web</translation>
        </message>
        <message>
            <source>Remove it on {platform}: {where}</source>
            <translation>La retirer sur {platform} : {where}</translation>
        </message>
        <message>
            <source>{platform} has no web page for this; use its app's settings.</source>
            <translation>{platform} n'a pas de page web pour cela ; utilisez les paramètres de son app.</translation>
        </message>
        <message>
            <source>Revoke access…</source>
            <translation>Révoquer l'accès…</translation>
        </message>
        <message>
            <source>Ask the provider to remove this app's access (you confirm first)</source>
            <translation>Demander au fournisseur de retirer l'accès de cette app (vous confirmez d'abord)</translation>
        </message>
        <message>
            <source>sign-in link</source>
            <translation>lien de connexion</translation>
        </message>
        <message>
            <source>linked account</source>
            <translation>compte lié</translation>
        </message>
        <message>
            <source>app on a device</source>
            <translation>app sur un appareil</translation>
        </message>
        <message>
            <source>browser extension</source>
            <translation>extension de navigateur</translation>
        </message>
        <message>
            <source>an app you administer</source>
            <translation>une app que vous administrez</translation>
        </message>
        <message>
            <source>Listed in the export — check on {platform} whether it is still connected</source>
            <translation>Listée dans l'export — vérifiez sur {platform} si elle est toujours connectée</translation>
        </message>
        <message>
            <source>The platform's own app, not a third party</source>
            <translation>L'app de la plateforme elle-même, pas un tiers</translation>
        </message>
        <message>
            <source>Active: can still reach your data</source>
            <translation>Active : peut encore atteindre vos données</translation>
        </message>
        <message>
            <source>Expired: unused for 90 days or more; keeps what it already took</source>
            <translation>Expirée : inutilisée depuis 90 jours ou plus ; garde ce qu'elle a déjà pris</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Retirée</translation>
        </message>
        <message>
            <source>connected account</source>
            <translation>compte connecté</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Élevé</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Moyen</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Faible</translation>
        </message>
        <message>
            <source>What to do:</source>
            <translation>Que faire :</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>À examiner</translation>
        </message>
        <message>
            <source>Sources:</source>
            <translation>Sources :</translation>
        </message>
        <message>
            <source>What this app can access</source>
            <translation>Ce à quoi cette app a accès</translation>
        </message>
        <message>
            <source>unknown permission</source>
            <translation>autorisation inconnue</translation>
        </message>
        <message>
            <source>As the provider lists them:</source>
            <translation>Tels que le fournisseur les liste :</translation>
        </message>
        <message>
            <source>As listed in the archive:</source>
            <translation>Tels que listés dans l'archive :</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>Accordée le</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>Dernière utilisation</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Chronologie</translation>
        </message>
        <message>
            <source>Developer</source>
            <translation>Développeur</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Site web</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>App ID</source>
            <translation>ID de l'app</translation>
        </message>
        <message>
            <source>Your ID in this app</source>
            <translation>Votre ID dans cette app</translation>
        </message>
        <message>
            <source>About the app</source>
            <translation>À propos de l'app</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archive</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Enregistrements</translation>
        </message>
        <message numerus="yes">
            <source>%Ln record(s) merged into this row</source>
            <translation>
                <numerusform>%Ln enregistrement fusionné dans cette ligne</numerusform>
                <numerusform>%Ln enregistrements fusionnés dans cette ligne</numerusform>
            </translation>
        </message>
        <message>
            <source>Where this came from</source>
            <translation>D'où cela vient</translation>
        </message>
        <message numerus="yes">
            <source>%Ln app(s) selected</source>
            <translation>
                <numerusform>%Ln app sélectionnée</numerusform>
                <numerusform>%Ln apps sélectionnées</numerusform>
            </translation>
        </message>
        <message>
            <source>active</source>
            <translation>active(s)</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>expirée(s)</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>retirée(s)</translation>
        </message>
        <message>
            <source>and {n} more</source>
            <translation>et {n} de plus</translation>
        </message>
        <message>
            <source>Remove apps on each platform's settings page; Grantscope never changes your accounts from an archive.</source>
            <translation>Retirez les apps sur la page de paramètres de chaque plateforme ; Grantscope ne modifie jamais vos comptes à partir d'une archive.</translation>
        </message>
    </context>
    <context>
        <name>GrantList</name>
        <message>
            <source>Search apps, permissions, findings…  (Ctrl+F)</source>
            <extracomment>The person chosen in the "whose data" filter: an account key, or "" for everyone.</extracomment>
            <translation>Rechercher apps, autorisations, constats…  (Ctrl+F)</translation>
        </message>
        <message>
            <source>Apps and websites</source>
            <translation>Apps et sites web</translation>
        </message>
        <message>
            <source>Whose data</source>
            <translation>Données de qui</translation>
        </message>
        <message>
            <source>Show the apps of one person's account, or everyone's</source>
            <translation>Afficher les apps du compte d'une personne, ou de tout le monde</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Tout le monde</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plateforme</translation>
        </message>
        <message>
            <source>Show the apps of one platform only</source>
            <translation>Afficher les apps d'une seule plateforme</translation>
        </message>
        <message>
            <source>All platforms</source>
            <translation>Toutes les plateformes</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Show apps by status: active, expired, removed</source>
            <translation>Afficher les apps par statut : active, expirée, retirée</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Tout statut</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Listed, status not stated</source>
            <translation>Listée, statut non indiqué</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Expirée</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Retirée</translation>
        </message>
        <message>
            <source>Your own apps</source>
            <translation>Vos propres apps</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Constat</translation>
        </message>
        <message>
            <source>Show only apps with one kind of finding</source>
            <translation>N'afficher que les apps ayant un type de constat</translation>
        </message>
        <message>
            <source>Any finding</source>
            <translation>Tout constat</translation>
        </message>
        <message>
            <source>Your decision</source>
            <translation>Votre décision</translation>
        </message>
        <message>
            <source>Show apps by your decision and how far the clean-up got</source>
            <translation>Afficher les apps selon votre décision et l'avancement du nettoyage</translation>
        </message>
        <message>
            <source>Any decision</source>
            <translation>Toute décision</translation>
        </message>
        <message>
            <source>No decision yet</source>
            <translation>Pas encore de décision</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Garder</translation>
        </message>
        <message>
            <source>Remove it</source>
            <translation>La retirer</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Examinée</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fait</translation>
        </message>
        <message>
            <source>Verified gone</source>
            <translation>Retrait confirmé</translation>
        </message>
        <message>
            <source>Still connected</source>
            <translation>Toujours connectée</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Effacer les filtres</translation>
        </message>
        <message>
            <source>Show every app again</source>
            <translation>Afficher à nouveau toutes les apps</translation>
        </message>
    </context>
    <context>
        <name>GrantTableModel</name>
        <message>
            <source>Keep</source>
            <extracomment>An app the export lists without saying whether it can still reach the data (not the "active" green). whose account a row belongs to, in words (the owner's name, else the export's file name) plain words for what a grant reaches, most sensitive first (the catalog), when available the person's decision for a grant ("", keep, remove, reviewed, done, verified, still_connected)</extracomment>
            <translation>Garder</translation>
        </message>
        <message>
            <source>Remove it</source>
            <translation>La retirer</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Examinée</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fait</translation>
        </message>
        <message>
            <source>Verified gone</source>
            <translation>Retrait confirmé</translation>
        </message>
        <message>
            <source>Still connected</source>
            <translation>Toujours connectée</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Expirée</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Retirée</translation>
        </message>
        <message>
            <source>Your app</source>
            <translation>Votre app</translation>
        </message>
        <message>
            <source>Platform's app</source>
            <translation>App de la plateforme</translation>
        </message>
        <message>
            <source>{status} (last listing)</source>
            <translation>{status} (dernière liste)</translation>
        </message>
        <message>
            <source>Listed</source>
            <translation>Listée</translation>
        </message>
        <message>
            <source>Not a third party: an app you manage, or the platform's own app</source>
            <translation>Pas un tiers : une app que vous gérez, ou l'app de la plateforme elle-même</translation>
        </message>
        <message>
            <source>As the provider listed it last time; the latest listing failed (see the account's note in Sources)</source>
            <translation>Tel que listé par le fournisseur la dernière fois ; la dernière consultation a échoué (voir la note du compte dans Sources)</translation>
        </message>
        <message>
            <source>Listed in the export — check on {platform} whether it is still connected</source>
            <translation>Listée dans l'export — vérifiez sur {platform} si elle est toujours connectée</translation>
        </message>
        <message>
            <source>Can still reach your data</source>
            <translation>Peut encore atteindre vos données</translation>
        </message>
        <message>
            <source>Unused for 90 days or more: it can no longer get new data, but keeps what it already took</source>
            <translation>Inutilisée depuis 90 jours ou plus : elle ne peut plus obtenir de nouvelles données, mais garde ce qu'elle a déjà pris</translation>
        </message>
        <message>
            <source>Access was removed; the app may still keep data it took before</source>
            <translation>L'accès a été retiré ; l'app garde peut-être des données prises auparavant</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Élevé</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Moyen</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Faible</translation>
        </message>
        <message>
            <source>not listed</source>
            <translation>non listée</translation>
        </message>
        <message>
            <source>{severity} ({count})</source>
            <translation>{severity} ({count})</translation>
        </message>
        <message>
            <source>{risk} · named in an investigation</source>
            <translation>{risk} · citée dans une enquête</translation>
        </message>
        <message>
            <source>{risk} · possibly named in an investigation</source>
            <translation>{risk} · peut-être citée dans une enquête</translation>
        </message>
        <message>
            <source>by {developer}</source>
            <translation>par {developer}</translation>
        </message>
        <message>
            <source>App or website</source>
            <translation>App ou site web</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plateforme</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>Accordée le</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>Dernière utilisation</translation>
        </message>
        <message>
            <source>Permissions</source>
            <translation>Autorisations</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risque</translation>
        </message>
        <message>
            <source>Your decision</source>
            <translation>Votre décision</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
    </context>
    <context>
        <name>LoadBanner</name>
        <message>
            <source>Cancel</source>
            <extracomment>How long a task may run before the progress bar appears (a flash of progress bar is noise).</extracomment>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Stop reading; the list stays as it was</source>
            <translation>Arrêter la lecture ; la liste reste telle quelle</translation>
        </message>
        <message>
            <source>{n} files listed</source>
            <translation>{n} fichiers listés</translation>
        </message>
        <message>
            <source>{size} read</source>
            <translation>{size} lus</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>About Grantscope</source>
            <translation>À propos de Grantscope</translation>
        </message>
        <message>
            <source>&lt;b&gt;Grantscope&lt;/b&gt; {version}</source>
            <translation>&lt;b&gt;Grantscope&lt;/b&gt; {version}</translation>
        </message>
        <message>
            <source>See every app and website that can reach your accounts' data, offline. Archives are read on this computer and never uploaded.

Settings and notes: {path}</source>
            <translation>Voyez toutes les apps et tous les sites web qui peuvent atteindre les données de vos comptes, hors ligne. Les archives sont lues sur cet ordinateur et jamais envoyées.

Paramètres et notes : {path}</translation>
        </message>
        <message>
            <source>Lists</source>
            <extracomment>An export older than this is pointed out (Facebook's own window of use). The shown inventory changed (after loading, merging or clearing). A load finished: True when data was added, False on error or cancel. An unexpected error (a bug) reached the window: (summary, details). ui/app.py shows the crash dialog. Presentation mode (workshops): full screen, large type, high contrast, identifiers hidden. account key → the person's name (or the export's file name), for the list's account column older exports and old exports already pointed out in the message bar (said once, not on every change)</extracomment>
            <translation>Listes</translation>
        </message>
        <message>
            <source>Switch lists with the arrow keys</source>
            <translation>Changer de liste avec les flèches</translation>
        </message>
        <message>
            <source>Search businesses and events…</source>
            <extracomment>ui.accounts.Accounts once attached (live connections); None until the keychain was probed</extracomment>
            <translation>Rechercher entreprises et événements…</translation>
        </message>
        <message>
            <source>Search advertisers…</source>
            <translation>Rechercher des annonceurs…</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Risk findings could not be computed</source>
            <translation>Les constats de risque n'ont pas pu être calculés</translation>
        </message>
        <message>
            <source>Person {n} ({platform})</source>
            <translation>Personne {n} ({platform})</translation>
        </message>
        <message>
            <source>Loaded: {status}</source>
            <translation>Chargé : {status}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln app(s) or website(s)</source>
            <translation>
                <numerusform>%Ln app ou site web</numerusform>
                <numerusform>%Ln apps et sites web</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln source(s)</source>
            <translation>
                <numerusform>%Ln source</numerusform>
                <numerusform>%Ln sources</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln of your own</source>
            <translation>
                <numerusform>dont %Ln à vous</numerusform>
                <numerusform>dont %Ln à vous</numerusform>
            </translation>
        </message>
        <message>
            <source>{file} is an older export of {person}: kept for comparison, not counted.</source>
            <translation>{file} est un export plus ancien de {person} : gardé pour comparaison, non compté.</translation>
        </message>
        <message>
            <source>{file} is {months} months old: download a fresh copy to see who has access today.</source>
            <translation>{file} date de {months} mois : téléchargez une copie récente pour voir qui a accès aujourd'hui.</translation>
        </message>
        <message>
            <source>Not everything shown is current</source>
            <translation>Tout ce qui est affiché n'est pas à jour</translation>
        </message>
        <message>
            <source>Apps and websites ({n})</source>
            <translation>Apps et sites web ({n})</translation>
        </message>
        <message>
            <source>Businesses sending your activity ({n})</source>
            <translation>Entreprises qui envoient votre activité ({n})</translation>
        </message>
        <message>
            <source>Advertisers ({n})</source>
            <translation>Annonceurs ({n})</translation>
        </message>
        <message>
            <source>What we read</source>
            <translation>Ce qui a été lu</translation>
        </message>
        <message>
            <source>What we read (⚠ {n})</source>
            <translation>Ce qui a été lu (⚠ {n})</translation>
        </message>
        <message>
            <source>Tab / Shift+Tab</source>
            <extracomment>The printable one-page handout for workshop participants (a copy lives in docs/, checked by a test).</extracomment>
            <translation>Tab / Maj+Tab</translation>
        </message>
        <message>
            <source>Next / previous region: cards, search and filters, list, details, actions</source>
            <translation>Zone suivante / précédente : cartes, recherche et filtres, liste, détails, actions</translation>
        </message>
        <message>
            <source>Arrow keys</source>
            <translation>Flèches</translation>
        </message>
        <message>
            <source>Move within a region (rows of the list, cards, tabs)</source>
            <translation>Se déplacer dans une zone (lignes de la liste, cartes, onglets)</translation>
        </message>
        <message>
            <source>Down (in the search box)</source>
            <translation>Bas (dans le champ de recherche)</translation>
        </message>
        <message>
            <source>Go into the list</source>
            <translation>Entrer dans la liste</translation>
        </message>
        <message>
            <source>Escape (in the search box)</source>
            <translation>Échap (dans le champ de recherche)</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Effacer la recherche</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Espace</translation>
        </message>
        <message>
            <source>Press the focused button or card</source>
            <translation>Activer le bouton ou la carte sélectionnés</translation>
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>The web browser could not be opened</source>
            <translation>Le navigateur web n'a pas pu être ouvert</translation>
        </message>
        <message>
            <source>Open this address yourself: {url}</source>
            <translation>Ouvrez vous-même cette adresse : {url}</translation>
        </message>
        <message>
            <source>Handout saved</source>
            <translation>Fiche enregistrée</translation>
        </message>
        <message>
            <source>Saved to {path}. Open it in a web browser to print it.</source>
            <translation>Enregistrée dans {path}. Ouvrez-la dans un navigateur web pour l'imprimer.</translation>
        </message>
        <message>
            <source>Save workshop handout</source>
            <translation>Enregistrer la fiche de l'atelier</translation>
        </message>
        <message>
            <source>Web page (*.html)</source>
            <translation>Page web (*.html)</translation>
        </message>
        <message>
            <source>Language changed</source>
            <translation>Langue modifiée</translation>
        </message>
        <message>
            <source>Grantscope will use the new language the next time it starts.</source>
            <translation>Grantscope utilisera la nouvelle langue au prochain démarrage.</translation>
        </message>
        <message>
            <source>Disconnect {account}</source>
            <translation>Déconnecter {account}</translation>
        </message>
        <message>
            <source>Sign out and forget this account's key (the provider keeps your grants)</source>
            <translation>Se déconnecter et oublier la clé de ce compte (le fournisseur garde vos autorisations)</translation>
        </message>
        <message>
            <source>Reconnect {accounts}?</source>
            <translation>Reconnecter {accounts} ?</translation>
        </message>
        <message>
            <source>You connected {n} account(s) last time. Choose Accounts › Reconnect to list the apps again; nothing is sent to a provider until you do.</source>
            <translation>Vous aviez connecté {n} compte(s) la dernière fois. Choisissez Comptes › Reconnecter pour lister à nouveau les apps ; rien n'est envoyé à un fournisseur avant cela.</translation>
        </message>
        <message>
            <source>Talking to the provider…</source>
            <translation>Échange avec le fournisseur…</translation>
        </message>
        <message>
            <source>List Apps Again: {account}</source>
            <translation>Relister les apps : {account}</translation>
        </message>
        <message>
            <source>Open Account Page: {account}</source>
            <translation>Ouvrir la page du compte : {account}</translation>
        </message>
        <message>
            <source>Reconnect {account}</source>
            <translation>Reconnecter {account}</translation>
        </message>
        <message>
            <source>Sign in with the key saved in your keychain and list the apps</source>
            <translation>Se connecter avec la clé enregistrée dans votre trousseau et lister les apps</translation>
        </message>
        <message>
            <source>Forget {account}</source>
            <translation>Oublier {account}</translation>
        </message>
        <message>
            <source>Delete the saved sign-in from your keychain</source>
            <translation>Supprimer la connexion enregistrée de votre trousseau</translation>
        </message>
        <message>
            <source>Stop Retrying Revocation: {account}</source>
            <translation>Arrêter de réessayer la révocation : {account}</translation>
        </message>
        <message>
            <source>Grantscope's old sign-in may still be valid at the provider; remove it there</source>
            <translation>L'ancienne connexion de Grantscope est peut-être encore valable chez le fournisseur ; retirez-la là-bas</translation>
        </message>
        <message>
            <source>Revoke Access…</source>
            <translation>Révoquer l'accès…</translation>
        </message>
        <message>
            <source>Manage on {platform}</source>
            <translation>Gérer sur {platform}</translation>
        </message>
        <message>
            <source>Reading {names}…</source>
            <translation>Lecture de {names}…</translation>
        </message>
        <message>
            <source>{n} of {total} files could not be read</source>
            <translation>{n} fichiers sur {total} n'ont pas pu être lus</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Open Archive…</source>
            <translation>&amp;Ouvrir une archive…</translation>
        </message>
        <message>
            <source>Open one or more archive files (ZIP or TGZ)</source>
            <translation>Ouvrir un ou plusieurs fichiers d'archive (ZIP ou TGZ)</translation>
        </message>
        <message>
            <source>Open Unpacked &amp;Folder…</source>
            <translation>Ouvrir un &amp;dossier décompressé…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Ouvrir un fichier &amp;récent</translation>
        </message>
        <message>
            <source>Try the &amp;Demo</source>
            <translation>Essayer la dé&amp;mo</translation>
        </message>
        <message>
            <source>Try a Demo &amp;Person</source>
            <translation>Essayer une &amp;personne de démo</translation>
        </message>
        <message>
            <source>&amp;Sam, a student</source>
            <translation>&amp;Sam, étudiant·e</translation>
        </message>
        <message>
            <source>&amp;Pat, a parent</source>
            <translation>&amp;Pat, parent</translation>
        </message>
        <message>
            <source>&amp;Kim, a small-business owner</source>
            <translation>&amp;Kim, commerçante</translation>
        </message>
        <message>
            <source>&amp;Export Summary…</source>
            <translation>&amp;Exporter le résumé…</translation>
        </message>
        <message>
            <source>&amp;Close All</source>
            <translation>&amp;Tout fermer</translation>
        </message>
        <message>
            <source>Forget the loaded archives (the files are not touched)</source>
            <translation>Oublier les archives chargées (les fichiers ne sont pas modifiés)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Rechercher…</translation>
        </message>
        <message>
            <source>C&amp;lear Filters</source>
            <translation>Effacer &amp;les filtres</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Préférences…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>Zoom a&amp;vant</translation>
        </message>
        <message>
            <source>Larger text, for example on a projector</source>
            <translation>Texte plus grand, par exemple sur un projecteur</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Zoom a&amp;rrière</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>&amp;Taille réelle</translation>
        </message>
        <message>
            <source>&amp;Presentation Mode</source>
            <translation>Mode &amp;présentation</translation>
        </message>
        <message>
            <source>Full screen, large type, high contrast, names and paths hidden</source>
            <translation>Plein écran, grands caractères, contraste élevé, noms et chemins masqués</translation>
        </message>
        <message>
            <source>&amp;Accounts</source>
            <translation>&amp;Comptes</translation>
        </message>
        <message>
            <source>&amp;Connect Account…</source>
            <translation>&amp;Connecter un compte…</translation>
        </message>
        <message>
            <source>List and revoke grants live from an identity provider</source>
            <translation>Lister et révoquer les autorisations en direct chez un fournisseur d'identité</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>How to Get Your &amp;Archive</source>
            <translation>Comment obtenir votre &amp;archive</translation>
        </message>
        <message>
            <source>&amp;About Grantscope</source>
            <translation>À &amp;propos de Grantscope</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <source>Save Workshop &amp;Handout…</source>
            <translation>Enregistrer la &amp;fiche de l'atelier…</translation>
        </message>
        <message>
            <source>A printable page for workshop participants</source>
            <translation>Une page à imprimer pour les participants à l'atelier</translation>
        </message>
        <message>
            <source>&amp;Clean-up</source>
            <translation>&amp;Nettoyage</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Aide</translation>
        </message>
        <message>
            <source>Mark selected as "Remove it"</source>
            <translation>Marquer la sélection comme « La retirer »</translation>
        </message>
        <message>
            <source>Mark selected as "Keep"</source>
            <translation>Marquer la sélection comme « Garder »</translation>
        </message>
        <message>
            <source>Mark selected as "Reviewed"</source>
            <translation>Marquer la sélection comme « Examinée »</translation>
        </message>
        <message>
            <source>Clear the decision of selected</source>
            <translation>Effacer la décision de la sélection</translation>
        </message>
        <message>
            <source>Mark all stale apps as "Remove it"</source>
            <translation>Marquer toutes les apps inutilisées depuis longtemps comme « La retirer »</translation>
        </message>
        <message>
            <source>Clean-up plan…</source>
            <translation>Plan de nettoyage…</translation>
        </message>
        <message>
            <source>Draft a deletion request…</source>
            <translation>Rédiger une demande de suppression…</translation>
        </message>
        <message>
            <source>Ask the selected app's developer to delete what it copied (GDPR Art. 17 or CCPA); nothing is sent</source>
            <translation>Demander au développeur de l'app sélectionnée de supprimer ce qu'elle a copié (RGPD art. 17 ou CCPA) ; rien n'est envoyé</translation>
        </message>
        <message>
            <source>What changed…</source>
            <translation>Ce qui a changé…</translation>
        </message>
        <message>
            <source>Compare an older and a newer export of the same account</source>
            <translation>Comparer un export plus ancien et un plus récent du même compte</translation>
        </message>
        <message>
            <source>Clear Menu</source>
            <translation>Effacer la liste</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Dismiss message</source>
            <translation>Fermer le message</translation>
        </message>
        <message>
            <source>Hide this message</source>
            <translation>Masquer ce message</translation>
        </message>
    </context>
    <context>
        <name>OverviewCards</name>
        <message>
            <source>Apps with access now</source>
            <extracomment>Cards that filter the grant list (the others switch to their own tab).</extracomment>
            <translation>Apps ayant accès maintenant</translation>
        </message>
        <message>
            <source>Apps and websites that can still reach your data. Click to list them.</source>
            <translation>Apps et sites web qui peuvent encore atteindre vos données. Cliquez pour les lister.</translation>
        </message>
        <message>
            <source>Listed, status not stated</source>
            <translation>Listée, statut non indiqué</translation>
        </message>
        <message>
            <source>Apps these exports list without saying whether they can still reach your data. Check on the platform whether they are still connected. Click to list them.</source>
            <translation>Apps que ces exports listent sans dire si elles peuvent encore atteindre vos données. Vérifiez sur la plateforme si elles sont toujours connectées. Cliquez pour les lister.</translation>
        </message>
        <message>
            <source>Need attention</source>
            <translation>À examiner</translation>
        </message>
        <message>
            <source>Apps with a high-risk finding. Click to list them.</source>
            <translation>Apps ayant un constat de risque élevé. Cliquez pour les lister.</translation>
        </message>
        <message>
            <source>Unused for {n}+ days</source>
            <translation>Inutilisées depuis {n}+ jours</translation>
        </message>
        <message>
            <source>Apps with access but no sign of use in the last {n} days. Click to list them.</source>
            <translation>Apps ayant accès mais sans signe d'utilisation ces {n} derniers jours. Cliquez pour les lister.</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Expirées</translation>
        </message>
        <message>
            <source>Apps whose access expired: they keep the data they already took. Click to list them.</source>
            <translation>Apps dont l'accès a expiré : elles gardent les données déjà prises. Cliquez pour les lister.</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Retirées</translation>
        </message>
        <message>
            <source>Apps whose access was removed. Click to list them.</source>
            <translation>Apps dont l'accès a été retiré. Cliquez pour les lister.</translation>
        </message>
        <message>
            <source>Your own apps</source>
            <translation>Vos propres apps</translation>
        </message>
        <message>
            <source>Apps you manage as a developer and the platform's own apps (such as Twitter for Android). They are not third parties and are not counted elsewhere. Click to list them.</source>
            <translation>Apps que vous gérez en tant que développeur et apps de la plateforme elle-même (comme Twitter pour Android). Ce ne sont pas des tiers et elles ne sont pas comptées ailleurs. Cliquez pour les lister.</translation>
        </message>
        <message>
            <source>Businesses sending your activity</source>
            <translation>Entreprises qui envoient votre activité</translation>
        </message>
        <message>
            <source>Businesses that told the platform what you did on their sites and apps. Click to see them.</source>
            <translation>Entreprises qui ont dit à la plateforme ce que vous avez fait sur leurs sites et apps. Cliquez pour les voir.</translation>
        </message>
        <message>
            <source>Advertisers with your information</source>
            <translation>Annonceurs ayant vos informations</translation>
        </message>
        <message>
            <source>Advertisers that uploaded or used a list with your information. Click to see them.</source>
            <translation>Annonceurs qui ont téléversé ou utilisé une liste contenant vos informations. Cliquez pour les voir.</translation>
        </message>
    </context>
    <context>
        <name>PlanView</name>
        <message>
            <source>No app is marked "Remove it" yet. Select apps in the list and choose Clean-up → Mark selected as "Remove it".</source>
            <translation>Aucune app n'est encore marquée « La retirer ». Sélectionnez des apps dans la liste et choisissez Nettoyage → Marquer la sélection comme « La retirer ».</translation>
        </message>
        <message>
            <source>Print checklist (PDF)…</source>
            <translation>Imprimer la liste de contrôle (PDF)…</translation>
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
            <translation>Enregistrer le plan de nettoyage dans un fichier</translation>
        </message>
        <message>
            <source>to do</source>
            <translation>à faire</translation>
        </message>
        <message>
            <source>done, waiting for proof</source>
            <translation>fait, en attente de preuve</translation>
        </message>
        <message>
            <source>verified gone</source>
            <translation>retrait confirmé</translation>
        </message>
        <message>
            <source>still connected</source>
            <translation>toujours connectée</translation>
        </message>
        <message>
            <source>deletion requested {day}</source>
            <translation>suppression demandée le {day}</translation>
        </message>
        <message>
            <source>{done} of {total} done</source>
            <translation>Fait : {done} sur {total}</translation>
        </message>
        <message>
            <source>Still connected: {apps}. You ticked these done, but a newer export still lists them as active; remove them again.</source>
            <translation>Toujours connectées : {apps}. Vous les avez cochées comme faites, mais un export plus récent les liste encore comme actives ; retirez-les à nouveau.</translation>
        </message>
        <message>
            <source>Open {platform} settings</source>
            <translation>Ouvrir les paramètres de {platform}</translation>
        </message>
        <message>
            <source>{platform} settings, the list of connected apps</source>
            <translation>Paramètres de {platform}, liste des apps connectées</translation>
        </message>
        <message>
            <source>Where to click: {where}</source>
            <translation>Où cliquer : {where}</translation>
        </message>
        <message>
            <source>Done: {app}</source>
            <translation>Fait : {app}</translation>
        </message>
        <message>
            <source>Revoke now</source>
            <translation>Révoquer maintenant</translation>
        </message>
        <message>
            <source>Deletion request…</source>
            <translation>Demande de suppression…</translation>
        </message>
        <message>
            <source>Can see: {what}</source>
            <translation>Peut voir : {what}</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <extracomment>The shipped translations (resources/translations/grantscope_&lt;code&gt;.ts), named in their own language. "" for the system's language, else a language code ("de", "fr", "es", "en")</extracomment>
            <translation>Préférences</translation>
        </message>
        <message>
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <source>Days without use before an app is flagged</source>
            <translation>Jours sans utilisation avant qu'une app soit signalée</translation>
        </message>
        <message>
            <source>Apps unused for longer are flagged as not used for a long time</source>
            <translation>Les apps inutilisées plus longtemps sont signalées comme inutilisées depuis longtemps</translation>
        </message>
        <message>
            <source>An app that still has access but shows no sign of use for longer than this is flagged as “not used for a long time”. Facebook itself cuts off apps unused for 90 days.</source>
            <translation>Une app qui a encore accès mais ne montre aucun signe d'utilisation depuis plus longtemps que cela est signalée comme « inutilisée depuis longtemps ». Facebook coupe lui-même les apps inutilisées depuis 90 jours.</translation>
        </message>
        <message>
            <source>Flag apps unused for more than:</source>
            <translation>Signaler les apps inutilisées depuis plus de :</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Langue du système</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>The language of Grantscope; applies at the next start</source>
            <translation>La langue de Grantscope ; s'applique au prochain démarrage</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
    </context>
    <context>
        <name>SourcesPanel</name>
        <message>
            <source>The archives and accounts read, with any warnings</source>
            <extracomment>Presentation mode: archives shown by file name only, connected accounts not named.</extracomment>
            <translation>Les archives et comptes lus, avec les éventuels avertissements</translation>
        </message>
        <message>
            <source>Nothing has been read yet.</source>
            <translation>Rien n'a encore été lu.</translation>
        </message>
        <message>
            <source>and {n} more</source>
            <translation>et {n} de plus</translation>
        </message>
        <message>
            <source>Not read</source>
            <translation>Non lu</translation>
        </message>
        <message>
            <source>{platform}: connected account</source>
            <translation>{platform} : compte connecté</translation>
        </message>
        <message>
            <source>{platform} archive, {generation} layout</source>
            <translation>Archive {platform}, format {generation}</translation>
        </message>
        <message>
            <source>{platform} archive</source>
            <translation>Archive {platform}</translation>
        </message>
        <message>
            <source>Files used: {n}</source>
            <translation>Fichiers utilisés : {n}</translation>
        </message>
        <message>
            <source>Files with nothing in them: {n}</source>
            <translation>Fichiers sans contenu : {n}</translation>
        </message>
        <message>
            <source>No file with app data was found in this archive.</source>
            <translation>Aucun fichier contenant des données d'apps n'a été trouvé dans cette archive.</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <source>{first} + {n} more parts</source>
            <translation>{first} + {n} autres parties</translation>
        </message>
        <message>
            <source>See who can reach your accounts</source>
            <translation>Voyez qui peut atteindre vos comptes</translation>
        </message>
        <message>
            <source>Grantscope lists every app and website that can reach your Facebook, Instagram, X and other accounts' data, what each one can see, and where to cut it off. It reads the archive you download from each platform right here on your computer: nothing is uploaded, nothing is changed.</source>
            <translation>Grantscope liste toutes les apps et tous les sites web qui peuvent atteindre les données de vos comptes Facebook, Instagram, X et autres, ce que chacun peut voir, et où couper l'accès. Il lit l'archive que vous téléchargez de chaque plateforme, ici sur votre ordinateur : rien n'est envoyé, rien n'est modifié.</translation>
        </message>
        <message>
            <source>Open archive…</source>
            <translation>Ouvrir une archive…</translation>
        </message>
        <message>
            <source>Choose one or more ZIP or TGZ archive files</source>
            <translation>Choisir un ou plusieurs fichiers d'archive ZIP ou TGZ</translation>
        </message>
        <message>
            <source>Open unpacked folder…</source>
            <translation>Ouvrir un dossier décompressé…</translation>
        </message>
        <message>
            <source>Choose a folder with an archive already unpacked</source>
            <translation>Choisir un dossier contenant une archive déjà décompressée</translation>
        </message>
        <message>
            <source>Try the demo</source>
            <translation>Essayer la démo</translation>
        </message>
        <message>
            <source>Load the archives of a fictional person to see how it works</source>
            <translation>Charger les archives d'une personne fictive pour voir comment cela fonctionne</translation>
        </message>
        <message>
            <source>Back to your list</source>
            <translation>Retour à votre liste</translation>
        </message>
        <message>
            <source>Return to the apps and websites you have opened</source>
            <translation>Revenir aux apps et sites web que vous avez ouverts</translation>
        </message>
        <message>
            <source>You can also drop archives (ZIP, TGZ, several parts at once) or an unpacked folder anywhere on this window.</source>
            <translation>Vous pouvez aussi déposer des archives (ZIP, TGZ, plusieurs parties à la fois) ou un dossier décompressé n'importe où sur cette fenêtre.</translation>
        </message>
        <message>
            <source>Get your archive</source>
            <translation>Obtenir votre archive</translation>
        </message>
        <message>
            <source>Ask each platform for a copy of your data in JSON format. It is free; the platform tells you when it is ready to download.</source>
            <translation>Demandez à chaque plateforme une copie de vos données au format JSON. C'est gratuit ; la plateforme vous prévient quand elle est prête à télécharger.</translation>
        </message>
        <message>
            <source>Grantscope never connects to these platforms when it reads an archive. The links above open in your web browser.</source>
            <translation>Grantscope ne se connecte jamais à ces plateformes lorsqu'il lit une archive. Les liens ci-dessus s'ouvrent dans votre navigateur web.</translation>
        </message>
        <message>
            <source>Settings &amp; privacy › Settings › Accounts Center › Your information and permissions › Download your information. Pick your Facebook profile, choose “Apps and websites” (or everything) and the JSON format.</source>
            <translation>Paramètres et confidentialité › Paramètres › Espace Comptes › Vos informations et autorisations › Télécharger vos informations. Choisissez votre profil Facebook, « Apps et sites web » (ou tout) et le format JSON.</translation>
        </message>
        <message>
            <source>Usually ready within a day; Facebook notifies you.</source>
            <translation>Généralement prête en un jour ; Facebook vous prévient.</translation>
        </message>
        <message>
            <source>Settings › Accounts Center › Your information and permissions › Download your information. Pick your Instagram account and the JSON format.</source>
            <translation>Paramètres › Espace Comptes › Vos informations et autorisations › Télécharger vos informations. Choisissez votre compte Instagram et le format JSON.</translation>
        </message>
        <message>
            <source>Can take up to 14 days; Instagram e-mails you.</source>
            <translation>Peut prendre jusqu'à 14 jours ; Instagram vous envoie un e-mail.</translation>
        </message>
        <message>
            <source>More › Settings and privacy › Your account › Download an archive of your data. Confirm your password and the code you receive.</source>
            <translation>Plus › Paramètres et confidentialité › Votre compte › Télécharger une archive de vos données. Confirmez votre mot de passe et le code reçu.</translation>
        </message>
        <message>
            <source>Takes 24 hours or more; X notifies you.</source>
            <translation>Prend 24 heures ou plus ; X vous prévient.</translation>
        </message>
        <message>
            <source>takeout.google.com › pick the products (Access log activity, Chrome, Google Play Store) › Next step › Create export. Takeout has no list of connected apps: Grantscope links to Google's own page for those.</source>
            <translation>takeout.google.com › choisissez les produits (Activité du journal d'accès, Chrome, Google Play Store) › Étape suivante › Créer une exportation. Takeout n'a pas de liste des apps connectées : Grantscope renvoie pour cela à la page de Google.</translation>
        </message>
        <message>
            <source>Minutes to days, in one or more parts; Google e-mails you.</source>
            <translation>De quelques minutes à quelques jours, en une ou plusieurs parties ; Google vous envoie un e-mail.</translation>
        </message>
        <message>
            <source>accounts.snapchat.com › My Data › tick “Export your data in JSON” › Submit.</source>
            <translation>accounts.snapchat.com › Mes données › cochez « Exporter vos données en JSON » › Envoyer.</translation>
        </message>
        <message>
            <source>Usually within a day; Snapchat e-mails you a link.</source>
            <translation>Généralement en un jour ; Snapchat vous envoie un lien par e-mail.</translation>
        </message>
        <message>
            <source>In the app: Profile › Menu › Settings and privacy › Account › Download your data › JSON › Request data.</source>
            <translation>Dans l'app : Profil › Menu › Paramètres et confidentialité › Compte › Télécharger vos données › JSON › Demander les données.</translation>
        </message>
        <message>
            <source>A few days; the file appears on the same page.</source>
            <translation>Quelques jours ; le fichier apparaît sur la même page.</translation>
        </message>
        <message>
            <source>User Settings › Data &amp; Privacy › Request all of my data (under “Request your data”).</source>
            <translation>Paramètres utilisateur › Données et confidentialité › Demander toutes mes données (sous « Demander vos données »).</translation>
        </message>
        <message>
            <source>Up to 30 days; Discord e-mails you a link.</source>
            <translation>Jusqu'à 30 jours ; Discord vous envoie un lien par e-mail.</translation>
        </message>
        <message>
            <source>reddit.com › Settings › Privacy › Request your data (a data request form).</source>
            <translation>reddit.com › Paramètres › Confidentialité › Demander vos données (un formulaire de demande).</translation>
        </message>
        <message>
            <source>Up to 30 days; Reddit sends it to your inbox.</source>
            <translation>Jusqu'à 30 jours ; Reddit l'envoie dans votre boîte de réception.</translation>
        </message>
        <message>
            <source>Request it on {platform}</source>
            <translation>La demander sur {platform}</translation>
        </message>
        <message>
            <source>Opens {url} in your web browser</source>
            <translation>Ouvre {url} dans votre navigateur web</translation>
        </message>
        <message>
            <source>Requested inside the platform's own app</source>
            <translation>Se demande dans l'app de la plateforme elle-même</translation>
        </message>
        <message>
            <source>Open again</source>
            <translation>Rouvrir</translation>
        </message>
    </context>
    <context>
        <name>platform</name>
        <message>
            <source>Unknown</source>
            <extracomment>Demo inputs: archives, plus folders (an unpacked export); the generator script is skipped. where to click, in words (the only guidance for platforms without a settings web page)</extracomment>
            <translation>Inconnue</translation>
        </message>
    </context>
    <context>
        <name>ConfirmRevoke</name>
        <message>
            <source>Keycloak removes your consent and also ends the app's offline access, so it can no longer act for you while you are away.</source>
            <extracomment>How many scopes the dialog lists before "and N more".</extracomment>
            <translation>Keycloak supprime votre consentement et met aussi fin à l'accès hors ligne de l'app : elle ne peut plus agir pour vous en votre absence.</translation>
        </message>
        <message>
            <source>authentik removes your consent; {app} will have to ask for it again.</source>
            <translation>authentik supprime votre consentement ; {app} devra le redemander.</translation>
        </message>
        <message>
            <source>This consent was given for everyone in your organisation. Revoking it removes {app}'s access for every user, which may stop it working for your colleagues.</source>
            <translation>Ce consentement a été donné pour toute votre organisation. Le révoquer retire l'accès de {app} pour chaque utilisateur, ce qui peut l'empêcher de fonctionner pour vos collègues.</translation>
        </message>
        <message>
            <source>Access tokens {app} already holds stay valid until they expire (about an hour); it gets no new ones.</source>
            <translation>Les jetons d'accès que {app} détient déjà restent valables jusqu'à leur expiration (environ une heure) ; elle n'en reçoit plus de nouveaux.</translation>
        </message>
        <message>
            <source>Google deletes every token {user} issued to {app}; the app is signed out for that user.</source>
            <translation>Google supprime tous les jetons que {user} a accordés à {app} ; l'app est déconnectée pour cet utilisateur.</translation>
        </message>
    </context>
    <context>
        <name>ConnectAccount</name>
        <message>
            <source>Required.</source>
            <extracomment>Extra params offered under "Advanced" (see notes/connectors_api.md): they override the preset's template.</extracomment>
            <translation>Obligatoire.</translation>
        </message>
        <message>
            <source>Enter the full address, starting with https://</source>
            <translation>Saisissez l'adresse complète, commençant par https://</translation>
        </message>
        <message>
            <source>Grantscope only signs in over https.</source>
            <translation>Grantscope ne se connecte qu'en https.</translation>
        </message>
        <message>
            <source>Enter only the server's name, like id.example.org (no spaces, no path). For an address with a path, use “Issuer address” under Advanced.</source>
            <translation>Saisissez seulement le nom du serveur, par exemple id.example.org (sans espaces ni chemin). Pour une adresse avec un chemin, utilisez « Adresse de l'émetteur » sous Avancé.</translation>
        </message>
        <message>
            <source>This cannot contain spaces or slashes.</source>
            <translation>Ce champ ne peut contenir ni espaces ni barres obliques.</translation>
        </message>
        <message>
            <source>A client ID has no spaces. Copy it again from the provider.</source>
            <translation>Un identifiant client ne contient pas d'espaces. Copiez-le à nouveau depuis le fournisseur.</translation>
        </message>
        <message>
            <source>Enter the e-mail address of the user whose apps you want to review.</source>
            <translation>Saisissez l'adresse e-mail de l'utilisateur dont vous voulez examiner les apps.</translation>
        </message>
    </context>
    <context>
        <name>OpenArchive</name>
        <message>
            <source>Open unpacked archive folder</source>
            <translation>Ouvrir un dossier d'archive décompressé</translation>
        </message>
        <message>
            <source>Open archive</source>
            <translation>Ouvrir une archive</translation>
        </message>
        <message>
            <source>Data archives (*.zip *.tgz *.tar.gz *.tar)</source>
            <translation>Archives de données (*.zip *.tgz *.tar.gz *.tar)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
    </context>
    <context>
        <name>formatting</name>
        <message>
            <source>unknown</source>
            <translation>inconnue</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>The file</source>
            <translation>Le fichier</translation>
        </message>
        <message>
            <source>{name} is password-protected</source>
            <translation>{name} est protégé par un mot de passe</translation>
        </message>
        <message>
            <source>Grantscope cannot read encrypted archives. Unpack it with the password using your system's archive tool, then open the unpacked folder, or download an unencrypted copy.</source>
            <translation>Grantscope ne peut pas lire les archives chiffrées. Décompressez-la avec le mot de passe à l'aide de l'outil d'archives de votre système, puis ouvrez le dossier décompressé, ou téléchargez une copie non chiffrée.</translation>
        </message>
        <message>
            <source>{name} was not read: it is larger than the safety limit</source>
            <translation>{name} n'a pas été lu : il dépasse la limite de sécurité</translation>
        </message>
        <message>
            <source>A file inside is unusually large or compresses suspiciously well (like a “zip bomb”), so Grantscope stopped reading it to protect your computer. If you downloaded it from the platform yourself, unpack it and open the folder instead.</source>
            <translation>Un fichier à l'intérieur est anormalement gros ou se compresse de façon suspecte (comme une « bombe zip ») ; Grantscope a donc arrêté la lecture pour protéger votre ordinateur. Si vous l'avez téléchargé vous-même depuis la plateforme, décompressez-le et ouvrez plutôt le dossier.</translation>
        </message>
        <message>
            <source>No supported data was found in {name}</source>
            <translation>Aucune donnée prise en charge n'a été trouvée dans {name}</translation>
        </message>
        <message>
            <source>This does not look like a data archive from Facebook, Instagram or X. Choose the archive you downloaded from the platform (in JSON format if you were asked), or all of its parts at once.</source>
            <translation>Cela ne ressemble pas à une archive de données de Facebook, Instagram ou X. Choisissez l'archive téléchargée depuis la plateforme (au format JSON si on vous l'a demandé), ou toutes ses parties à la fois.</translation>
        </message>
        <message>
            <source>{name} could not be found</source>
            <translation>{name} est introuvable</translation>
        </message>
        <message>
            <source>It may have been moved, renamed or deleted. Open it again from its new place.</source>
            <translation>Il a peut-être été déplacé, renommé ou supprimé. Ouvrez-le à nouveau depuis son nouvel emplacement.</translation>
        </message>
        <message>
            <source>{name} cannot be opened</source>
            <translation>Impossible d'ouvrir {name}</translation>
        </message>
        <message>
            <source>Your account may not have permission to read it, or another program may be using it. Check that you can open it, then try again.</source>
            <translation>Votre compte n'a peut-être pas le droit de le lire, ou un autre programme l'utilise. Vérifiez que vous pouvez l'ouvrir, puis réessayez.</translation>
        </message>
        <message>
            <source>{name} is empty</source>
            <translation>{name} est vide</translation>
        </message>
        <message>
            <source>The file has no content, which usually means the download did not finish. Download the archive again.</source>
            <translation>Le fichier n'a aucun contenu, ce qui signifie en général que le téléchargement ne s'est pas terminé. Téléchargez à nouveau l'archive.</translation>
        </message>
        <message>
            <source>{name} is not an archive</source>
            <translation>{name} n'est pas une archive</translation>
        </message>
        <message>
            <source>Grantscope reads ZIP and TGZ archives and unpacked folders. Choose the archive you downloaded from the platform.</source>
            <translation>Grantscope lit les archives ZIP et TGZ ainsi que les dossiers décompressés. Choisissez l'archive téléchargée depuis la plateforme.</translation>
        </message>
        <message>
            <source>{name} is incomplete</source>
            <translation>{name} est incomplet</translation>
        </message>
        <message>
            <source>The end of the archive is missing, which usually means the download was interrupted. Download the archive again, then open it.</source>
            <translation>La fin de l'archive manque, ce qui signifie en général que le téléchargement a été interrompu. Téléchargez à nouveau l'archive, puis ouvrez-la.</translation>
        </message>
        <message>
            <source>{name} has too many files inside</source>
            <translation>{name} contient trop de fichiers</translation>
        </message>
        <message>
            <source>It holds more files than any platform archive should, so Grantscope stopped reading it to protect your computer.</source>
            <translation>Il contient plus de fichiers qu'aucune archive de plateforme ne devrait en avoir ; Grantscope a donc arrêté la lecture pour protéger votre ordinateur.</translation>
        </message>
        <message>
            <source>A data file in {name} is damaged</source>
            <translation>Un fichier de données de {name} est endommagé</translation>
        </message>
        <message>
            <source>It is not valid JSON. Download the archive again.</source>
            <translation>Ce n'est pas du JSON valide. Téléchargez à nouveau l'archive.</translation>
        </message>
        <message>
            <source>{name} is damaged</source>
            <translation>{name} est endommagé</translation>
        </message>
        <message>
            <source>The archive cannot be read. Download it again from the platform, then open it.</source>
            <translation>L'archive est illisible. Téléchargez-la à nouveau depuis la plateforme, puis ouvrez-la.</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <source>Your sign-in has expired</source>
            <translation>Votre connexion a expiré</translation>
        </message>
        <message>
            <source>Sign in to the account again to continue.</source>
            <translation>Reconnectez-vous au compte pour continuer.</translation>
        </message>
        <message>
            <source>The provider asked Grantscope to slow down</source>
            <translation>Le fournisseur a demandé à Grantscope de ralentir</translation>
        </message>
        <message>
            <source>Wait a minute, then try again.</source>
            <translation>Attendez une minute, puis réessayez.</translation>
        </message>
        <message>
            <source>Access could not be removed</source>
            <translation>L'accès n'a pas pu être retiré</translation>
        </message>
        <message>
            <source>The provider did not confirm the change. Try again, or remove the app on the provider's settings page.</source>
            <translation>Le fournisseur n'a pas confirmé la modification. Réessayez, ou retirez l'app sur la page de paramètres du fournisseur.</translation>
        </message>
        <message>
            <source>The provider could not be reached</source>
            <translation>Le fournisseur est injoignable</translation>
        </message>
        <message>
            <source>Check your internet connection and the address of the server, then try again.</source>
            <translation>Vérifiez votre connexion Internet et l'adresse du serveur, puis réessayez.</translation>
        </message>
        <message>
            <source>No keychain is available</source>
            <translation>Aucun trousseau n'est disponible</translation>
        </message>
        <message>
            <source>Your sign-in is kept in memory for this session only; you will need to sign in again next time.</source>
            <translation>Votre connexion est gardée en mémoire pour cette session seulement ; vous devrez vous reconnecter la prochaine fois.</translation>
        </message>
        <message>
            <source>Your decision was not saved</source>
            <translation>Votre décision n'a pas été enregistrée</translation>
        </message>
        <message>
            <source>The data folder is read-only. Your saved decisions are shown, but new ones cannot be saved until the folder can be written.</source>
            <translation>Le dossier de données est en lecture seule. Vos décisions enregistrées sont affichées, mais les nouvelles ne pourront être enregistrées que lorsque le dossier sera accessible en écriture.</translation>
        </message>
        <message>
            <source>The summary could not be saved</source>
            <translation>Le résumé n'a pas pu être enregistré</translation>
        </message>
        <message>
            <source>Nothing was written. Choose another folder and try again.</source>
            <translation>Rien n'a été écrit. Choisissez un autre dossier et réessayez.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Un problème est survenu</translation>
        </message>
        <message>
            <source>Please try again.</source>
            <translation>Veuillez réessayer.</translation>
        </message>
        <message>
            <source>Not enough memory</source>
            <translation>Mémoire insuffisante</translation>
        </message>
        <message>
            <source>The archive is too large for this computer's memory. Close other programs and try again, or open only the part that holds your apps.</source>
            <translation>L'archive est trop grande pour la mémoire de cet ordinateur. Fermez d'autres programmes et réessayez, ou n'ouvrez que la partie qui contient vos apps.</translation>
        </message>
        <message>
            <source>Something unexpected went wrong</source>
            <translation>Un problème inattendu est survenu</translation>
        </message>
        <message>
            <source>This is a bug in Grantscope. The details were written to the log file.</source>
            <translation>Il s'agit d'un bogue de Grantscope. Les détails ont été écrits dans le fichier journal.</translation>
        </message>
        <message>
            <source>The demo archives are missing</source>
            <translation>Les archives de démonstration manquent</translation>
        </message>
        <message>
            <source>This copy of Grantscope has no demo data. Run “uv run python resources/demo/build_demo.py” to create it.</source>
            <translation>Cette copie de Grantscope n'a pas de données de démonstration. Lancez « uv run python resources/demo/build_demo.py » pour les créer.</translation>
        </message>
        <message>
            <source>{name} is already open</source>
            <translation>{name} est déjà ouvert</translation>
        </message>
        <message>
            <source>Its apps are already in the list.</source>
            <translation>Ses apps figurent déjà dans la liste.</translation>
        </message>
        <message>
            <source>The provider</source>
            <translation>Le fournisseur</translation>
        </message>
        <message>
            <source>Access was declined in the browser</source>
            <translation>L'accès a été refusé dans le navigateur</translation>
        </message>
        <message>
            <source>Grantscope did not connect and nothing was changed. Sign in again and choose “Allow” if you want to review this account's apps.</source>
            <translation>Grantscope ne s'est pas connecté et rien n'a été modifié. Reconnectez-vous et choisissez « Autoriser » si vous voulez examiner les apps de ce compte.</translation>
        </message>
        <message>
            <source>Your sign-in to {provider} has expired</source>
            <translation>Votre connexion à {provider} a expiré</translation>
        </message>
        <message>
            <source>The provider no longer accepts Grantscope's saved sign-in (it expired or was revoked). Sign in again to continue.</source>
            <translation>Le fournisseur n'accepte plus la connexion enregistrée de Grantscope (elle a expiré ou a été révoquée). Reconnectez-vous pour continuer.</translation>
        </message>
        <message>
            <source>a role that allows reading app permissions</source>
            <translation>un rôle qui permet de lire les autorisations des apps</translation>
        </message>
        <message>
            <source>Your account lacks a permission {provider} requires</source>
            <translation>Il manque à votre compte une autorisation exigée par {provider}</translation>
        </message>
        <message>
            <source>{provider} refused the request. Your account needs: {role}. Ask an administrator to grant it, then try again.</source>
            <translation>{provider} a refusé la demande. Votre compte a besoin de : {role}. Demandez-la à un administrateur, puis réessayez.</translation>
        </message>
        <message>
            <source>{provider} has no account list at this address</source>
            <translation>{provider} n'a pas de liste de comptes à cette adresse</translation>
        </message>
        <message>
            <source>The server address, realm, tenant or application slug may be wrong, or the provider's account API is switched off. Check the details and connect again.</source>
            <translation>L'adresse du serveur, le realm, le tenant ou le slug de l'application est peut-être erroné, ou l'API de comptes du fournisseur est désactivée. Vérifiez les informations et reconnectez-vous.</translation>
        </message>
        <message>
            <source>Try again in {n} seconds.</source>
            <translation>Réessayez dans {n} secondes.</translation>
        </message>
        <message>
            <source>{provider} asked Grantscope to slow down</source>
            <translation>{provider} a demandé à Grantscope de ralentir</translation>
        </message>
        <message>
            <source>Too many requests were made in a short time. {when}</source>
            <translation>Trop de demandes ont été faites en peu de temps. {when}</translation>
        </message>
        <message>
            <source> (error {status})</source>
            <translation> (erreur {status})</translation>
        </message>
        <message>
            <source>{provider} did not remove the access</source>
            <translation>{provider} n'a pas retiré l'accès</translation>
        </message>
        <message>
            <source>The provider refused the change{status}. Try again, or remove the app on the provider's own settings page.</source>
            <translation>Le fournisseur a refusé la modification{status}. Réessayez, ou retirez l'app sur la page de paramètres du fournisseur.</translation>
        </message>
        <message>
            <source>{provider} refused the request</source>
            <translation>{provider} a refusé la demande</translation>
        </message>
        <message>
            <source>The provider answered with an error{status}. Try again later.</source>
            <translation>Le fournisseur a répondu par une erreur{status}. Réessayez plus tard.</translation>
        </message>
        <message>
            <source>Signing in to {provider} did not work</source>
            <translation>La connexion à {provider} n'a pas fonctionné</translation>
        </message>
        <message>
            <source>Some details are missing</source>
            <translation>Il manque des informations</translation>
        </message>
        <message>
            <source>Fill in: {fields}.</source>
            <translation>À remplir : {fields}.</translation>
        </message>
        <message>
            <source>the address you entered</source>
            <translation>l'adresse saisie</translation>
        </message>
        <message>
            <source>No sign-in service was found at {issuer}</source>
            <translation>Aucun service de connexion n'a été trouvé à {issuer}</translation>
        </message>
        <message>
            <source>Check the server address and the realm, tenant or slug. Grantscope looks for the provider's sign-in settings at that address and got no usable answer.</source>
            <translation>Vérifiez l'adresse du serveur et le realm, le tenant ou le slug. Grantscope cherche les paramètres de connexion du fournisseur à cette adresse et n'a reçu aucune réponse exploitable.</translation>
        </message>
        <message>
            <source>The server address must start with https://. Grantscope never signs in over an unencrypted connection.</source>
            <translation>L'adresse du serveur doit commencer par https://. Grantscope ne se connecte jamais par une connexion non chiffrée.</translation>
        </message>
        <message>
            <source>The server answered in the name of a different address. Check the server address (for older Keycloak servers enter the full issuer address with /auth/realms/… under Advanced).</source>
            <translation>Le serveur a répondu au nom d'une autre adresse. Vérifiez l'adresse du serveur (pour les anciens serveurs Keycloak, saisissez l'adresse complète de l'émetteur avec /auth/realms/… sous Avancé).</translation>
        </message>
        <message>
            <source>The sign-in was not finished in time</source>
            <translation>La connexion n'a pas été terminée à temps</translation>
        </message>
        <message>
            <source>No answer came back from the browser within 5 minutes. Start again and finish signing in in the browser window, or use a code instead.</source>
            <translation>Le navigateur n'a renvoyé aucune réponse en 5 minutes. Recommencez et terminez la connexion dans la fenêtre du navigateur, ou utilisez plutôt un code.</translation>
        </message>
        <message>
            <source>The web browser could not be opened</source>
            <translation>Le navigateur web n'a pas pu être ouvert</translation>
        </message>
        <message>
            <source>Grantscope signs in through your web browser. Choose “Use a code instead” to sign in on another device or browser.</source>
            <translation>Grantscope se connecte par votre navigateur web. Choisissez « Utiliser plutôt un code » pour vous connecter depuis un autre appareil ou navigateur.</translation>
        </message>
        <message>
            <source>Grantscope could not open a local address (127.0.0.1) to receive the answer from the browser. A security tool may be blocking it; use a code instead.</source>
            <translation>Grantscope n'a pas pu ouvrir d'adresse locale (127.0.0.1) pour recevoir la réponse du navigateur. Un outil de sécurité la bloque peut-être ; utilisez plutôt un code.</translation>
        </message>
        <message>
            <source>The sign-in code expired</source>
            <translation>Le code de connexion a expiré</translation>
        </message>
        <message>
            <source>The code was not entered in time. Start again and enter the new code promptly.</source>
            <translation>Le code n'a pas été saisi à temps. Recommencez et saisissez rapidement le nouveau code.</translation>
        </message>
        <message>
            <source>{provider} does not offer sign-in with a code here</source>
            <translation>{provider} ne propose pas ici la connexion par code</translation>
        </message>
        <message>
            <source>Sign in with the web browser on this computer instead, or allow the device authorization grant in the client's settings at the provider.</source>
            <translation>Connectez-vous plutôt avec le navigateur web de cet ordinateur, ou autorisez l'octroi par autorisation d'appareil dans les paramètres du client chez le fournisseur.</translation>
        </message>
        <message>
            <source>The provider gave no lasting sign-in. Check that the client may use offline access (the offline_access scope).</source>
            <translation>Le fournisseur n'a donné aucune connexion durable. Vérifiez que le client peut utiliser l'accès hors ligne (le scope offline_access).</translation>
        </message>
        <message>
            <source>an error</source>
            <translation>une erreur</translation>
        </message>
        <message>
            <source>{provider} does not accept this client ID</source>
            <translation>{provider} n'accepte pas cet identifiant client</translation>
        </message>
        <message>
            <source>The provider refused the sign-in before it started (the browser shows its error page). Check the client ID, and that the client allows the redirect address http://127.0.0.1 on any port, then sign in again.</source>
            <translation>Le fournisseur a refusé la connexion avant qu'elle commence (le navigateur affiche sa page d'erreur). Vérifiez l'identifiant client et que le client autorise l'adresse de redirection http://127.0.0.1 sur n'importe quel port, puis reconnectez-vous.</translation>
        </message>
        <message>
            <source>Check the client ID and that the client is registered as a public client.</source>
            <translation>Vérifiez l'identifiant client et que le client est enregistré comme client public.</translation>
        </message>
        <message>
            <source>The client is not allowed to use this sign-in method. Check its settings at the provider (standard flow, public client).</source>
            <translation>Le client n'a pas le droit d'utiliser cette méthode de connexion. Vérifiez ses paramètres chez le fournisseur (flux standard, client public).</translation>
        </message>
        <message>
            <source>The client is not allowed the scopes Grantscope asks for (see the README for the scopes each provider needs).</source>
            <translation>Le client n'a pas droit aux scopes que Grantscope demande (le README indique les scopes nécessaires pour chaque fournisseur).</translation>
        </message>
        <message>
            <source>Check that the client allows the redirect address http://127.0.0.1 on any port.</source>
            <translation>Vérifiez que le client autorise l'adresse de redirection http://127.0.0.1 sur n'importe quel port.</translation>
        </message>
        <message>
            <source>Start again; the sign-in answer could no longer be used.</source>
            <translation>Recommencez ; la réponse de connexion n'était plus utilisable.</translation>
        </message>
        <message>
            <source>Check the client registration at the provider, then try again.</source>
            <translation>Vérifiez l'enregistrement du client chez le fournisseur, puis réessayez.</translation>
        </message>
        <message>
            <source>The provider said “{said}”. {hint}</source>
            <translation>Le fournisseur a répondu « {said} ». {hint}</translation>
        </message>
        <message>
            <source>The certificate of {provider} could not be verified</source>
            <translation>Le certificat de {provider} n'a pas pu être vérifié</translation>
        </message>
        <message>
            <source>Grantscope only talks to servers with a valid certificate. Check the server address; if your organisation uses its own certificate authority, install it on this computer.</source>
            <translation>Grantscope ne communique qu'avec des serveurs ayant un certificat valide. Vérifiez l'adresse du serveur ; si votre organisation utilise sa propre autorité de certification, installez-la sur cet ordinateur.</translation>
        </message>
        <message>
            <source>{provider} did not answer in time</source>
            <translation>{provider} n'a pas répondu à temps</translation>
        </message>
        <message>
            <source>Check your internet connection, then try again.</source>
            <translation>Vérifiez votre connexion Internet, puis réessayez.</translation>
        </message>
        <message>
            <source>{provider} could not be reached</source>
            <translation>{provider} est injoignable</translation>
        </message>
        <message>
            <source>Check your internet connection and the server address, then try again.</source>
            <translation>Vérifiez votre connexion Internet et l'adresse du serveur, puis réessayez.</translation>
        </message>
        <message>
            <source>{provider} sent Grantscope to another address</source>
            <translation>{provider} a renvoyé Grantscope vers une autre adresse</translation>
        </message>
        <message>
            <source>Grantscope does not follow redirects when it sends a sign-in or a token, since the secret would go along. Check the server address; a proxy in front of the provider may be set up wrongly.</source>
            <translation>Grantscope ne suit pas les redirections lorsqu'il envoie une connexion ou un jeton, car le secret partirait avec. Vérifiez l'adresse du serveur ; un proxy devant le fournisseur est peut-être mal configuré.</translation>
        </message>
        <message>
            <source>{provider} gave an answer Grantscope does not understand</source>
            <translation>{provider} a donné une réponse que Grantscope ne comprend pas</translation>
        </message>
        <message>
            <source>The address may point to a web page instead of the provider's API. Check the server address (and the API address under Advanced).</source>
            <translation>L'adresse pointe peut-être vers une page web au lieu de l'API du fournisseur. Vérifiez l'adresse du serveur (et l'adresse de l'API sous Avancé).</translation>
        </message>
        <message>
            <source>{provider} has a problem right now</source>
            <translation>{provider} a un problème en ce moment</translation>
        </message>
        <message>
            <source>The provider's server failed{status}. Try again later.</source>
            <translation>Le serveur du fournisseur a échoué{status}. Réessayez plus tard.</translation>
        </message>
        <message>
            <source>Grantscope will not remember this sign-in</source>
            <translation>Grantscope ne retiendra pas cette connexion</translation>
        </message>
        <message>
            <source>This computer has no usable keychain (or the provider gave no lasting sign-in), so the sign-in is kept in memory until you quit. Next time you will sign in again.</source>
            <translation>Cet ordinateur n'a pas de trousseau utilisable (ou le fournisseur n'a donné aucune connexion durable) ; la connexion est donc gardée en mémoire jusqu'à ce que vous quittiez. La prochaine fois, vous vous reconnecterez.</translation>
        </message>
        <message>
            <source>Disconnected from {provider}</source>
            <translation>Déconnecté de {provider}</translation>
        </message>
        <message>
            <source>Grantscope's access was revoked at the provider and its saved sign-in deleted.</source>
            <translation>L'accès de Grantscope a été révoqué chez le fournisseur et sa connexion enregistrée supprimée.</translation>
        </message>
        <message>
            <source> To remove Grantscope's own access there too, open {url}.</source>
            <translation> Pour retirer aussi l'accès de Grantscope là-bas, ouvrez {url}.</translation>
        </message>
        <message>
            <source>The saved sign-in was deleted from this computer. {provider} offers no way to revoke it from here.{where}</source>
            <translation>La connexion enregistrée a été supprimée de cet ordinateur. {provider} ne permet pas de la révoquer d'ici.{where}</translation>
        </message>
        <message>
            <source>Disconnected, but Grantscope's access at {provider} is still valid</source>
            <translation>Déconnecté, mais l'accès de Grantscope chez {provider} reste valable</translation>
        </message>
        <message>
            <source>The provider did not confirm revoking Grantscope's sign-in, so it could still be used there. Grantscope tries again each time it starts (stop that from the Accounts menu).{where}</source>
            <translation>Le fournisseur n'a pas confirmé la révocation de la connexion de Grantscope ; elle pourrait donc encore y être utilisée. Grantscope réessaie à chaque démarrage (vous pouvez l'arrêter depuis le menu Comptes).{where}</translation>
        </message>
        <message>
            <source>Disconnected from {provider}, but the provider did not confirm</source>
            <translation>Déconnecté de {provider}, mais le fournisseur n'a pas confirmé</translation>
        </message>
        <message>
            <source>The saved sign-in was deleted from this computer; revoking it at the provider failed.{where}</source>
            <translation>La connexion enregistrée a été supprimée de cet ordinateur ; sa révocation chez le fournisseur a échoué.{where}</translation>
        </message>
        <message>
            <source>Grantscope's access at {provider} is now revoked</source>
            <translation>L'accès de Grantscope chez {provider} est maintenant révoqué</translation>
        </message>
        <message>
            <source>The sign-in of {account} that an earlier Disconnect left valid was revoked at the provider.</source>
            <translation>La connexion de {account}, restée valable après une déconnexion précédente, a été révoquée chez le fournisseur.</translation>
        </message>
        <message>
            <source> You can remove it yourself at {url}.</source>
            <translation> Vous pouvez la retirer vous-même sur {url}.</translation>
        </message>
        <message>
            <source>Grantscope's old access at {provider} is still valid</source>
            <translation>L'ancien accès de Grantscope chez {provider} reste valable</translation>
        </message>
        <message>
            <source>Revoking the sign-in of {account} failed again; Grantscope tries at its next start.{where}</source>
            <translation>La révocation de la connexion de {account} a de nouveau échoué ; Grantscope réessaiera au prochain démarrage.{where}</translation>
        </message>
        <message>
            <source>{provider} gave no lasting sign-in</source>
            <translation>{provider} n'a donné aucune connexion durable</translation>
        </message>
        <message>
            <source>The provider issued no refresh token, so Grantscope cannot remember this account: you will sign in again next time. Check that the client may use offline access (the offline_access scope).</source>
            <translation>Le fournisseur n'a délivré aucun jeton d'actualisation ; Grantscope ne peut donc pas retenir ce compte : vous vous reconnecterez la prochaine fois. Vérifiez que le client peut utiliser l'accès hors ligne (le scope offline_access).</translation>
        </message>
        <message>
            <source>No saved sign-in for {account}</source>
            <translation>Aucune connexion enregistrée pour {account}</translation>
        </message>
        <message>
            <source>This computer's keychain holds no sign-in for this account (none was saved, or the keychain was cleared). Sign in again to list its apps.</source>
            <translation>Le trousseau de cet ordinateur ne contient aucune connexion pour ce compte (aucune n'a été enregistrée, ou le trousseau a été vidé). Reconnectez-vous pour lister ses apps.</translation>
        </message>
        <message>
            <source>Your sign-in to {provider} has ended</source>
            <translation>Votre connexion à {provider} a pris fin</translation>
        </message>
        <message>
            <source>{provider} no longer accepts Grantscope's sign-in for {account} (it expired or was revoked); the saved copy was deleted. Sign in again to continue.</source>
            <translation>{provider} n'accepte plus la connexion de Grantscope pour {account} (elle a expiré ou a été révoquée) ; la copie enregistrée a été supprimée. Reconnectez-vous pour continuer.</translation>
        </message>
        <message>
            <source>Grantscope is disconnected from {provider}</source>
            <translation>Grantscope est déconnecté de {provider}</translation>
        </message>
        <message>
            <source>You removed Grantscope's own access for {account}, so its sign-in ended and the saved copy was deleted. Sign in again to review this account's apps.</source>
            <translation>Vous avez retiré l'accès de Grantscope pour {account} ; sa connexion a donc pris fin et la copie enregistrée a été supprimée. Reconnectez-vous pour examiner les apps de ce compte.</translation>
        </message>
        <message>
            <source>Reconnected {account}</source>
            <translation>{account} reconnecté</translation>
        </message>
        <message>
            <source>{n} app(s) listed from the provider.</source>
            <translation>{n} app(s) listée(s) par le fournisseur.</translation>
        </message>
        <message>
            <source>Reconnecting {account} did not work because the server did not answer; it worked before, so the address is fine. The saved sign-in is kept: try Reconnect again later.</source>
            <translation>La reconnexion de {account} n'a pas fonctionné car le serveur n'a pas répondu ; cela marchait auparavant, l'adresse est donc correcte. La connexion enregistrée est conservée : réessayez Reconnecter plus tard.</translation>
        </message>
        <message>
            <source>the provider did not answer</source>
            <translation>le fournisseur n'a pas répondu</translation>
        </message>
        <message>
            <source>The latest listing failed ({why}).</source>
            <translation>La dernière consultation de la liste a échoué ({why}).</translation>
        </message>
        <message>
            <source>The latest listing failed ({why}). The rows show the apps as listed at {when}.</source>
            <translation>La dernière consultation de la liste a échoué ({why}). Les lignes montrent les apps telles que listées le {when}.</translation>
        </message>
        <message>
            <source>Access removed: {app}</source>
            <translation>Accès retiré : {app}</translation>
        </message>
        <message>
            <source>{provider} no longer lists {app} for this account.</source>
            <translation>{provider} ne liste plus {app} pour ce compte.</translation>
        </message>
        <message>
            <source>{app} is still listed</source>
            <translation>{app} est toujours listée</translation>
        </message>
        <message>
            <source>{provider} accepted the request but still lists the app. Check again in a moment, or remove it on the provider's settings page.</source>
            <translation>{provider} a accepté la demande mais liste toujours l'app. Vérifiez à nouveau dans un instant, ou retirez-la sur la page de paramètres du fournisseur.</translation>
        </message>
    </context>
</TS>