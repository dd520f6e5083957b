<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name />
    <message>
        <location filename="../../ui/dialogs/confirm_revoke.py" line="36" />
        <source>Keycloak removes your consent and also ends the app's offline access, so it can no longer act for you while you are away.</source>
        <extracomment>How many scopes the dialog lists before "and N more".</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_revoke.py" line="39" />
        <source>authentik removes your consent; {app} will have to ask for it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_revoke.py" line="43" />
        <source>This consent was given for everyone in your organisation. Revoking it removes {app}'s access for every user, which may stop it working for your colleagues.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_revoke.py" line="46" />
        <source>Access tokens {app} already holds stay valid until they expire (about an hour); it gets no new ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_revoke.py" line="50" />
        <source>Google deletes every token {user} issued to {app}; the app is signed out for that user.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="69" />
        <source>Required.</source>
        <extracomment>Extra params offered under "Advanced" (see notes/connectors_api.md): they override the preset's template.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="71" />
        <location filename="../../ui/dialogs/connect_account.py" line="74" />
        <source>Enter the full address, starting with https://</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="78" />
        <source>Grantscope only signs in over https.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="80" />
        <source>Enter only the server's name, like id.example.org (no spaces, no path). For an address with a path, use “Issuer address” under Advanced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="85" />
        <source>This cannot contain spaces or slashes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="88" />
        <source>A client ID has no spaces. Copy it again from the provider.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="91" />
        <source>Enter the e-mail address of the user whose apps you want to review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/open_archive.py" line="15" />
        <source>Open unpacked archive folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/open_archive.py" line="15" />
        <source>Open archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/open_archive.py" line="23" />
        <source>Data archives (*.zip *.tgz *.tar.gz *.tar)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/open_archive.py" line="23" />
        <source>All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="33" />
        <location filename="../../ui/formatting.py" line="41" />
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="48" />
        <source>The file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="56" />
        <source>{name} is password-protected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57" />
        <source>Grantscope cannot read encrypted archives. Unpack it with the password using your system's archive tool, then open the unpacked folder, or download an unencrypted copy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="62" />
        <source>{name} was not read: it is larger than the safety limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="63" />
        <source>A file inside is unusually large or compresses suspiciously well (like a “zip bomb”), so Grantscope stopped reading it to protect your computer. If you downloaded it from the platform yourself, unpack it and open the folder instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="69" />
        <source>No supported data was found in {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="70" />
        <source>This does not look like a data archive from Facebook, Instagram or X. Choose the archive you downloaded from the platform (in JSON format if you were asked), or all of its parts at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="74" />
        <source>{name} could not be found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="75" />
        <source>It may have been moved, renamed or deleted. Open it again from its new place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="76" />
        <source>{name} cannot be opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="77" />
        <source>Your account may not have permission to read it, or another program may be using it. Check that you can open it, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="79" />
        <source>{name} is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="80" />
        <source>The file has no content, which usually means the download did not finish. Download the archive again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="82" />
        <source>{name} is not an archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="83" />
        <source>Grantscope reads ZIP and TGZ archives and unpacked folders. Choose the archive you downloaded from the platform.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="85" />
        <source>{name} is incomplete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="86" />
        <source>The end of the archive is missing, which usually means the download was interrupted. Download the archive again, then open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="88" />
        <source>{name} has too many files inside</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="89" />
        <source>It holds more files than any platform archive should, so Grantscope stopped reading it to protect your computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="91" />
        <source>A data file in {name} is damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="92" />
        <source>It is not valid JSON. Download the archive again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="96" />
        <source>{name} is damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="97" />
        <source>The archive cannot be read. Download it again from the platform, then open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="108" />
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="112" />
        <source>Your sign-in has expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="112" />
        <source>Sign in to the account again to continue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="114" />
        <source>The provider asked Grantscope to slow down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="115" />
        <location filename="../../ui/messages.py" line="185" />
        <source>Wait a minute, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="117" />
        <source>Access could not be removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="118" />
        <source>The provider did not confirm the change. Try again, or remove the app on the provider's settings page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="121" />
        <source>The provider could not be reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="122" />
        <source>Check your internet connection and the address of the server, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="124" />
        <source>No keychain is available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="125" />
        <source>Your sign-in is kept in memory for this session only; you will need to sign in again next time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="128" />
        <source>The summary could not be saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="129" />
        <source>Nothing was written. Choose another folder and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="131" />
        <source>Something went wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="131" />
        <source>Please try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="133" />
        <source>Not enough memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="134" />
        <source>The archive is too large for this computer's memory. Close other programs and try again, or open only the part that holds your apps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="136" />
        <source>Something unexpected went wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="137" />
        <source>This is a bug in Grantscope. The details were written to the log file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="142" />
        <source>The demo archives are missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="143" />
        <source>This copy of Grantscope has no demo data. Run “uv run python resources/demo/build_demo.py” to create it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="149" />
        <source>{name} is already open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="150" />
        <source>Its apps are already in the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="159" />
        <source>The provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="161" />
        <source>Access was declined in the browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="162" />
        <source>Grantscope did not connect and nothing was changed. Sign in again and choose “Allow” if you want to review this account's apps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="169" />
        <source>Your sign-in to {provider} has expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="170" />
        <source>The provider no longer accepts Grantscope's saved sign-in (it expired or was revoked). Sign in again to continue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="173" />
        <source>a role that allows reading app permissions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="174" />
        <source>Your account lacks a permission {provider} requires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="175" />
        <source>{provider} refused the request. Your account needs: {role}. Ask an administrator to grant it, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="178" />
        <source>{provider} has no account list at this address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="179" />
        <source>The server address, realm, tenant or application slug may be wrong, or the provider's account API is switched off. Check the details and connect again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="183" />
        <source>Try again in {n} seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="186" />
        <source>{provider} asked Grantscope to slow down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="187" />
        <source>Too many requests were made in a short time. {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="191" />
        <location filename="../../ui/messages.py" line="196" />
        <location filename="../../ui/messages.py" line="275" />
        <source> (error {status})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="192" />
        <source>{provider} did not remove the access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="193" />
        <source>The provider refused the change{status}. Try again, or remove the app on the provider's own settings page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="197" />
        <source>{provider} refused the request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="198" />
        <source>The provider answered with an error{status}. Try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="203" />
        <source>Signing in to {provider} did not work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="207" />
        <source>Some details are missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="208" />
        <source>Fill in: {fields}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="210" />
        <source>the address you entered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="211" />
        <source>No sign-in service was found at {issuer}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="212" />
        <source>Check the server address and the realm, tenant or slug. Grantscope looks for the provider's sign-in settings at that address and got no usable answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="215" />
        <source>The server address must start with https://. Grantscope never signs in over an unencrypted connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="218" />
        <source>The server answered in the name of a different address. Check the server address (for older Keycloak servers enter the full issuer address with /auth/realms/… under Advanced).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="222" />
        <source>The sign-in was not finished in time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="223" />
        <source>No answer came back from the browser within 5 minutes. Start again and finish signing in in the browser window, or use a code instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="226" />
        <source>The web browser could not be opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="227" />
        <source>Grantscope signs in through your web browser. Choose “Use a code instead” to sign in on another device or browser.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="230" />
        <source>Grantscope could not open a local address (127.0.0.1) to receive the answer from the browser. A security tool may be blocking it; use a code instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="233" />
        <source>The sign-in code expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="234" />
        <source>The code was not entered in time. Start again and enter the new code promptly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="236" />
        <source>{provider} does not offer sign-in with a code here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="237" />
        <source>Sign in with the web browser on this computer instead, or allow the device authorization grant in the client's settings at the provider.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="240" />
        <source>The provider gave no lasting sign-in. Check that the client may use offline access (the offline_access scope).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="243" />
        <source>an error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="247" />
        <source>Check the client ID and that the client is registered as a public client.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="248" />
        <source>The client is not allowed to use this sign-in method. Check its settings at the provider (standard flow, public client).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="250" />
        <source>The client is not allowed the scopes Grantscope asks for (see the README for the scopes each provider needs).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="252" />
        <source>Check that the client allows the redirect address http://127.0.0.1 on any port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="253" />
        <source>Start again; the sign-in answer could no longer be used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="255" />
        <source>Check the client registration at the provider, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="256" />
        <source>The provider said “{said}”. {hint}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="261" />
        <source>The certificate of {provider} could not be verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="262" />
        <source>Grantscope only talks to servers with a valid certificate. Check the server address; if your organisation uses its own certificate authority, install it on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="266" />
        <source>{provider} did not answer in time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="267" />
        <source>Check your internet connection, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="269" />
        <source>{provider} could not be reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="270" />
        <source>Check your internet connection and the server address, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="272" />
        <source>{provider} gave an answer Grantscope does not understand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="273" />
        <source>The address may point to a web page instead of the provider's API. Check the server address (and the API address under Advanced).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="276" />
        <source>{provider} has a problem right now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="277" />
        <source>The provider's server failed{status}. Try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="281" />
        <source>Grantscope will not remember this sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="282" />
        <source>This computer has no usable keychain (or the provider gave no lasting sign-in), so the sign-in is kept in memory until you quit. Next time you will sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="289" />
        <location filename="../../ui/messages.py" line="294" />
        <source>Disconnected from {provider}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="290" />
        <source>Grantscope's access was revoked at the provider and its saved sign-in deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="291" />
        <source> To remove Grantscope's own access there too, open {url}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="295" />
        <source>The saved sign-in was deleted from this computer. {provider} offers no way to revoke it from here.{where}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="297" />
        <source>Disconnected from {provider}, but the provider did not confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="298" />
        <source>The saved sign-in was deleted from this computer; revoking it at the provider failed.{where}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="306" />
        <source>Access removed: {app}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="307" />
        <source>{provider} no longer lists {app} for this account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="309" />
        <source>{app} is still listed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/messages.py" line="310" />
        <source>{provider} accepted the request but still lists the app. Check again in a moment, or remove it on the provider's settings page.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <location filename="../../ui/models/activity.py" line="28" />
        <source>Business</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/activity.py" line="29" />
        <source>Sent to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/activity.py" line="31" />
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/activity.py" line="33" />
        <source>First</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/activity.py" line="35" />
        <source>Latest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/activity.py" line="37" />
        <source>What was sent</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AdvertiserTableModel</name>
    <message>
        <location filename="../../ui/models/activity.py" line="56" />
        <source>Advertiser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/activity.py" line="57" />
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../../ui/models/activity.py" line="59" />
        <source>How they have your information</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConfirmRevokeDialog</name>
    <message>
        <location filename="../../ui/dialogs/confirm_revoke.py" line="69" />
        <source>Revoke access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_revoke.py" line="72" />
        <source>Revoke access for “{app}”?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_revoke.py" line="91" />
        <source>and {n} more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_revoke.py" line="93" />
        <source>{app} will lose the access your organisation's administrators granted it at {provider} for every user:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_revoke.py" line="96" />
        <source>{app} will no longer be able to reach {account} at {provider}. What stops working:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_revoke.py" line="102" />
        <source>everything it was allowed to do with this account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_revoke.py" line="103" />
        <source>If you still use {app}, it will ask you to sign in and allow access again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_revoke.py" line="111" />
        <source>Grantscope asks {provider} for the list again afterwards to confirm the app is gone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_revoke.py" line="119" />
        <source>Revoke for &amp;Everyone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/confirm_revoke.py" line="119" />
        <source>&amp;Revoke Access</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectAccountDialog</name>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="109" />
        <source>Connect account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="130" />
        <source>Grantscope signs in with your web browser and lists the apps that can reach this account, straight from the provider. Only a few providers allow this; for the others, open the archive you downloaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="143" />
        <source>Provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="152" />
        <source>&amp;Provider:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="163" />
        <source>Advanced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="175" />
        <source>The full issuer address; replaces the one built from the fields above (for example older Keycloak servers with /auth/realms/…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="178" />
        <source>as the provider documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="180" />
        <source>Where the provider's grants API lives, when it differs from the usual address (a proxy or a self-hosted gateway).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="183" />
        <source>My grants and organisation-wide consents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="184" />
        <source>Every delegated grant in the tenant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="185" />
        <source>&amp;Issuer address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="186" />
        <source>&amp;API address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="187" />
        <source>&amp;Review:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="197" />
        <source>Use a &amp;code instead (sign in on another device or browser)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="204" />
        <source>This computer has no usable keychain: the sign-in will last until you quit Grantscope.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="209" />
        <source>&amp;Sign In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="243" />
        <source>Sign-in progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="244" />
        <location filename="../../ui/dialogs/connect_account.py" line="290" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="265" />
        <source>Address to open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="277" />
        <source>Sign-in code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="278" />
        <location filename="../../ui/dialogs/connect_account.py" line="489" />
        <source>Copy &amp;Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="280" />
        <source>Copy &amp;Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="282" />
        <source>&amp;Open in Browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="284" />
        <source>Waiting for you to approve the sign-in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="333" />
        <source>e.g. {example}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="336" />
        <source>Kept in your keychain, never in the settings file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="347" />
        <source>For administrators: the provider lets only admins list app grants. Other people can remove apps on the provider's own settings page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="350" />
        <source>For anyone with an account there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="358" />
        <source>You need your own client registration at {provider}. The README section “Connecting accounts” says exactly how to create one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="390" />
        <source>Sign in again to {account}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="391" />
        <source>The saved sign-in can no longer be used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="438" />
        <source>Please check the highlighted fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="445" />
        <source>Signing in to {provider}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="460" />
        <source>Contacting {provider}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="461" />
        <source>Opening your web browser…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="462" />
        <source>Finish signing in in your web browser. This window continues by itself when you are done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="464" />
        <source>Waiting for you to enter the code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="465" />
        <source>Completing the sign-in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="466" />
        <source>Signed in. Reading the list of apps…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="467" />
        <source>Reading the list of apps…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="484" />
        <source>On this or any other device, open this address in a web browser and enter the code below. The code is valid for {minutes} minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="496" />
        <source>Copied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="542" />
        <source>Something unexpected went wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_account.py" line="543" />
        <source>This is a bug in Grantscope. The details were written to the log file.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/dialogs/crash_dialog.py" line="25" />
        <source>Grantscope ran into a problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crash_dialog.py" line="28" />
        <source>Something unexpected went wrong. Your archives were not changed and your notes are saved. You can keep working; if it happens again, please send the details below to the developers (check them first: they may contain file names).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crash_dialog.py" line="36" />
        <source>Error details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crash_dialog.py" line="41" />
        <source>The log file is {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crash_dialog.py" line="47" />
        <source>Copy details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/crash_dialog.py" line="55" />
        <source>Copied</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DecisionPane</name>
    <message>
        <location filename="../../ui/views/decision.py" line="46" />
        <source>Your decision</source>
        <extracomment>A note is saved this long after the last keystroke (and at once when another grant is selected).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision.py" line="48" />
        <source>Only for you: kept on this computer, never sent anywhere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision.py" line="56" />
        <source>Keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision.py" line="56" />
        <source>Remove it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision.py" line="57" />
        <source>Reviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision.py" line="66" />
        <source>Note (for example: asked the developer to delete my data)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision.py" line="67" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision.py" line="105" />
        <source>Your saved decisions could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision.py" line="129" />
        <source>Saved {when} (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision.py" line="146" />
        <source>Editing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision.py" line="165" />
        <source>Saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision.py" line="171" />
        <source>Not saved: the notes database could not be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/decision.py" line="177" />
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="76" />
        <location filename="../../ui/dialogs/export_dialog.py" line="326" />
        <source>Export summary</source>
        <extracomment>Above this many apps the preview shows the first ones only (the saved file always has all of them). Text formats are previewed as text, cut after this many characters.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="80" />
        <source>Web page (HTML)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="80" />
        <source>PDF document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="81" />
        <source>Spreadsheet (CSV)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="81" />
        <source>Data (JSON)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="82" />
        <source>Markdown text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="85" />
        <source>A4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="86" />
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="92" />
        <source>All apps and websites ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="93" />
        <source>Only those with access now ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="95" />
        <source>The apps shown in the list now ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="97" />
        <source>Remove what identifies me (names, e-mail addresses, phone numbers, ids, IP addresses, file paths) — for sharing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="99" />
        <source>Also show dates by month only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="101" />
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="101" />
        <source>Paper size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="102" />
        <source>Which apps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="102" />
        <source>Remove identifiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="103" />
        <source>Dates by month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="107" />
        <source>&amp;Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="108" />
        <source>&amp;Paper:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="109" />
        <source>&amp;Include:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="114" />
        <source>Preview of the summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="124" />
        <source>&amp;Save…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="134" />
        <source>Preview:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="195" />
        <source>The preview lists the first {shown} of {total} apps; the saved file has all of them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="207" />
        <source>The preview shows the beginning only; the saved file has everything.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="218" />
        <source>Save summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="225" />
        <source>All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="238" />
        <source>Replace the file?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="239" />
        <source>“{name}” already exists. Do you want to replace it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="243" />
        <source>Replace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="246" />
        <source>Not saved: the existing file was kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="286" />
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="311" />
        <source>Saved to {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="324" />
        <source>The summary could not be saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="324" />
        <source>Nothing was written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FilterableTable</name>
    <message>
        <location filename="../../ui/views/tables.py" line="81" />
        <location filename="../../ui/views/tables.py" line="82" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/tables.py" line="92" />
        <location filename="../../ui/views/tables.py" line="127" />
        <source>{shown} of {total} shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/tables.py" line="94" />
        <source>Nothing matches the search and filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/tables.py" line="125" />
        <source>{total} shown</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GrantDetail</name>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="58" />
        <source>Select an app to see what it can access, when it was connected, and where to remove it.</source>
        <extracomment>"Revoke access…" was clicked for a grant from a connected account core.catalog's AccessSummary for a grant (plain words per data category), when the catalog exists set by the window when live accounts are connected: may this grant be revoked from here?</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="139" />
        <source>Manage on {platform}</source>
        <extracomment>Other panes (e.g. "Your decision") are added here by the window.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="142" />
        <source>Opens {url} in your web browser</source>
        <translation>Öffnet {url} in Ihrem Webbrowser</translation>
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="146" />
        <source>{platform} has no web page for this; use its app's settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="154" />
        <source>Revoke access…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="156" />
        <source>Ask the provider to remove this app's access (you confirm first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="164" />
        <source>sign-in link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="165" />
        <source>linked account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="166" />
        <source>app on a device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="167" />
        <source>browser extension</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="168" />
        <source>an app you administer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="172" />
        <source>Active: can still reach your data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="173" />
        <source>Expired: unused for 90 days or more; keeps what it already took</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="174" />
        <location filename="../../ui/views/grant_detail.py" line="264" />
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="185" />
        <source>connected account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="200" />
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="200" />
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="200" />
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="204" />
        <source>Needs attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="208" />
        <source>high sensitivity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="208" />
        <source>medium sensitivity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="209" />
        <source>low sensitivity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="220" />
        <location filename="../../ui/views/grant_detail.py" line="242" />
        <location filename="../../ui/views/grant_detail.py" line="257" />
        <source>What this app can access</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="228" />
        <source>As the provider lists them:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="228" />
        <source>As listed in the archive:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="238" />
        <source>The archive does not say what this app could access.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="240" />
        <source>The {platform} archive does not list this app's permissions. The settings page on {platform} shows them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="261" />
        <source>Granted</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="262" />
        <source>Last used</source>
        <translation>Zuletzt genutzt</translation>
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="267" />
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="272" />
        <source>Developer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="274" />
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="276" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="278" />
        <source>App ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="280" />
        <source>Your ID in this app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="285" />
        <source>About the app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="290" />
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="292" />
        <source>Archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="294" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="296" />
        <source>Records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="296" />
        <source>{n} records merged into this row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="302" />
        <source>Where this came from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="305" />
        <source>{n} apps selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="307" />
        <source>active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="307" />
        <source>expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="307" />
        <source>removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="316" />
        <source>and {n} more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/grant_detail.py" line="317" />
        <source>Remove apps on each platform's settings page; Grantscope never changes your accounts from an archive.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GrantList</name>
    <message>
        <location filename="../../ui/views/tables.py" line="187" />
        <source>Search apps, permissions, findings…  (Ctrl+F)</source>
        <translation>Apps, Berechtigungen, Befunde suchen…  (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../ui/views/tables.py" line="188" />
        <source>Apps and websites</source>
        <translation>Apps und Websites</translation>
    </message>
    <message>
        <location filename="../../ui/views/tables.py" line="193" />
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../../ui/views/tables.py" line="195" />
        <location filename="../../ui/views/tables.py" line="231" />
        <source>All platforms</source>
        <translation>Alle Plattformen</translation>
    </message>
    <message>
        <location filename="../../ui/views/tables.py" line="198" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/tables.py" line="200" />
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/tables.py" line="200" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../ui/views/tables.py" line="201" />
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../../ui/views/tables.py" line="201" />
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location filename="../../ui/views/tables.py" line="205" />
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../../ui/views/tables.py" line="209" />
        <location filename="../../ui/views/tables.py" line="246" />
        <source>Any finding</source>
        <translation>Jeder Befund</translation>
    </message>
    <message>
        <location filename="../../ui/views/tables.py" line="213" />
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>GrantTableModel</name>
    <message>
        <location filename="../../ui/models/grants.py" line="79" />
        <source>Active</source>
        <extracomment>plain words for what a grant reaches, most sensitive first (the catalog), when available</extracomment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../ui/models/grants.py" line="79" />
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../../ui/models/grants.py" line="79" />
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location filename="../../ui/models/grants.py" line="84" />
        <source>Can still reach your data</source>
        <translation>Kann weiterhin auf Ihre Daten zugreifen</translation>
    </message>
    <message>
        <location filename="../../ui/models/grants.py" line="85" />
        <source>Unused for 90 days or more: it can no longer get new data, but keeps what it already took</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/grants.py" line="87" />
        <source>Access was removed; the app may still keep data it took before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/grants.py" line="91" />
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../../ui/models/grants.py" line="91" />
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../../ui/models/grants.py" line="91" />
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../../ui/models/grants.py" line="95" />
        <source>not listed</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../ui/models/grants.py" line="112" />
        <source>{severity} ({count})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/grants.py" line="117" />
        <source>by {developer}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/grants.py" line="127" />
        <source>App or website</source>
        <translation>App oder Website</translation>
    </message>
    <message>
        <location filename="../../ui/models/grants.py" line="129" />
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../../ui/models/grants.py" line="131" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/grants.py" line="134" />
        <source>Granted</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <location filename="../../ui/models/grants.py" line="136" />
        <source>Last used</source>
        <translation>Zuletzt genutzt</translation>
    </message>
    <message>
        <location filename="../../ui/models/grants.py" line="138" />
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <location filename="../../ui/models/grants.py" line="141" />
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
</context>
<context>
    <name>LoadBanner</name>
    <message>
        <location filename="../../ui/views/banner.py" line="41" />
        <source>Cancel</source>
        <extracomment>How long a task may run before the progress bar appears (a flash of progress bar is noise).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/banner.py" line="74" />
        <source>{n} files listed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/banner.py" line="76" />
        <source>{size} read</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="169" />
        <source>Search businesses and events…</source>
        <extracomment>The shown inventory changed (after loading, merging or clearing). A load finished: True when data was added, False on error or cancel. An unexpected error (a bug) reached the window: (summary, details). ui/app.py shows the crash dialog. ui.accounts.Accounts once attached (live connections, issue 7); None without it</extracomment>
        <translation>Unternehmen und Ereignisse suchen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172" />
        <source>Search advertisers…</source>
        <translation>Werbetreibende suchen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188" />
        <source>&amp;Open Archive…</source>
        <translation>Archiv ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190" />
        <source>Open one or more archive files (ZIP or TGZ)</source>
        <translation>Eine oder mehrere Archivdateien öffnen (ZIP oder TGZ)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192" />
        <source>Open Unpacked &amp;Folder…</source>
        <translation>Entpackten &amp;Ordner öffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195" />
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196" />
        <source>Try the &amp;Demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198" />
        <source>&amp;Export Summary…</source>
        <translation>Zusammenfassung &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202" />
        <source>&amp;Close All</source>
        <translation>Alle &amp;schließen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204" />
        <source>Forget the loaded archives (the files are not touched)</source>
        <translation>Die geladenen Archive vergessen (die Dateien bleiben unverändert)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221" />
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224" />
        <source>C&amp;lear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238" />
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241" />
        <source>Larger text, for example on a projector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243" />
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247" />
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253" />
        <source>&amp;Accounts</source>
        <translation>&amp;Konten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254" />
        <source>&amp;Connect Account…</source>
        <translation>Konto &amp;verbinden…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255" />
        <source>List and revoke grants live from an identity provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261" />
        <source>How to Get Your &amp;Archive</source>
        <translation>So bekommen Sie Ihr &amp;Archiv</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263" />
        <source>&amp;About Grantscope</source>
        <translation>&amp;Über Grantscope</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360" />
        <source>Disconnect {account}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="361" />
        <source>Sign out and forget this account's key (the provider keeps your grants)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392" />
        <source>Reconnect {accounts}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="393" />
        <source>You connected {n} account(s) last time. Choose Accounts › Reconnect to list the apps again; nothing is sent to a provider until you do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="399" />
        <source>Talking to the provider…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="409" />
        <source>List Apps Again: {account}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="413" />
        <source>Open Account Page: {account}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="420" />
        <source>Reconnect {account}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="421" />
        <source>Sign in with the key saved in your keychain and list the apps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="423" />
        <source>Forget {account}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="424" />
        <source>Delete the saved sign-in from your keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="430" />
        <source>Revoke Access…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="436" />
        <source>Manage on {platform}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="500" />
        <source>Reading {names}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="547" />
        <source>{n} of {total} files could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="633" />
        <source>Risk findings could not be computed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="665" />
        <source>1 app or website</source>
        <translation>1 App oder Website</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="666" />
        <source>{n} apps and websites</source>
        <translation>{n} Apps und Websites</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="667" />
        <source>1 source</source>
        <translation>1 Quelle</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="668" />
        <source>{n} sources</source>
        <translation>{n} Quellen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="683" />
        <source>Apps and websites ({n})</source>
        <translation>Apps und Websites ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="684" />
        <source>Off-platform activity ({n})</source>
        <translation>Aktivitäten außerhalb ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="686" />
        <source>Advertisers ({n})</source>
        <translation>Werbetreibende ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="688" />
        <source>What we read</source>
        <translation>Was gelesen wurde</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="690" />
        <source>What we read (⚠ {n})</source>
        <translation>Was gelesen wurde (⚠ {n})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="755" />
        <source>Clear Menu</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="787" />
        <source>The web browser could not be opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="788" />
        <source>Open this address yourself: {url}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="826" />
        <source>About Grantscope</source>
        <translation>Über Grantscope</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="828" />
        <source>&lt;b&gt;Grantscope&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="830" />
        <source>See every app and website that can reach your accounts' data, offline. Archives are read on this computer and never uploaded.

Settings and notes: {path}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../ui/views/banner.py" line="113" />
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/banner.py" line="114" />
        <source>Dismiss message</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OverviewCards</name>
    <message>
        <location filename="../../ui/views/overview.py" line="78" />
        <source>Apps with access now</source>
        <extracomment>Cards that filter the grant list (the others switch to their own tab).</extracomment>
        <translation>Apps mit Zugriff</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="78" />
        <source>Apps and websites that can still reach your data. Click to list them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="81" />
        <source>Need attention</source>
        <translation>Brauchen Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="81" />
        <source>Apps with a high-risk finding. Click to list them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="83" />
        <source>Unused for 90+ days</source>
        <translation>Seit 90+ Tagen ungenutzt</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="83" />
        <source>Apps with access but no sign of use in the last 90 days. Click to list them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="86" />
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="86" />
        <source>Apps whose access expired: they keep the data they already took. Click to list them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="88" />
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="88" />
        <source>Apps whose access was removed. Click to list them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="90" />
        <source>Businesses sending your activity</source>
        <translation>Unternehmen, die Ihre Aktivität senden</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="91" />
        <source>Businesses that told the platform what you did on their sites and apps. Click to see them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="93" />
        <source>Advertisers with your information</source>
        <translation>Werbetreibende mit Ihren Daten</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="94" />
        <source>Advertisers that uploaded or used a list with your information. Click to see them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="114" />
        <source>Unused for {n}+ days</source>
        <translation>Seit {n}+ Tagen ungenutzt</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview.py" line="115" />
        <source>Apps with access but no sign of use in the last {n} days. Click to list them.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="18" />
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="23" />
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="24" />
        <source>Days without use before an app is flagged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="26" />
        <source>An app that still has access but shows no sign of use for longer than this is flagged as “not used for a long time”. Facebook itself cuts off apps unused for 90 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences.py" line="31" />
        <source>Flag apps unused for more than:</source>
        <translation>Apps markieren, die länger ungenutzt sind als:</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <location filename="../../ui/views/sources.py" line="80" />
        <source>Not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/sources.py" line="82" />
        <source>{platform}: connected account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/sources.py" line="84" />
        <source>{platform} archive, {generation} layout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/sources.py" line="86" />
        <source>{platform} archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/sources.py" line="96" />
        <source>Files used: {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/sources.py" line="100" />
        <source>Files with nothing in them: {n}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../ui/views/start_screen.py" line="27" />
        <source>{first} + {n} more parts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/start_screen.py" line="69" />
        <source>See who can reach your accounts</source>
        <translation>Sehen Sie, wer auf Ihre Konten zugreifen kann</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_screen.py" line="73" />
        <source>Grantscope lists every app and website that can reach your Facebook, Instagram, X and other accounts' data, what each one can see, and where to cut it off. It reads the archive you download from each platform right here on your computer: nothing is uploaded, nothing is changed.</source>
        <translation>Grantscope listet jede App und Website auf, die auf die Daten Ihrer Facebook-, Instagram-, X- und anderen Konten zugreifen kann, was sie jeweils sehen kann und wo Sie den Zugriff beenden. Das Archiv, das Sie von jeder Plattform herunterladen, wird hier auf Ihrem Computer gelesen: nichts wird hochgeladen, nichts wird verändert.</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_screen.py" line="87" />
        <source>Open archive…</source>
        <translation>Archiv öffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_screen.py" line="91" />
        <source>Open unpacked folder…</source>
        <translation>Entpackten Ordner öffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_screen.py" line="93" />
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_screen.py" line="94" />
        <source>Load the archives of a fictional person to see how it works</source>
        <translation>Die Archive einer erfundenen Person laden, um zu sehen, wie es funktioniert</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_screen.py" line="96" />
        <source>Back to your list</source>
        <translation>Zurück zu Ihrer Liste</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_screen.py" line="97" />
        <source>Return to the apps and websites you have opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/start_screen.py" line="106" />
        <source>You can also drop archives (ZIP, TGZ, several parts at once) or an unpacked folder anywhere on this window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/start_screen.py" line="118" />
        <source>Get your archive</source>
        <translation>Ihr Archiv anfordern</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_screen.py" line="122" />
        <source>Ask each platform for a copy of your data in JSON format. It is free; the platform tells you when it is ready to download.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/start_screen.py" line="134" />
        <source>Grantscope never connects to these platforms when it reads an archive. The links above open in your web browser.</source>
        <translation>Grantscope verbindet sich beim Lesen eines Archivs nie mit diesen Plattformen. Die Links oben öffnen sich in Ihrem Webbrowser.</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_screen.py" line="145" />
        <source>Settings &amp; privacy › Settings › Accounts Center › Your information and permissions › Download your information. Pick your Facebook profile, choose “Apps and websites” (or everything) and the JSON format.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/start_screen.py" line="148" />
        <source>Usually ready within a day; Facebook notifies you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/start_screen.py" line="151" />
        <source>Settings › Accounts Center › Your information and permissions › Download your information. Pick your Instagram account and the JSON format.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/start_screen.py" line="153" />
        <source>Can take up to 14 days; Instagram e-mails you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/start_screen.py" line="156" />
        <source>More › Settings and privacy › Your account › Download an archive of your data. Confirm your password and the code you receive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/start_screen.py" line="158" />
        <source>Takes 24 hours or more; X notifies you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/start_screen.py" line="161" />
        <source>takeout.google.com › pick the products (Access log activity, Chrome, Google Play Store) › Next step › Create export. Takeout has no list of connected apps: Grantscope links to Google's own page for those.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/start_screen.py" line="164" />
        <source>Minutes to days, in one or more parts; Google e-mails you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/start_screen.py" line="167" />
        <source>accounts.snapchat.com › My Data › tick “Export your data in JSON” › Submit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/start_screen.py" line="168" />
        <source>Usually within a day; Snapchat e-mails you a link.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/start_screen.py" line="171" />
        <source>In the app: Profile › Menu › Settings and privacy › Account › Download your data › JSON › Request data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/start_screen.py" line="173" />
        <source>A few days; the file appears on the same page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/start_screen.py" line="176" />
        <source>User Settings › Data &amp; Privacy › Request all of my data (under “Request your data”).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/start_screen.py" line="177" />
        <source>Up to 30 days; Discord e-mails you a link.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/start_screen.py" line="180" />
        <source>reddit.com › Settings › Privacy › Request your data (a data request form).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/start_screen.py" line="181" />
        <source>Up to 30 days; Reddit sends it to your inbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/views/start_screen.py" line="203" />
        <source>Request it on {platform}</source>
        <translation>Bei {platform} anfordern</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_screen.py" line="208" />
        <source>Opens {url} in your web browser</source>
        <translation>Öffnet {url} in Ihrem Webbrowser</translation>
    </message>
    <message>
        <location filename="../../ui/views/start_screen.py" line="229" />
        <source>Open again</source>
        <translation>Erneut öffnen</translation>
    </message>
</context>
<context>
    <name>platform</name>
    <message>
        <location filename="../../ui/resources.py" line="69" />
        <source>Unknown</source>
        <extracomment>Demo inputs: archives, plus folders (an unpacked export); the generator script is skipped.</extracomment>
        <translation type="unfinished" />
    </message>
</context>
</TS>