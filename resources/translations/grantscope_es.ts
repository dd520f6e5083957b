<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
    <context>
        <name>ActivityTableModel</name>
        <message>
            <source>Business</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <source>Sent to</source>
            <translation>Enviado a</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Eventos</translation>
        </message>
        <message>
            <source>First</source>
            <translation>Primero</translation>
        </message>
        <message>
            <source>Latest</source>
            <translation>Último</translation>
        </message>
        <message>
            <source>What was sent</source>
            <translation>Qué se envió</translation>
        </message>
    </context>
    <context>
        <name>AdvertiserTableModel</name>
        <message>
            <source>Advertiser</source>
            <translation>Anunciante</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plataforma</translation>
        </message>
        <message>
            <source>How they have your information</source>
            <translation>Cómo tienen tu información</translation>
        </message>
    </context>
    <context>
        <name>ChangesView</name>
        <message>
            <source>Exports to compare</source>
            <translation>Exportaciones que comparar</translation>
        </message>
        <message>
            <source>Which older export is compared with which newer one</source>
            <translation>Qué exportación más antigua se compara con qué exportación más reciente</translation>
        </message>
        <message>
            <source>Open an older and a newer export of the same account to see what changed between them.</source>
            <translation>Abre una exportación más antigua y otra más reciente de la misma cuenta para ver qué cambió entre ellas.</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Qué cambió</translation>
        </message>
        <message>
            <source>The apps that are new, gone or changed between the two exports</source>
            <translation>Las apps nuevas, las que ya no están y las que cambiaron entre las dos exportaciones</translation>
        </message>
        <message>
            <source>Compare:</source>
            <translation>Comparar:</translation>
        </message>
        <message>
            <source>New apps</source>
            <translation>Apps nuevas</translation>
        </message>
        <message>
            <source>Apps gone</source>
            <translation>Apps que ya no están</translation>
        </message>
        <message>
            <source>Status changed</source>
            <translation>Estado cambiado</translation>
        </message>
        <message>
            <source>Back again</source>
            <translation>De vuelta</translation>
        </message>
        <message>
            <source>Permissions added</source>
            <translation>Permisos añadidos</translation>
        </message>
        <message>
            <source>{who}: {old} → {new}</source>
            <translation>{who}: {old} → {new}</translation>
        </message>
        <message>
            <source>Old: {path} ({date})</source>
            <translation>Antigua: {path} ({date})</translation>
        </message>
        <message>
            <source>New: {path} ({date})</source>
            <translation>Nueva: {path} ({date})</translation>
        </message>
        <message>
            <source>Nothing changed.</source>
            <translation>No cambió nada.</translation>
        </message>
        <message>
            <source>active</source>
            <translation>activas</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>caducadas</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>quitadas</translation>
        </message>
    </context>
    <context>
        <name>CleanupPart</name>
        <message>
            <source>Clean-up plan</source>
            <translation>Plan de limpieza</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Cambios</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>No guardado</translation>
        </message>
        <message>
            <source>The decisions database could not be written; your clean-up plan was not changed.</source>
            <translation>No se pudo escribir en la base de datos de decisiones; tu plan de limpieza no ha cambiado.</translation>
        </message>
        <message>
            <source>Save the clean-up plan</source>
            <translation>Guardar el plan de limpieza</translation>
        </message>
    </context>
    <context>
        <name>ConfirmRevokeDialog</name>
        <message>
            <source>Revoke access</source>
            <translation>Revocar acceso</translation>
        </message>
        <message>
            <source>Revoke access for “{app}”?</source>
            <translation>¿Revocar el acceso de «{app}»?</translation>
        </message>
        <message>
            <source>and {n} more</source>
            <translation>y {n} más</translation>
        </message>
        <message>
            <source>{app} will lose the access your organisation's administrators granted it at {provider} for every user:</source>
            <translation>{app} perderá, para todos los usuarios, el acceso que los administradores de tu organización le dieron en {provider}:</translation>
        </message>
        <message>
            <source>{app} will no longer be able to reach {account} at {provider}. What stops working:</source>
            <translation>{app} ya no podrá acceder a {account} en {provider}. Lo que deja de funcionar:</translation>
        </message>
        <message>
            <source>everything it was allowed to do with this account.</source>
            <translation>todo lo que tenía permitido hacer con esta cuenta.</translation>
        </message>
        <message>
            <source>This is Grantscope's own access. Revoking it disconnects Grantscope from {account}: the list closes and you will have to sign in again.</source>
            <translation>Es el acceso propio de Grantscope. Revocarlo desconecta Grantscope de {account}: la lista se cierra y tendrás que volver a iniciar sesión.</translation>
        </message>
        <message>
            <source>If you still use {app}, it will ask you to sign in and allow access again.</source>
            <translation>Si aún usas {app}, te pedirá que inicies sesión y vuelvas a permitir el acceso.</translation>
        </message>
        <message>
            <source>Grantscope asks {provider} for the list again afterwards to confirm the app is gone.</source>
            <translation>Después, Grantscope vuelve a pedir la lista a {provider} para confirmar que la app ya no está.</translation>
        </message>
        <message>
            <source>Revoke for &amp;Everyone</source>
            <translation>Revocar para &amp;todos</translation>
        </message>
        <message>
            <source>&amp;Revoke Access</source>
            <translation>&amp;Revocar acceso</translation>
        </message>
        <message>
            <source>Ask the provider to remove this app's access now</source>
            <translation>Pedir al proveedor que quite ahora el acceso de esta app</translation>
        </message>
    </context>
    <context>
        <name>ConnectAccountDialog</name>
        <message>
            <source>Connect account</source>
            <translation>Conectar cuenta</translation>
        </message>
        <message>
            <source>Grantscope signs in with your web browser and lists the apps that can reach this account, straight from the provider. Only a few providers allow this; for the others, open the archive you downloaded.</source>
            <translation>Grantscope inicia sesión con tu navegador web y lista las apps que pueden acceder a esta cuenta, directamente desde el proveedor. Solo unos pocos proveedores lo permiten; para los demás, abre el archivo que descargaste.</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Proveedor</translation>
        </message>
        <message>
            <source>&amp;Provider:</source>
            <translation>&amp;Proveedor:</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>Avanzado</translation>
        </message>
        <message>
            <source>The full issuer address; replaces the one built from the fields above (for example older Keycloak servers with /auth/realms/…).</source>
            <translation>La dirección completa del emisor; sustituye a la formada con los campos de arriba (por ejemplo, en servidores Keycloak antiguos con /auth/realms/…).</translation>
        </message>
        <message>
            <source>as the provider documents</source>
            <translation>según la documentación del proveedor</translation>
        </message>
        <message>
            <source>Where the provider's grants API lives, when it differs from the usual address (a proxy or a self-hosted gateway).</source>
            <translation>Dónde está la API de autorizaciones del proveedor, si no es la dirección habitual (un proxy o una pasarela propia).</translation>
        </message>
        <message>
            <source>My grants and organisation-wide consents</source>
            <translation>Mis autorizaciones y los consentimientos de toda la organización</translation>
        </message>
        <message>
            <source>Every delegated grant in the tenant</source>
            <translation>Todas las autorizaciones delegadas del tenant</translation>
        </message>
        <message>
            <source>&amp;Issuer address:</source>
            <translation>Dirección del &amp;emisor:</translation>
        </message>
        <message>
            <source>&amp;API address:</source>
            <translation>Dirección de la &amp;API:</translation>
        </message>
        <message>
            <source>&amp;Review:</source>
            <translation>&amp;Revisar:</translation>
        </message>
        <message>
            <source>Use a &amp;code instead (sign in on another device or browser)</source>
            <translation>Usar un &amp;código (iniciar sesión en otro dispositivo o navegador)</translation>
        </message>
        <message>
            <source>This computer has no usable keychain: the sign-in will last until you quit Grantscope.</source>
            <translation>Este ordenador no tiene un llavero utilizable: la sesión durará hasta que salgas de Grantscope.</translation>
        </message>
        <message>
            <source>&amp;Sign In</source>
            <translation>&amp;Iniciar sesión</translation>
        </message>
        <message>
            <source>Sign-in progress</source>
            <translation>Progreso del inicio de sesión</translation>
        </message>
        <message>
            <source>If the browser shows an error instead of a sign-in page, check the client ID, then choose Cancel.</source>
            <translation>Si el navegador muestra un error en lugar de una página de inicio de sesión, revisa el ID de cliente y elige Cancelar.</translation>
        </message>
        <message>
            <source>Use a &amp;Code Instead</source>
            <translation>Usar un &amp;código</translation>
        </message>
        <message>
            <source>Sign in on another device or browser with a short code</source>
            <translation>Iniciar sesión en otro dispositivo o navegador con un código corto</translation>
        </message>
        <message>
            <source>Opens your web browser to sign in to the provider</source>
            <translation>Abre tu navegador web para iniciar sesión en el proveedor</translation>
        </message>
        <message>
            <source>The identity provider that holds the account</source>
            <translation>El proveedor de identidad que tiene la cuenta</translation>
        </message>
        <message>
            <source>Show or hide the issuer and API addresses</source>
            <translation>Mostrar u ocultar las direcciones del emisor y de la API</translation>
        </message>
        <message>
            <source>Which grants to list</source>
            <translation>Qué autorizaciones listar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Stop signing in; nothing is changed</source>
            <translation>Dejar de iniciar sesión; no se cambia nada</translation>
        </message>
        <message>
            <source>Address to open</source>
            <translation>Dirección que abrir</translation>
        </message>
        <message>
            <source>Sign-in code</source>
            <translation>Código de inicio de sesión</translation>
        </message>
        <message>
            <source>Copy &amp;Code</source>
            <translation>Copiar &amp;código</translation>
        </message>
        <message>
            <source>Copy &amp;Address</source>
            <translation>Copiar &amp;dirección</translation>
        </message>
        <message>
            <source>&amp;Open in Browser</source>
            <translation>&amp;Abrir en el navegador</translation>
        </message>
        <message>
            <source>Waiting for you to approve the sign-in…</source>
            <translation>Esperando a que apruebes el inicio de sesión…</translation>
        </message>
        <message>
            <source>Open this address in a web browser and enter the code</source>
            <translation>Abre esta dirección en un navegador web e introduce el código</translation>
        </message>
        <message>
            <source>Copy the sign-in code to the clipboard</source>
            <translation>Copiar el código de inicio de sesión al portapapeles</translation>
        </message>
        <message>
            <source>Copy the address to the clipboard</source>
            <translation>Copiar la dirección al portapapeles</translation>
        </message>
        <message>
            <source>Open the address in your web browser</source>
            <translation>Abrir la dirección en tu navegador web</translation>
        </message>
        <message>
            <source>e.g. {example}</source>
            <translation>p. ej. {example}</translation>
        </message>
        <message>
            <source>Kept in your keychain, never in the settings file.</source>
            <translation>Se guarda en tu llavero, nunca en el fichero de ajustes.</translation>
        </message>
        <message>
            <source>For administrators: the provider lets only admins list app grants. Other people can remove apps on the provider's own settings page.</source>
            <translation>Para administradores: el proveedor solo deja listar las autorizaciones de apps a los administradores. Los demás pueden quitar apps en la página de ajustes del proveedor.</translation>
        </message>
        <message>
            <source>For anyone with an account there.</source>
            <translation>Para cualquiera que tenga una cuenta allí.</translation>
        </message>
        <message>
            <source>You need your own client registration at {provider}. The README section “Connecting accounts” says exactly how to create one.</source>
            <translation>Necesitas tu propio registro de cliente en {provider}. La sección «Connecting accounts» del README explica exactamente cómo crearlo.</translation>
        </message>
        <message>
            <source>Sign in again to {account}</source>
            <translation>Volver a iniciar sesión en {account}</translation>
        </message>
        <message>
            <source>The saved sign-in can no longer be used.</source>
            <translation>La sesión guardada ya no se puede usar.</translation>
        </message>
        <message>
            <source>Please check the highlighted fields</source>
            <translation>Revisa los campos marcados</translation>
        </message>
        <message>
            <source>Signing in to {provider}</source>
            <translation>Iniciando sesión en {provider}</translation>
        </message>
        <message>
            <source>Contacting {provider}…</source>
            <translation>Contactando con {provider}…</translation>
        </message>
        <message>
            <source>Opening your web browser…</source>
            <translation>Abriendo tu navegador web…</translation>
        </message>
        <message>
            <source>Finish signing in in your web browser. This window continues by itself when you are done.</source>
            <translation>Termina de iniciar sesión en tu navegador web. Esta ventana continuará sola cuando acabes.</translation>
        </message>
        <message>
            <source>Waiting for you to enter the code…</source>
            <translation>Esperando a que introduzcas el código…</translation>
        </message>
        <message>
            <source>Still waiting for the browser. If no browser window opened, or it closed, sign in with a code instead.</source>
            <translation>Sigo esperando al navegador. Si no se abrió ninguna ventana del navegador o se cerró, inicia sesión con un código.</translation>
        </message>
        <message>
            <source>The connection dropped. Trying again…</source>
            <translation>Se cortó la conexión. Reintentando…</translation>
        </message>
        <message>
            <source>Completing the sign-in…</source>
            <translation>Completando el inicio de sesión…</translation>
        </message>
        <message>
            <source>Saving the sign-in in your keychain… If your system asks to unlock the keychain, answer that window first.</source>
            <translation>Guardando la sesión en tu llavero… Si tu sistema pide desbloquear el llavero, responde primero a esa ventana.</translation>
        </message>
        <message>
            <source>Signed in. Reading the list of apps…</source>
            <translation>Sesión iniciada. Leyendo la lista de apps…</translation>
        </message>
        <message>
            <source>Reading the list of apps…</source>
            <translation>Leyendo la lista de apps…</translation>
        </message>
        <message>
            <source>On this or any other device, open this address in a web browser and enter the code below. The code is valid for {minutes} minutes.</source>
            <translation>En este o en otro dispositivo, abre esta dirección en un navegador web e introduce el código de abajo. El código es válido durante {minutes} minutos.</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copiado</translation>
        </message>
        <message>
            <source>Something unexpected went wrong</source>
            <translation>Algo inesperado salió mal</translation>
        </message>
        <message>
            <source>This is a bug in Grantscope. The details were written to the log file.</source>
            <translation>Es un error de Grantscope. Los detalles se escribieron en el fichero de registro.</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Grantscope ran into a problem</source>
            <translation>Grantscope tuvo un problema</translation>
        </message>
        <message>
            <source>Something unexpected went wrong. Your archives were not changed and your notes are saved. You can keep working; if it happens again, please send the details below to the developers (check them first: they may contain file names).</source>
            <translation>Algo inesperado salió mal. Tus archivos no se modificaron y tus notas están guardadas. Puedes seguir trabajando; si vuelve a pasar, envía los detalles de abajo a los desarrolladores (revísalos antes: pueden contener nombres de ficheros).</translation>
        </message>
        <message>
            <source>Error details</source>
            <translation>Detalles del error</translation>
        </message>
        <message>
            <source>What went wrong, for the developers</source>
            <translation>Qué salió mal, para los desarrolladores</translation>
        </message>
        <message>
            <source>The log file is {path}</source>
            <translation>El fichero de registro es {path}</translation>
        </message>
        <message>
            <source>Where the log file is</source>
            <translation>Dónde está el fichero de registro</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copiar detalles</translation>
        </message>
        <message>
            <source>Copy the error details to the clipboard</source>
            <translation>Copiar los detalles del error al portapapeles</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copiado</translation>
        </message>
    </context>
    <context>
        <name>DecisionPane</name>
        <message>
            <source>Your decision</source>
            <extracomment>A note is saved this long after the last keystroke (and at once when another grant is selected).</extracomment>
            <translation>Tu decisión</translation>
        </message>
        <message>
            <source>Only for you: kept on this computer, never sent anywhere.</source>
            <translation>Solo para ti: se guarda en este ordenador y nunca se envía a ningún sitio.</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Conservar</translation>
        </message>
        <message>
            <source>Remove it</source>
            <translation>Quitarla</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Revisada</translation>
        </message>
        <message>
            <source>Mark this app as one you keep</source>
            <translation>Marcar esta app como una que conservas</translation>
        </message>
        <message>
            <source>Mark this app as one to remove</source>
            <translation>Marcar esta app como una que hay que quitar</translation>
        </message>
        <message>
            <source>Mark this app as looked at</source>
            <translation>Marcar esta app como revisada</translation>
        </message>
        <message>
            <source>Note (for example: asked the developer to delete my data)</source>
            <translation>Nota (por ejemplo: pedí al desarrollador que borre mis datos)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Your own note about this app, saved on this computer</source>
            <translation>Tu propia nota sobre esta app, guardada en este ordenador</translation>
        </message>
        <message>
            <source>Your saved decisions could not be read.</source>
            <translation>No se pudieron leer tus decisiones guardadas.</translation>
        </message>
        <message>
            <source>Your decisions database was damaged. It was moved to {path} and a new one was started.</source>
            <translation>Tu base de datos de decisiones estaba dañada. Se movió a {path} y se empezó una nueva.</translation>
        </message>
        <message>
            <source>The data folder is read-only: your saved decisions are shown, but new ones cannot be saved.</source>
            <translation>La carpeta de datos es de solo lectura: se muestran tus decisiones guardadas, pero no se pueden guardar otras nuevas.</translation>
        </message>
        <message>
            <source>Saved {when} (UTC)</source>
            <translation>Guardado {when} (UTC)</translation>
        </message>
        <message>
            <source>Editing…</source>
            <translation>Editando…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Guardado</translation>
        </message>
        <message>
            <source>Not saved: the data folder is read-only.</source>
            <translation>No guardado: la carpeta de datos es de solo lectura.</translation>
        </message>
        <message>
            <source>Not saved: the notes database could not be written.</source>
            <translation>No guardado: no se pudo escribir en la base de datos de notas.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
    </context>
    <context>
        <name>DeletionDialog</name>
        <message>
            <source>Deletion request: {app}</source>
            <translation>Solicitud de borrado: {app}</translation>
        </message>
        <message>
            <source>GDPR Article 17 (EU/EEA, UK)</source>
            <translation>RGPD artículo 17 (UE/EEE, Reino Unido)</translation>
        </message>
        <message>
            <source>CCPA / CPRA (California)</source>
            <translation>CCPA / CPRA (California)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>E-mail address</source>
            <translation>Dirección de correo</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nombre de usuario</translation>
        </message>
        <message>
            <source>Your ID in the app</source>
            <translation>Tu ID en la app</translation>
        </message>
        <message>
            <source>Postal address</source>
            <translation>Dirección postal</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Número de teléfono</translation>
        </message>
        <message>
            <source>Law</source>
            <translation>Ley</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Include {detail}</source>
            <translation>Incluir: {detail}</translation>
        </message>
        <message>
            <source>Copy to clipboard</source>
            <translation>Copiar al portapapeles</translation>
        </message>
        <message>
            <source>Save as text…</source>
            <translation>Guardar como texto…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Save deletion request</source>
            <translation>Guardar la solicitud de borrado</translation>
        </message>
        <message>
            <source>Text (*.txt)</source>
            <translation>Texto (*.txt)</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export summary</source>
            <extracomment>Above this many apps the preview shows the first ones only (the saved file always has all of them). Text formats are previewed as text, cut after this many characters.</extracomment>
            <translation>Exportar resumen</translation>
        </message>
        <message>
            <source>Web page (HTML)</source>
            <translation>Página web (HTML)</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>Documento PDF</translation>
        </message>
        <message>
            <source>Spreadsheet (CSV)</source>
            <translation>Hoja de cálculo (CSV)</translation>
        </message>
        <message>
            <source>Data (JSON)</source>
            <translation>Datos (JSON)</translation>
        </message>
        <message>
            <source>Markdown text</source>
            <translation>Texto Markdown</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Carta</translation>
        </message>
        <message>
            <source>Full report</source>
            <translation>Informe completo</translation>
        </message>
        <message>
            <source>One-page summary</source>
            <translation>Resumen de una página</translation>
        </message>
        <message>
            <source>Layout</source>
            <translation>Diseño</translation>
        </message>
        <message>
            <source>The whole report, or the main points on one page</source>
            <translation>El informe entero o lo esencial en una página</translation>
        </message>
        <message>
            <source>All apps and websites ({n})</source>
            <translation>Todas las apps y sitios web ({n})</translation>
        </message>
        <message>
            <source>Only those with access now ({n})</source>
            <translation>Solo los que tienen acceso ahora ({n})</translation>
        </message>
        <message>
            <source>The apps shown in the list now ({n})</source>
            <translation>Las apps que muestra ahora la lista ({n})</translation>
        </message>
        <message>
            <source>Only {person}'s apps ({n})</source>
            <translation>Solo las apps de {person} ({n})</translation>
        </message>
        <message>
            <source>Remove what identifies me (names, e-mail addresses, phone numbers, ids, IP addresses, file paths) — for sharing</source>
            <translation>Quitar lo que me identifica (nombres, direcciones de correo, teléfonos, identificadores, direcciones IP, rutas de ficheros) — para compartir</translation>
        </message>
        <message>
            <source>Also show dates by month only</source>
            <translation>Mostrar también las fechas solo por mes</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>Tamaño del papel</translation>
        </message>
        <message>
            <source>Which apps</source>
            <translation>Qué apps</translation>
        </message>
        <message>
            <source>Remove identifiers</source>
            <translation>Quitar identificadores</translation>
        </message>
        <message>
            <source>Dates by month</source>
            <translation>Fechas por mes</translation>
        </message>
        <message>
            <source>The kind of file to save</source>
            <translation>El tipo de fichero que guardar</translation>
        </message>
        <message>
            <source>Page size of the PDF</source>
            <translation>Tamaño de página del PDF</translation>
        </message>
        <message>
            <source>Which apps the summary lists</source>
            <translation>Qué apps lista el resumen</translation>
        </message>
        <message>
            <source>Dates read as month and year only</source>
            <translation>Fechas mostradas solo como mes y año</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Formato:</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>&amp;Papel:</translation>
        </message>
        <message>
            <source>&amp;Layout:</source>
            <translation>&amp;Diseño:</translation>
        </message>
        <message>
            <source>&amp;Include:</source>
            <translation>&amp;Incluir:</translation>
        </message>
        <message>
            <source>Preview of the summary</source>
            <translation>Vista previa del resumen</translation>
        </message>
        <message>
            <source>What the saved file will contain</source>
            <translation>Lo que contendrá el fichero guardado</translation>
        </message>
        <message>
            <source>Result of saving</source>
            <translation>Resultado del guardado</translation>
        </message>
        <message>
            <source>&amp;Save…</source>
            <translation>&amp;Guardar…</translation>
        </message>
        <message>
            <source>Choose where to save the summary</source>
            <translation>Elegir dónde guardar el resumen</translation>
        </message>
        <message>
            <source>Preview:</source>
            <translation>Vista previa:</translation>
        </message>
        <message>
            <source>The preview lists the first {shown} of {total} apps; the saved file has all of them.</source>
            <translation>La vista previa lista las primeras {shown} de {total} apps; el fichero guardado las tiene todas.</translation>
        </message>
        <message>
            <source>The preview shows the beginning only; the saved file has everything.</source>
            <translation>La vista previa muestra solo el principio; el fichero guardado lo tiene todo.</translation>
        </message>
        <message>
            <source>Save summary</source>
            <translation>Guardar resumen</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los ficheros (*)</translation>
        </message>
        <message>
            <source>Replace the file?</source>
            <translation>¿Reemplazar el fichero?</translation>
        </message>
        <message>
            <source>“{name}” already exists. Do you want to replace it?</source>
            <translation>«{name}» ya existe. ¿Quieres reemplazarlo?</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Reemplazar</translation>
        </message>
        <message>
            <source>Not saved: the existing file was kept.</source>
            <translation>No guardado: se conservó el fichero existente.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>Guardado en {path}</translation>
        </message>
    </context>
    <context>
        <name>FilterableTable</name>
        <message>
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Type to narrow the list. Escape clears the search, the Down arrow moves into the list.</source>
            <translation>Escribe para acotar la lista. Escape borra la búsqueda y la flecha abajo entra en la lista.</translation>
        </message>
        <message>
            <source>{shown} of {total} shown</source>
            <translation>{shown} de {total} mostradas</translation>
        </message>
        <message>
            <source>Nothing matches the search and filters.</source>
            <translation>Nada coincide con la búsqueda y los filtros.</translation>
        </message>
        <message>
            <source>Arrow keys move between rows; Tab goes on to the details.</source>
            <translation>Las flechas pasan de una fila a otra; Tab pasa a los detalles.</translation>
        </message>
        <message>
            <source>{total} shown</source>
            <extracomment>The filters, on a row of their own that wraps: the search keeps its room, no filter gets cut off (narrow windows, zoom, longer translations).</extracomment>
            <translation>{total} mostradas</translation>
        </message>
    </context>
    <context>
        <name>GrantDetail</name>
        <message>
            <source>Select an app to see what it can access, when it was connected, and where to remove it.</source>
            <extracomment>"Revoke access…" was clicked for a grant from a connected account plain words per data category and the one set of sensitivity words (the reports use the same) set by the window when live accounts are connected: may this grant be revoked from here? Presentation mode: the person's own identifiers (account, their id in an app) are not shown.</extracomment>
            <translation>Selecciona una app para ver a qué puede acceder, cuándo se conectó y dónde quitarla.</translation>
        </message>
        <message>
            <source>The selected app</source>
            <translation>La app seleccionada</translation>
        </message>
        <message>
            <source>Details of the selected app: what it can access, findings, timeline and origin</source>
            <translation>Detalles de la app seleccionada: a qué puede acceder, hallazgos, cronología y origen</translation>
        </message>
        <message>
            <source>Manage on {platform}</source>
            <extracomment>Other panes (e.g. "Your decision") are added here by the window.</extracomment>
            <translation>Gestionar en {platform}</translation>
        </message>
        <message>
            <source>Opens {url} in your web browser</source>
            <translation>Abre {url} en tu navegador web</translation>
        </message>
        <message>
            <source>Remove it on {platform}: {where}</source>
            <translation>Quítala en {platform}: {where}</translation>
        </message>
        <message>
            <source>{platform} has no web page for this; use its app's settings.</source>
            <translation>{platform} no tiene una página web para esto; usa los ajustes de su app.</translation>
        </message>
        <message>
            <source>Revoke access…</source>
            <translation>Revocar acceso…</translation>
        </message>
        <message>
            <source>Ask the provider to remove this app's access (you confirm first)</source>
            <translation>Pedir al proveedor que quite el acceso de esta app (antes lo confirmas)</translation>
        </message>
        <message>
            <source>sign-in link</source>
            <translation>enlace de inicio de sesión</translation>
        </message>
        <message>
            <source>linked account</source>
            <translation>cuenta vinculada</translation>
        </message>
        <message>
            <source>app on a device</source>
            <translation>app en un dispositivo</translation>
        </message>
        <message>
            <source>browser extension</source>
            <translation>extensión del navegador</translation>
        </message>
        <message>
            <source>an app you administer</source>
            <translation>una app que administras</translation>
        </message>
        <message>
            <source>Listed in the export — check on {platform} whether it is still connected</source>
            <translation>Aparece en la exportación; comprueba en {platform} si sigue conectada</translation>
        </message>
        <message>
            <source>The platform's own app, not a third party</source>
            <translation>La propia app de la plataforma, no un tercero</translation>
        </message>
        <message>
            <source>Active: can still reach your data</source>
            <translation>Activa: aún puede acceder a tus datos</translation>
        </message>
        <message>
            <source>Expired: unused for 90 days or more; keeps what it already took</source>
            <translation>Caducada: sin uso durante 90 días o más; conserva lo que ya obtuvo</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Quitada</translation>
        </message>
        <message>
            <source>connected account</source>
            <translation>cuenta conectada</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Alto</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Medio</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Bajo</translation>
        </message>
        <message>
            <source>What to do:</source>
            <translation>Qué hacer:</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Requiere atención</translation>
        </message>
        <message>
            <source>Sources:</source>
            <translation>Fuentes:</translation>
        </message>
        <message>
            <source>What this app can access</source>
            <translation>A qué puede acceder esta app</translation>
        </message>
        <message>
            <source>unknown permission</source>
            <translation>permiso desconocido</translation>
        </message>
        <message>
            <source>As the provider lists them:</source>
            <translation>Tal como los lista el proveedor:</translation>
        </message>
        <message>
            <source>As listed in the archive:</source>
            <translation>Tal como aparecen en el archivo:</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>Concedida</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>Último uso</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Cronología</translation>
        </message>
        <message>
            <source>Developer</source>
            <translation>Desarrollador</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Sitio web</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>App ID</source>
            <translation>ID de la app</translation>
        </message>
        <message>
            <source>Your ID in this app</source>
            <translation>Tu ID en esta app</translation>
        </message>
        <message>
            <source>About the app</source>
            <translation>Sobre la app</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichero</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Registros</translation>
        </message>
        <message numerus="yes">
            <source>%Ln record(s) merged into this row</source>
            <translation>
                <numerusform>%Ln registro unido en esta fila</numerusform>
                <numerusform>%Ln registros unidos en esta fila</numerusform>
            </translation>
        </message>
        <message>
            <source>Where this came from</source>
            <translation>De dónde viene</translation>
        </message>
        <message numerus="yes">
            <source>%Ln app(s) selected</source>
            <translation>
                <numerusform>%Ln app seleccionada</numerusform>
                <numerusform>%Ln apps seleccionadas</numerusform>
            </translation>
        </message>
        <message>
            <source>active</source>
            <translation>activas</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>caducadas</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>quitadas</translation>
        </message>
        <message>
            <source>and {n} more</source>
            <translation>y {n} más</translation>
        </message>
        <message>
            <source>Remove apps on each platform's settings page; Grantscope never changes your accounts from an archive.</source>
            <translation>Quita las apps en la página de ajustes de cada plataforma; Grantscope nunca cambia tus cuentas a partir de un archivo.</translation>
        </message>
    </context>
    <context>
        <name>GrantList</name>
        <message>
            <source>Search apps, permissions, findings…  (Ctrl+F)</source>
            <extracomment>The person chosen in the "whose data" filter: an account key, or "" for everyone.</extracomment>
            <translation>Buscar apps, permisos, hallazgos…  (Ctrl+F)</translation>
        </message>
        <message>
            <source>Apps and websites</source>
            <translation>Apps y sitios web</translation>
        </message>
        <message>
            <source>Whose data</source>
            <translation>Datos de quién</translation>
        </message>
        <message>
            <source>Show the apps of one person's account, or everyone's</source>
            <translation>Mostrar las apps de la cuenta de una persona, o de todas</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Todas las personas</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plataforma</translation>
        </message>
        <message>
            <source>Show the apps of one platform only</source>
            <translation>Mostrar solo las apps de una plataforma</translation>
        </message>
        <message>
            <source>All platforms</source>
            <translation>Todas las plataformas</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Show apps by status: active, expired, removed</source>
            <translation>Mostrar las apps por estado: activa, caducada, quitada</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Cualquier estado</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activa</translation>
        </message>
        <message>
            <source>Listed, status not stated</source>
            <translation>Listada, estado no indicado</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Caducada</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Quitada</translation>
        </message>
        <message>
            <source>Your own apps</source>
            <translation>Tus propias apps</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Hallazgo</translation>
        </message>
        <message>
            <source>Show only apps with one kind of finding</source>
            <translation>Mostrar solo las apps con un tipo de hallazgo</translation>
        </message>
        <message>
            <source>Any finding</source>
            <translation>Cualquier hallazgo</translation>
        </message>
        <message>
            <source>Your decision</source>
            <translation>Tu decisión</translation>
        </message>
        <message>
            <source>Show apps by your decision and how far the clean-up got</source>
            <translation>Mostrar las apps según tu decisión y cómo va la limpieza</translation>
        </message>
        <message>
            <source>Any decision</source>
            <translation>Cualquier decisión</translation>
        </message>
        <message>
            <source>No decision yet</source>
            <translation>Sin decisión todavía</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Conservar</translation>
        </message>
        <message>
            <source>Remove it</source>
            <translation>Quitarla</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Revisada</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Verified gone</source>
            <translation>Confirmado: ya no está</translation>
        </message>
        <message>
            <source>Still connected</source>
            <translation>Sigue conectada</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Borrar filtros</translation>
        </message>
        <message>
            <source>Show every app again</source>
            <translation>Volver a mostrar todas las apps</translation>
        </message>
    </context>
    <context>
        <name>GrantTableModel</name>
        <message>
            <source>Keep</source>
            <extracomment>An app the export lists without saying whether it can still reach the data (not the "active" green). whose account a row belongs to, in words (the owner's name, else the export's file name) plain words for what a grant reaches, most sensitive first (the catalog), when available the person's decision for a grant ("", keep, remove, reviewed, done, verified, still_connected)</extracomment>
            <translation>Conservar</translation>
        </message>
        <message>
            <source>Remove it</source>
            <translation>Quitarla</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Revisada</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Verified gone</source>
            <translation>Confirmado: ya no está</translation>
        </message>
        <message>
            <source>Still connected</source>
            <translation>Sigue conectada</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activa</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Caducada</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Quitada</translation>
        </message>
        <message>
            <source>Your app</source>
            <translation>Tu app</translation>
        </message>
        <message>
            <source>Platform's app</source>
            <translation>App de la plataforma</translation>
        </message>
        <message>
            <source>{status} (last listing)</source>
            <translation>{status} (última lista)</translation>
        </message>
        <message>
            <source>Listed</source>
            <translation>Listada</translation>
        </message>
        <message>
            <source>Not a third party: an app you manage, or the platform's own app</source>
            <translation>No es un tercero: una app que gestionas, o la propia app de la plataforma</translation>
        </message>
        <message>
            <source>As the provider listed it last time; the latest listing failed (see the account's note in Sources)</source>
            <translation>Tal como la listó el proveedor la última vez; falló la última consulta (mira la nota de la cuenta en Fuentes)</translation>
        </message>
        <message>
            <source>Listed in the export — check on {platform} whether it is still connected</source>
            <translation>Aparece en la exportación; comprueba en {platform} si sigue conectada</translation>
        </message>
        <message>
            <source>Can still reach your data</source>
            <translation>Aún puede acceder a tus datos</translation>
        </message>
        <message>
            <source>Unused for 90 days or more: it can no longer get new data, but keeps what it already took</source>
            <translation>Sin uso durante 90 días o más: ya no puede obtener datos nuevos, pero conserva lo que ya obtuvo</translation>
        </message>
        <message>
            <source>Access was removed; the app may still keep data it took before</source>
            <translation>Se quitó el acceso; puede que la app conserve datos que obtuvo antes</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Alto</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Medio</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Bajo</translation>
        </message>
        <message>
            <source>not listed</source>
            <translation>no listada</translation>
        </message>
        <message>
            <source>{severity} ({count})</source>
            <translation>{severity} ({count})</translation>
        </message>
        <message>
            <source>{risk} · named in an investigation</source>
            <translation>{risk} · citada en una investigación</translation>
        </message>
        <message>
            <source>{risk} · possibly named in an investigation</source>
            <translation>{risk} · posiblemente citada en una investigación</translation>
        </message>
        <message>
            <source>by {developer}</source>
            <translation>de {developer}</translation>
        </message>
        <message>
            <source>App or website</source>
            <translation>App o sitio web</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Plataforma</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>Concedida</translation>
        </message>
        <message>
            <source>Last used</source>
            <translation>Último uso</translation>
        </message>
        <message>
            <source>Permissions</source>
            <translation>Permisos</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Riesgo</translation>
        </message>
        <message>
            <source>Your decision</source>
            <translation>Tu decisión</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
    </context>
    <context>
        <name>LoadBanner</name>
        <message>
            <source>Cancel</source>
            <extracomment>How long a task may run before the progress bar appears (a flash of progress bar is noise).</extracomment>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Stop reading; the list stays as it was</source>
            <translation>Dejar de leer; la lista se queda como estaba</translation>
        </message>
        <message>
            <source>{n} files listed</source>
            <translation>{n} ficheros listados</translation>
        </message>
        <message>
            <source>{size} read</source>
            <translation>{size} leídos</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>About Grantscope</source>
            <translation>Acerca de Grantscope</translation>
        </message>
        <message>
            <source>&lt;b&gt;Grantscope&lt;/b&gt; {version}</source>
            <translation>&lt;b&gt;Grantscope&lt;/b&gt; {version}</translation>
        </message>
        <message>
            <source>See every app and website that can reach your accounts' data, offline. Archives are read on this computer and never uploaded.

Settings and notes: {path}</source>
            <translation>Mira todas las apps y sitios web que pueden acceder a los datos de tus cuentas, sin conexión. Los archivos se leen en este ordenador y nunca se suben.

Ajustes y notas: {path}</translation>
        </message>
        <message>
            <source>Lists</source>
            <extracomment>An export older than this is pointed out (Facebook's own window of use). The shown inventory changed (after loading, merging or clearing). A load finished: True when data was added, False on error or cancel. An unexpected error (a bug) reached the window: (summary, details). ui/app.py shows the crash dialog. Presentation mode (workshops): full screen, large type, high contrast, identifiers hidden. account key → the person's name (or the export's file name), for the list's account column older exports and old exports already pointed out in the message bar (said once, not on every change)</extracomment>
            <translation>Listas</translation>
        </message>
        <message>
            <source>Switch lists with the arrow keys</source>
            <translation>Cambia de lista con las flechas</translation>
        </message>
        <message>
            <source>Search businesses and events…</source>
            <extracomment>ui.accounts.Accounts once attached (live connections); None until the keychain was probed</extracomment>
            <translation>Buscar empresas y eventos…</translation>
        </message>
        <message>
            <source>Search advertisers…</source>
            <translation>Buscar anunciantes…</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Risk findings could not be computed</source>
            <translation>No se pudieron calcular los hallazgos de riesgo</translation>
        </message>
        <message>
            <source>Person {n} ({platform})</source>
            <translation>Persona {n} ({platform})</translation>
        </message>
        <message>
            <source>Loaded: {status}</source>
            <translation>Cargado: {status}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln app(s) or website(s)</source>
            <translation>
                <numerusform>%Ln app o sitio web</numerusform>
                <numerusform>%Ln apps y sitios web</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln source(s)</source>
            <translation>
                <numerusform>%Ln fuente</numerusform>
                <numerusform>%Ln fuentes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln of your own</source>
            <translation>
                <numerusform>%Ln propia</numerusform>
                <numerusform>%Ln propias</numerusform>
            </translation>
        </message>
        <message>
            <source>{file} is an older export of {person}: kept for comparison, not counted.</source>
            <translation>{file} es una exportación más antigua de {person}: se guarda para comparar, no se cuenta.</translation>
        </message>
        <message>
            <source>{file} is {months} months old: download a fresh copy to see who has access today.</source>
            <translation>{file} tiene {months} meses: descarga una copia nueva para ver quién tiene acceso hoy.</translation>
        </message>
        <message>
            <source>Not everything shown is current</source>
            <translation>No todo lo que se muestra está al día</translation>
        </message>
        <message>
            <source>Apps and websites ({n})</source>
            <translation>Apps y sitios web ({n})</translation>
        </message>
        <message>
            <source>Businesses sending your activity ({n})</source>
            <translation>Empresas que envían tu actividad ({n})</translation>
        </message>
        <message>
            <source>Advertisers ({n})</source>
            <translation>Anunciantes ({n})</translation>
        </message>
        <message>
            <source>What we read</source>
            <translation>Qué se leyó</translation>
        </message>
        <message>
            <source>What we read (⚠ {n})</source>
            <translation>Qué se leyó (⚠ {n})</translation>
        </message>
        <message>
            <source>Tab / Shift+Tab</source>
            <extracomment>The printable one-page handout for workshop participants (a copy lives in docs/, checked by a test).</extracomment>
            <translation>Tab / Mayús+Tab</translation>
        </message>
        <message>
            <source>Next / previous region: cards, search and filters, list, details, actions</source>
            <translation>Zona siguiente / anterior: tarjetas, búsqueda y filtros, lista, detalles, acciones</translation>
        </message>
        <message>
            <source>Arrow keys</source>
            <translation>Flechas</translation>
        </message>
        <message>
            <source>Move within a region (rows of the list, cards, tabs)</source>
            <translation>Moverse dentro de una zona (filas de la lista, tarjetas, pestañas)</translation>
        </message>
        <message>
            <source>Down (in the search box)</source>
            <translation>Abajo (en el cuadro de búsqueda)</translation>
        </message>
        <message>
            <source>Go into the list</source>
            <translation>Entrar en la lista</translation>
        </message>
        <message>
            <source>Escape (in the search box)</source>
            <translation>Escape (en el cuadro de búsqueda)</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Borrar la búsqueda</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Espacio</translation>
        </message>
        <message>
            <source>Press the focused button or card</source>
            <translation>Pulsar el botón o la tarjeta con el foco</translation>
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>The web browser could not be opened</source>
            <translation>No se pudo abrir el navegador web</translation>
        </message>
        <message>
            <source>Open this address yourself: {url}</source>
            <translation>Abre tú esta dirección: {url}</translation>
        </message>
        <message>
            <source>Handout saved</source>
            <translation>Hoja guardada</translation>
        </message>
        <message>
            <source>Saved to {path}. Open it in a web browser to print it.</source>
            <translation>Guardada en {path}. Ábrela en un navegador web para imprimirla.</translation>
        </message>
        <message>
            <source>Save workshop handout</source>
            <translation>Guardar la hoja del taller</translation>
        </message>
        <message>
            <source>Web page (*.html)</source>
            <translation>Página web (*.html)</translation>
        </message>
        <message>
            <source>Language changed</source>
            <translation>Idioma cambiado</translation>
        </message>
        <message>
            <source>Grantscope will use the new language the next time it starts.</source>
            <translation>Grantscope usará el nuevo idioma la próxima vez que se inicie.</translation>
        </message>
        <message>
            <source>Disconnect {account}</source>
            <translation>Desconectar {account}</translation>
        </message>
        <message>
            <source>Sign out and forget this account's key (the provider keeps your grants)</source>
            <translation>Cerrar sesión y olvidar la clave de esta cuenta (el proveedor conserva tus autorizaciones)</translation>
        </message>
        <message>
            <source>Reconnect {accounts}?</source>
            <translation>¿Reconectar {accounts}?</translation>
        </message>
        <message>
            <source>You connected {n} account(s) last time. Choose Accounts › Reconnect to list the apps again; nothing is sent to a provider until you do.</source>
            <translation>La última vez conectaste {n} cuenta(s). Elige Cuentas › Reconectar para volver a listar las apps; no se envía nada a ningún proveedor hasta que lo hagas.</translation>
        </message>
        <message>
            <source>Talking to the provider…</source>
            <translation>Hablando con el proveedor…</translation>
        </message>
        <message>
            <source>List Apps Again: {account}</source>
            <translation>Volver a listar apps: {account}</translation>
        </message>
        <message>
            <source>Open Account Page: {account}</source>
            <translation>Abrir la página de la cuenta: {account}</translation>
        </message>
        <message>
            <source>Reconnect {account}</source>
            <translation>Reconectar {account}</translation>
        </message>
        <message>
            <source>Sign in with the key saved in your keychain and list the apps</source>
            <translation>Iniciar sesión con la clave guardada en tu llavero y listar las apps</translation>
        </message>
        <message>
            <source>Forget {account}</source>
            <translation>Olvidar {account}</translation>
        </message>
        <message>
            <source>Delete the saved sign-in from your keychain</source>
            <translation>Borrar la sesión guardada de tu llavero</translation>
        </message>
        <message>
            <source>Stop Retrying Revocation: {account}</source>
            <translation>Dejar de reintentar la revocación: {account}</translation>
        </message>
        <message>
            <source>Grantscope's old sign-in may still be valid at the provider; remove it there</source>
            <translation>Puede que la sesión antigua de Grantscope siga siendo válida en el proveedor; quítala allí</translation>
        </message>
        <message>
            <source>Revoke Access…</source>
            <translation>Revocar acceso…</translation>
        </message>
        <message>
            <source>Manage on {platform}</source>
            <translation>Gestionar en {platform}</translation>
        </message>
        <message>
            <source>Reading {names}…</source>
            <translation>Leyendo {names}…</translation>
        </message>
        <message>
            <source>{n} of {total} files could not be read</source>
            <translation>No se pudieron leer {n} de {total} ficheros</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Open Archive…</source>
            <translation>&amp;Abrir archivo…</translation>
        </message>
        <message>
            <source>Open one or more archive files (ZIP or TGZ)</source>
            <translation>Abrir uno o varios archivos comprimidos (ZIP o TGZ)</translation>
        </message>
        <message>
            <source>Open Unpacked &amp;Folder…</source>
            <translation>Abrir &amp;carpeta descomprimida…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Abrir &amp;reciente</translation>
        </message>
        <message>
            <source>Try the &amp;Demo</source>
            <translation>Probar la &amp;demo</translation>
        </message>
        <message>
            <source>Try a Demo &amp;Person</source>
            <translation>Probar una &amp;persona de demo</translation>
        </message>
        <message>
            <source>&amp;Sam, a student</source>
            <translation>&amp;Sam, estudiante</translation>
        </message>
        <message>
            <source>&amp;Pat, a parent</source>
            <translation>&amp;Pat, madre o padre</translation>
        </message>
        <message>
            <source>&amp;Kim, a small-business owner</source>
            <translation>&amp;Kim, dueña de un pequeño negocio</translation>
        </message>
        <message>
            <source>&amp;Export Summary…</source>
            <translation>&amp;Exportar resumen…</translation>
        </message>
        <message>
            <source>&amp;Close All</source>
            <translation>C&amp;errar todo</translation>
        </message>
        <message>
            <source>Forget the loaded archives (the files are not touched)</source>
            <translation>Olvidar los archivos cargados (los ficheros no se tocan)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Buscar…</translation>
        </message>
        <message>
            <source>C&amp;lear Filters</source>
            <translation>Borrar &amp;filtros</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferencias…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>&amp;Ampliar</translation>
        </message>
        <message>
            <source>Larger text, for example on a projector</source>
            <translation>Texto más grande, por ejemplo en un proyector</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>&amp;Reducir</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>&amp;Tamaño real</translation>
        </message>
        <message>
            <source>&amp;Presentation Mode</source>
            <translation>Modo &amp;presentación</translation>
        </message>
        <message>
            <source>Full screen, large type, high contrast, names and paths hidden</source>
            <translation>Pantalla completa, letra grande, alto contraste, nombres y rutas ocultos</translation>
        </message>
        <message>
            <source>&amp;Accounts</source>
            <translation>&amp;Cuentas</translation>
        </message>
        <message>
            <source>&amp;Connect Account…</source>
            <translation>&amp;Conectar cuenta…</translation>
        </message>
        <message>
            <source>List and revoke grants live from an identity provider</source>
            <translation>Listar y revocar autorizaciones en directo desde un proveedor de identidad</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>How to Get Your &amp;Archive</source>
            <translation>Cómo conseguir tu &amp;archivo</translation>
        </message>
        <message>
            <source>&amp;About Grantscope</source>
            <translation>&amp;Acerca de Grantscope</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>Atajos de &amp;teclado</translation>
        </message>
        <message>
            <source>Save Workshop &amp;Handout…</source>
            <translation>Guardar la &amp;hoja del taller…</translation>
        </message>
        <message>
            <source>A printable page for workshop participants</source>
            <translation>Una página imprimible para quienes participan en el taller</translation>
        </message>
        <message>
            <source>&amp;Clean-up</source>
            <translation>&amp;Limpieza</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Ayuda</translation>
        </message>
        <message>
            <source>Mark selected as "Remove it"</source>
            <translation>Marcar la selección como «Quitarla»</translation>
        </message>
        <message>
            <source>Mark selected as "Keep"</source>
            <translation>Marcar la selección como «Conservar»</translation>
        </message>
        <message>
            <source>Mark selected as "Reviewed"</source>
            <translation>Marcar la selección como «Revisada»</translation>
        </message>
        <message>
            <source>Clear the decision of selected</source>
            <translation>Borrar la decisión de la selección</translation>
        </message>
        <message>
            <source>Mark all stale apps as "Remove it"</source>
            <translation>Marcar todas las apps sin uso desde hace mucho como «Quitarla»</translation>
        </message>
        <message>
            <source>Clean-up plan…</source>
            <translation>Plan de limpieza…</translation>
        </message>
        <message>
            <source>Draft a deletion request…</source>
            <translation>Redactar una solicitud de borrado…</translation>
        </message>
        <message>
            <source>Ask the selected app's developer to delete what it copied (GDPR Art. 17 or CCPA); nothing is sent</source>
            <translation>Pedir al desarrollador de la app seleccionada que borre lo que copió (RGPD art. 17 o CCPA); no se envía nada</translation>
        </message>
        <message>
            <source>What changed…</source>
            <translation>Qué cambió…</translation>
        </message>
        <message>
            <source>Compare an older and a newer export of the same account</source>
            <translation>Comparar una exportación más antigua y otra más reciente de la misma cuenta</translation>
        </message>
        <message>
            <source>Clear Menu</source>
            <translation>Vaciar la lista</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Dismiss message</source>
            <translation>Cerrar el mensaje</translation>
        </message>
        <message>
            <source>Hide this message</source>
            <translation>Ocultar este mensaje</translation>
        </message>
    </context>
    <context>
        <name>OverviewCards</name>
        <message>
            <source>Apps with access now</source>
            <extracomment>Cards that filter the grant list (the others switch to their own tab).</extracomment>
            <translation>Apps con acceso ahora</translation>
        </message>
        <message>
            <source>Apps and websites that can still reach your data. Click to list them.</source>
            <translation>Apps y sitios web que aún pueden acceder a tus datos. Haz clic para listarlos.</translation>
        </message>
        <message>
            <source>Listed, status not stated</source>
            <translation>Listada, estado no indicado</translation>
        </message>
        <message>
            <source>Apps these exports list without saying whether they can still reach your data. Check on the platform whether they are still connected. Click to list them.</source>
            <translation>Apps que estas exportaciones listan sin decir si aún pueden acceder a tus datos. Comprueba en la plataforma si siguen conectadas. Haz clic para listarlas.</translation>
        </message>
        <message>
            <source>Need attention</source>
            <translation>Requieren atención</translation>
        </message>
        <message>
            <source>Apps with a high-risk finding. Click to list them.</source>
            <translation>Apps con un hallazgo de riesgo alto. Haz clic para listarlas.</translation>
        </message>
        <message>
            <source>Unused for {n}+ days</source>
            <translation>Sin uso desde hace {n}+ días</translation>
        </message>
        <message>
            <source>Apps with access but no sign of use in the last {n} days. Click to list them.</source>
            <translation>Apps con acceso pero sin señales de uso en los últimos {n} días. Haz clic para listarlas.</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Caducadas</translation>
        </message>
        <message>
            <source>Apps whose access expired: they keep the data they already took. Click to list them.</source>
            <translation>Apps cuyo acceso caducó: conservan los datos que ya obtuvieron. Haz clic para listarlas.</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Quitadas</translation>
        </message>
        <message>
            <source>Apps whose access was removed. Click to list them.</source>
            <translation>Apps a las que se quitó el acceso. Haz clic para listarlas.</translation>
        </message>
        <message>
            <source>Your own apps</source>
            <translation>Tus propias apps</translation>
        </message>
        <message>
            <source>Apps you manage as a developer and the platform's own apps (such as Twitter for Android). They are not third parties and are not counted elsewhere. Click to list them.</source>
            <translation>Apps que gestionas como desarrollador y apps propias de la plataforma (como Twitter para Android). No son terceros y no se cuentan en otro sitio. Haz clic para listarlas.</translation>
        </message>
        <message>
            <source>Businesses sending your activity</source>
            <translation>Empresas que envían tu actividad</translation>
        </message>
        <message>
            <source>Businesses that told the platform what you did on their sites and apps. Click to see them.</source>
            <translation>Empresas que contaron a la plataforma lo que hiciste en sus sitios y apps. Haz clic para verlas.</translation>
        </message>
        <message>
            <source>Advertisers with your information</source>
            <translation>Anunciantes con tu información</translation>
        </message>
        <message>
            <source>Advertisers that uploaded or used a list with your information. Click to see them.</source>
            <translation>Anunciantes que subieron o usaron una lista con tu información. Haz clic para verlos.</translation>
        </message>
    </context>
    <context>
        <name>PlanView</name>
        <message>
            <source>No app is marked "Remove it" yet. Select apps in the list and choose Clean-up → Mark selected as "Remove it".</source>
            <translation>Todavía no hay ninguna app marcada como «Quitarla». Selecciona apps en la lista y elige Limpieza → Marcar la selección como «Quitarla».</translation>
        </message>
        <message>
            <source>Print checklist (PDF)…</source>
            <translation>Imprimir la lista de tareas (PDF)…</translation>
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
            <translation>Guardar el plan de limpieza en un fichero</translation>
        </message>
        <message>
            <source>to do</source>
            <translation>pendiente</translation>
        </message>
        <message>
            <source>done, waiting for proof</source>
            <translation>hecho, a la espera de prueba</translation>
        </message>
        <message>
            <source>verified gone</source>
            <translation>confirmado: ya no está</translation>
        </message>
        <message>
            <source>still connected</source>
            <translation>sigue conectada</translation>
        </message>
        <message>
            <source>deletion requested {day}</source>
            <translation>borrado solicitado el {day}</translation>
        </message>
        <message>
            <source>{done} of {total} done</source>
            <translation>Hecho: {done} de {total}</translation>
        </message>
        <message>
            <source>Still connected: {apps}. You ticked these done, but a newer export still lists them as active; remove them again.</source>
            <translation>Siguen conectadas: {apps}. Las marcaste como hechas, pero una exportación más reciente aún las lista como activas; vuelve a quitarlas.</translation>
        </message>
        <message>
            <source>Open {platform} settings</source>
            <translation>Abrir los ajustes de {platform}</translation>
        </message>
        <message>
            <source>{platform} settings, the list of connected apps</source>
            <translation>Ajustes de {platform}, lista de apps conectadas</translation>
        </message>
        <message>
            <source>Where to click: {where}</source>
            <translation>Dónde hacer clic: {where}</translation>
        </message>
        <message>
            <source>Done: {app}</source>
            <translation>Hecho: {app}</translation>
        </message>
        <message>
            <source>Revoke now</source>
            <translation>Revocar ahora</translation>
        </message>
        <message>
            <source>Deletion request…</source>
            <translation>Solicitud de borrado…</translation>
        </message>
        <message>
            <source>Can see: {what}</source>
            <translation>Puede ver: {what}</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <extracomment>The shipped translations (resources/translations/grantscope_&lt;code&gt;.ts), named in their own language. "" for the system's language, else a language code ("de", "fr", "es", "en")</extracomment>
            <translation>Preferencias</translation>
        </message>
        <message>
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <source>Days without use before an app is flagged</source>
            <translation>Días sin uso antes de marcar una app</translation>
        </message>
        <message>
            <source>Apps unused for longer are flagged as not used for a long time</source>
            <translation>Las apps sin uso durante más tiempo se marcan como sin uso desde hace mucho</translation>
        </message>
        <message>
            <source>An app that still has access but shows no sign of use for longer than this is flagged as “not used for a long time”. Facebook itself cuts off apps unused for 90 days.</source>
            <translation>Una app que aún tiene acceso pero no muestra señales de uso durante más tiempo que este se marca como «sin uso desde hace mucho». El propio Facebook corta las apps que llevan 90 días sin usarse.</translation>
        </message>
        <message>
            <source>Flag apps unused for more than:</source>
            <translation>Marcar las apps sin uso durante más de:</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Idioma del sistema</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>The language of Grantscope; applies at the next start</source>
            <translation>El idioma de Grantscope; se aplica en el próximo inicio</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
    </context>
    <context>
        <name>SourcesPanel</name>
        <message>
            <source>The archives and accounts read, with any warnings</source>
            <extracomment>Presentation mode: archives shown by file name only, connected accounts not named.</extracomment>
            <translation>Los archivos y cuentas leídos, con los avisos que haya</translation>
        </message>
        <message>
            <source>Nothing has been read yet.</source>
            <translation>Todavía no se ha leído nada.</translation>
        </message>
        <message>
            <source>and {n} more</source>
            <translation>y {n} más</translation>
        </message>
        <message>
            <source>Not read</source>
            <translation>No leído</translation>
        </message>
        <message>
            <source>{platform}: connected account</source>
            <translation>{platform}: cuenta conectada</translation>
        </message>
        <message>
            <source>{platform} archive, {generation} layout</source>
            <translation>Archivo de {platform}, formato {generation}</translation>
        </message>
        <message>
            <source>{platform} archive</source>
            <translation>Archivo de {platform}</translation>
        </message>
        <message>
            <source>Files used: {n}</source>
            <translation>Ficheros usados: {n}</translation>
        </message>
        <message>
            <source>Files with nothing in them: {n}</source>
            <translation>Ficheros sin contenido: {n}</translation>
        </message>
        <message>
            <source>No file with app data was found in this archive.</source>
            <translation>No se encontró ningún fichero con datos de apps en este archivo.</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <source>{first} + {n} more parts</source>
            <translation>{first} + {n} partes más</translation>
        </message>
        <message>
            <source>See who can reach your accounts</source>
            <translation>Mira quién puede acceder a tus cuentas</translation>
        </message>
        <message>
            <source>Grantscope lists every app and website that can reach your Facebook, Instagram, X and other accounts' data, what each one can see, and where to cut it off. It reads the archive you download from each platform right here on your computer: nothing is uploaded, nothing is changed.</source>
            <translation>Grantscope lista todas las apps y sitios web que pueden acceder a los datos de tus cuentas de Facebook, Instagram, X y otras, lo que puede ver cada uno y dónde cortarle el acceso. Lee el archivo que descargas de cada plataforma aquí, en tu ordenador: no se sube nada ni se cambia nada.</translation>
        </message>
        <message>
            <source>Open archive…</source>
            <translation>Abrir archivo…</translation>
        </message>
        <message>
            <source>Choose one or more ZIP or TGZ archive files</source>
            <translation>Elegir uno o varios archivos ZIP o TGZ</translation>
        </message>
        <message>
            <source>Open unpacked folder…</source>
            <translation>Abrir carpeta descomprimida…</translation>
        </message>
        <message>
            <source>Choose a folder with an archive already unpacked</source>
            <translation>Elegir una carpeta con un archivo ya descomprimido</translation>
        </message>
        <message>
            <source>Try the demo</source>
            <translation>Probar la demo</translation>
        </message>
        <message>
            <source>Load the archives of a fictional person to see how it works</source>
            <translation>Cargar los archivos de una persona ficticia para ver cómo funciona</translation>
        </message>
        <message>
            <source>Back to your list</source>
            <translation>Volver a tu lista</translation>
        </message>
        <message>
            <source>Return to the apps and websites you have opened</source>
            <translation>Volver a las apps y sitios web que has abierto</translation>
        </message>
        <message>
            <source>You can also drop archives (ZIP, TGZ, several parts at once) or an unpacked folder anywhere on this window.</source>
            <translation>También puedes soltar archivos (ZIP, TGZ, varias partes a la vez) o una carpeta descomprimida en cualquier parte de esta ventana.</translation>
        </message>
        <message>
            <source>Get your archive</source>
            <translation>Consigue tu archivo</translation>
        </message>
        <message>
            <source>Ask each platform for a copy of your data in JSON format. It is free; the platform tells you when it is ready to download.</source>
            <translation>Pide a cada plataforma una copia de tus datos en formato JSON. Es gratis; la plataforma te avisa cuando está lista para descargar.</translation>
        </message>
        <message>
            <source>Grantscope never connects to these platforms when it reads an archive. The links above open in your web browser.</source>
            <translation>Grantscope nunca se conecta a estas plataformas cuando lee un archivo. Los enlaces de arriba se abren en tu navegador web.</translation>
        </message>
        <message>
            <source>Settings &amp; privacy › Settings › Accounts Center › Your information and permissions › Download your information. Pick your Facebook profile, choose “Apps and websites” (or everything) and the JSON format.</source>
            <translation>Configuración y privacidad › Configuración › Centro de cuentas › Tu información y permisos › Descargar tu información. Elige tu perfil de Facebook, «Apps y sitios web» (o todo) y el formato JSON.</translation>
        </message>
        <message>
            <source>Usually ready within a day; Facebook notifies you.</source>
            <translation>Suele estar lista en un día; Facebook te avisa.</translation>
        </message>
        <message>
            <source>Settings › Accounts Center › Your information and permissions › Download your information. Pick your Instagram account and the JSON format.</source>
            <translation>Configuración › Centro de cuentas › Tu información y permisos › Descargar tu información. Elige tu cuenta de Instagram y el formato JSON.</translation>
        </message>
        <message>
            <source>Can take up to 14 days; Instagram e-mails you.</source>
            <translation>Puede tardar hasta 14 días; Instagram te envía un correo.</translation>
        </message>
        <message>
            <source>More › Settings and privacy › Your account › Download an archive of your data. Confirm your password and the code you receive.</source>
            <translation>Más opciones › Configuración y privacidad › Tu cuenta › Descarga un archivo de tus datos. Confirma tu contraseña y el código que recibas.</translation>
        </message>
        <message>
            <source>Takes 24 hours or more; X notifies you.</source>
            <translation>Tarda 24 horas o más; X te avisa.</translation>
        </message>
        <message>
            <source>takeout.google.com › pick the products (Access log activity, Chrome, Google Play Store) › Next step › Create export. Takeout has no list of connected apps: Grantscope links to Google's own page for those.</source>
            <translation>takeout.google.com › elige los productos (Actividad del registro de acceso, Chrome, Google Play Store) › Siguiente paso › Crear exportación. Takeout no tiene una lista de apps conectadas: Grantscope enlaza a la página de Google para eso.</translation>
        </message>
        <message>
            <source>Minutes to days, in one or more parts; Google e-mails you.</source>
            <translation>De minutos a días, en una o varias partes; Google te envía un correo.</translation>
        </message>
        <message>
            <source>accounts.snapchat.com › My Data › tick “Export your data in JSON” › Submit.</source>
            <translation>accounts.snapchat.com › Mis datos › marca «Exportar tus datos en JSON» › Enviar.</translation>
        </message>
        <message>
            <source>Usually within a day; Snapchat e-mails you a link.</source>
            <translation>Suele tardar un día; Snapchat te envía un enlace por correo.</translation>
        </message>
        <message>
            <source>In the app: Profile › Menu › Settings and privacy › Account › Download your data › JSON › Request data.</source>
            <translation>En la app: Perfil › Menú › Ajustes y privacidad › Cuenta › Descargar tus datos › JSON › Solicitar datos.</translation>
        </message>
        <message>
            <source>A few days; the file appears on the same page.</source>
            <translation>Unos días; el fichero aparece en la misma página.</translation>
        </message>
        <message>
            <source>User Settings › Data &amp; Privacy › Request all of my data (under “Request your data”).</source>
            <translation>Ajustes de usuario › Datos y privacidad › Solicitar todos mis datos (en «Solicitar tus datos»).</translation>
        </message>
        <message>
            <source>Up to 30 days; Discord e-mails you a link.</source>
            <translation>Hasta 30 días; Discord te envía un enlace por correo.</translation>
        </message>
        <message>
            <source>reddit.com › Settings › Privacy › Request your data (a data request form).</source>
            <translation>reddit.com › Configuración › Privacidad › Solicitar tus datos (un formulario de solicitud).</translation>
        </message>
        <message>
            <source>Up to 30 days; Reddit sends it to your inbox.</source>
            <translation>Hasta 30 días; Reddit te lo envía a tu bandeja de entrada.</translation>
        </message>
        <message>
            <source>Request it on {platform}</source>
            <translation>Solicitarlo en {platform}</translation>
        </message>
        <message>
            <source>Opens {url} in your web browser</source>
            <translation>Abre {url} en tu navegador web</translation>
        </message>
        <message>
            <source>Requested inside the platform's own app</source>
            <translation>Se solicita dentro de la propia app de la plataforma</translation>
        </message>
        <message>
            <source>Open again</source>
            <translation>Abrir de nuevo</translation>
        </message>
    </context>
    <context>
        <name>platform</name>
        <message>
            <source>Unknown</source>
            <extracomment>Demo inputs: archives, plus folders (an unpacked export); the generator script is skipped. where to click, in words (the only guidance for platforms without a settings web page)</extracomment>
            <translation>Desconocida</translation>
        </message>
    </context>
    <context>
        <name>ConfirmRevoke</name>
        <message>
            <source>Keycloak removes your consent and also ends the app's offline access, so it can no longer act for you while you are away.</source>
            <extracomment>How many scopes the dialog lists before "and N more".</extracomment>
            <translation>Keycloak elimina tu consentimiento y también pone fin al acceso sin conexión de la app, así que ya no puede actuar en tu nombre cuando no estás.</translation>
        </message>
        <message>
            <source>authentik removes your consent; {app} will have to ask for it again.</source>
            <translation>authentik elimina tu consentimiento; {app} tendrá que volver a pedirlo.</translation>
        </message>
        <message>
            <source>This consent was given for everyone in your organisation. Revoking it removes {app}'s access for every user, which may stop it working for your colleagues.</source>
            <translation>Este consentimiento se dio para toda tu organización. Revocarlo quita el acceso de {app} a todos los usuarios, lo que puede hacer que deje de funcionar para tus compañeros.</translation>
        </message>
        <message>
            <source>Access tokens {app} already holds stay valid until they expire (about an hour); it gets no new ones.</source>
            <translation>Los tokens de acceso que {app} ya tiene siguen siendo válidos hasta que caducan (alrededor de una hora); no recibe otros nuevos.</translation>
        </message>
        <message>
            <source>Google deletes every token {user} issued to {app}; the app is signed out for that user.</source>
            <translation>Google elimina todos los tokens que {user} emitió para {app}; la app queda desconectada para ese usuario.</translation>
        </message>
    </context>
    <context>
        <name>ConnectAccount</name>
        <message>
            <source>Required.</source>
            <extracomment>Extra params offered under "Advanced" (see notes/connectors_api.md): they override the preset's template.</extracomment>
            <translation>Obligatorio.</translation>
        </message>
        <message>
            <source>Enter the full address, starting with https://</source>
            <translation>Escribe la dirección completa, empezando por https://</translation>
        </message>
        <message>
            <source>Grantscope only signs in over https.</source>
            <translation>Grantscope solo inicia sesión por https.</translation>
        </message>
        <message>
            <source>Enter only the server's name, like id.example.org (no spaces, no path). For an address with a path, use “Issuer address” under Advanced.</source>
            <translation>Escribe solo el nombre del servidor, como id.example.org (sin espacios ni ruta). Para una dirección con ruta, usa «Dirección del emisor» en Avanzado.</translation>
        </message>
        <message>
            <source>This cannot contain spaces or slashes.</source>
            <translation>No puede contener espacios ni barras.</translation>
        </message>
        <message>
            <source>A client ID has no spaces. Copy it again from the provider.</source>
            <translation>Un ID de cliente no tiene espacios. Vuelve a copiarlo del proveedor.</translation>
        </message>
        <message>
            <source>Enter the e-mail address of the user whose apps you want to review.</source>
            <translation>Escribe la dirección de correo del usuario cuyas apps quieres revisar.</translation>
        </message>
    </context>
    <context>
        <name>OpenArchive</name>
        <message>
            <source>Open unpacked archive folder</source>
            <translation>Abrir carpeta de archivo descomprimida</translation>
        </message>
        <message>
            <source>Open archive</source>
            <translation>Abrir archivo</translation>
        </message>
        <message>
            <source>Data archives (*.zip *.tgz *.tar.gz *.tar)</source>
            <translation>Archivos de datos (*.zip *.tgz *.tar.gz *.tar)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los ficheros (*)</translation>
        </message>
    </context>
    <context>
        <name>formatting</name>
        <message>
            <source>unknown</source>
            <translation>desconocida</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>The file</source>
            <translation>El fichero</translation>
        </message>
        <message>
            <source>{name} is password-protected</source>
            <translation>{name} está protegido con contraseña</translation>
        </message>
        <message>
            <source>Grantscope cannot read encrypted archives. Unpack it with the password using your system's archive tool, then open the unpacked folder, or download an unencrypted copy.</source>
            <translation>Grantscope no puede leer archivos cifrados. Descomprímelo con la contraseña usando la herramienta de archivos de tu sistema y abre la carpeta descomprimida, o descarga una copia sin cifrar.</translation>
        </message>
        <message>
            <source>{name} was not read: it is larger than the safety limit</source>
            <translation>No se leyó {name}: supera el límite de seguridad</translation>
        </message>
        <message>
            <source>A file inside is unusually large or compresses suspiciously well (like a “zip bomb”), so Grantscope stopped reading it to protect your computer. If you downloaded it from the platform yourself, unpack it and open the folder instead.</source>
            <translation>Un fichero de dentro es inusualmente grande o se comprime de forma sospechosa (como una «bomba zip»), así que Grantscope dejó de leerlo para proteger tu ordenador. Si lo descargaste tú de la plataforma, descomprímelo y abre la carpeta.</translation>
        </message>
        <message>
            <source>No supported data was found in {name}</source>
            <translation>No se encontraron datos compatibles en {name}</translation>
        </message>
        <message>
            <source>This does not look like a data archive from Facebook, Instagram or X. Choose the archive you downloaded from the platform (in JSON format if you were asked), or all of its parts at once.</source>
            <translation>No parece un archivo de datos de Facebook, Instagram o X. Elige el archivo que descargaste de la plataforma (en formato JSON si te lo preguntaron), o todas sus partes a la vez.</translation>
        </message>
        <message>
            <source>{name} could not be found</source>
            <translation>No se encuentra {name}</translation>
        </message>
        <message>
            <source>It may have been moved, renamed or deleted. Open it again from its new place.</source>
            <translation>Puede que se haya movido, renombrado o borrado. Ábrelo de nuevo desde su nuevo sitio.</translation>
        </message>
        <message>
            <source>{name} cannot be opened</source>
            <translation>No se puede abrir {name}</translation>
        </message>
        <message>
            <source>Your account may not have permission to read it, or another program may be using it. Check that you can open it, then try again.</source>
            <translation>Puede que tu cuenta no tenga permiso para leerlo o que otro programa lo esté usando. Comprueba que puedes abrirlo y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>{name} is empty</source>
            <translation>{name} está vacío</translation>
        </message>
        <message>
            <source>The file has no content, which usually means the download did not finish. Download the archive again.</source>
            <translation>El fichero no tiene contenido, lo que suele indicar que la descarga no terminó. Vuelve a descargar el archivo.</translation>
        </message>
        <message>
            <source>{name} is not an archive</source>
            <translation>{name} no es un archivo comprimido</translation>
        </message>
        <message>
            <source>Grantscope reads ZIP and TGZ archives and unpacked folders. Choose the archive you downloaded from the platform.</source>
            <translation>Grantscope lee archivos ZIP y TGZ y carpetas descomprimidas. Elige el archivo que descargaste de la plataforma.</translation>
        </message>
        <message>
            <source>{name} is incomplete</source>
            <translation>{name} está incompleto</translation>
        </message>
        <message>
            <source>The end of the archive is missing, which usually means the download was interrupted. Download the archive again, then open it.</source>
            <translation>Falta el final del archivo, lo que suele indicar que la descarga se interrumpió. Vuelve a descargarlo y ábrelo.</translation>
        </message>
        <message>
            <source>{name} has too many files inside</source>
            <translation>{name} contiene demasiados ficheros</translation>
        </message>
        <message>
            <source>It holds more files than any platform archive should, so Grantscope stopped reading it to protect your computer.</source>
            <translation>Contiene más ficheros de los que debería tener cualquier archivo de una plataforma, así que Grantscope dejó de leerlo para proteger tu ordenador.</translation>
        </message>
        <message>
            <source>A data file in {name} is damaged</source>
            <translation>Un fichero de datos de {name} está dañado</translation>
        </message>
        <message>
            <source>It is not valid JSON. Download the archive again.</source>
            <translation>No es JSON válido. Vuelve a descargar el archivo.</translation>
        </message>
        <message>
            <source>{name} is damaged</source>
            <translation>{name} está dañado</translation>
        </message>
        <message>
            <source>The archive cannot be read. Download it again from the platform, then open it.</source>
            <translation>No se puede leer el archivo. Descárgalo de nuevo de la plataforma y ábrelo.</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <source>Your sign-in has expired</source>
            <translation>Tu sesión ha caducado</translation>
        </message>
        <message>
            <source>Sign in to the account again to continue.</source>
            <translation>Vuelve a iniciar sesión en la cuenta para continuar.</translation>
        </message>
        <message>
            <source>The provider asked Grantscope to slow down</source>
            <translation>El proveedor pidió a Grantscope que fuera más despacio</translation>
        </message>
        <message>
            <source>Wait a minute, then try again.</source>
            <translation>Espera un minuto y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>Access could not be removed</source>
            <translation>No se pudo quitar el acceso</translation>
        </message>
        <message>
            <source>The provider did not confirm the change. Try again, or remove the app on the provider's settings page.</source>
            <translation>El proveedor no confirmó el cambio. Vuelve a intentarlo o quita la app en la página de ajustes del proveedor.</translation>
        </message>
        <message>
            <source>The provider could not be reached</source>
            <translation>No se pudo contactar con el proveedor</translation>
        </message>
        <message>
            <source>Check your internet connection and the address of the server, then try again.</source>
            <translation>Comprueba tu conexión a Internet y la dirección del servidor, y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>No keychain is available</source>
            <translation>No hay ningún llavero disponible</translation>
        </message>
        <message>
            <source>Your sign-in is kept in memory for this session only; you will need to sign in again next time.</source>
            <translation>Tu sesión se guarda en memoria solo durante esta sesión; la próxima vez tendrás que volver a iniciarla.</translation>
        </message>
        <message>
            <source>Your decision was not saved</source>
            <translation>Tu decisión no se guardó</translation>
        </message>
        <message>
            <source>The data folder is read-only. Your saved decisions are shown, but new ones cannot be saved until the folder can be written.</source>
            <translation>La carpeta de datos es de solo lectura. Se muestran tus decisiones guardadas, pero no se podrán guardar otras nuevas hasta que se pueda escribir en la carpeta.</translation>
        </message>
        <message>
            <source>The summary could not be saved</source>
            <translation>No se pudo guardar el resumen</translation>
        </message>
        <message>
            <source>Nothing was written. Choose another folder and try again.</source>
            <translation>No se escribió nada. Elige otra carpeta y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Algo salió mal</translation>
        </message>
        <message>
            <source>Please try again.</source>
            <translation>Vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>Not enough memory</source>
            <translation>No hay memoria suficiente</translation>
        </message>
        <message>
            <source>The archive is too large for this computer's memory. Close other programs and try again, or open only the part that holds your apps.</source>
            <translation>El archivo es demasiado grande para la memoria de este ordenador. Cierra otros programas y vuelve a intentarlo, o abre solo la parte que contiene tus apps.</translation>
        </message>
        <message>
            <source>Something unexpected went wrong</source>
            <translation>Algo inesperado salió mal</translation>
        </message>
        <message>
            <source>This is a bug in Grantscope. The details were written to the log file.</source>
            <translation>Es un error de Grantscope. Los detalles se escribieron en el fichero de registro.</translation>
        </message>
        <message>
            <source>The demo archives are missing</source>
            <translation>Faltan los archivos de demostración</translation>
        </message>
        <message>
            <source>This copy of Grantscope has no demo data. Run “uv run python resources/demo/build_demo.py” to create it.</source>
            <translation>Esta copia de Grantscope no tiene datos de demostración. Ejecuta «uv run python resources/demo/build_demo.py» para crearlos.</translation>
        </message>
        <message>
            <source>{name} is already open</source>
            <translation>{name} ya está abierto</translation>
        </message>
        <message>
            <source>Its apps are already in the list.</source>
            <translation>Sus apps ya están en la lista.</translation>
        </message>
        <message>
            <source>The provider</source>
            <translation>El proveedor</translation>
        </message>
        <message>
            <source>Access was declined in the browser</source>
            <translation>Se rechazó el acceso en el navegador</translation>
        </message>
        <message>
            <source>Grantscope did not connect and nothing was changed. Sign in again and choose “Allow” if you want to review this account's apps.</source>
            <translation>Grantscope no se conectó y no se cambió nada. Vuelve a iniciar sesión y elige «Permitir» si quieres revisar las apps de esta cuenta.</translation>
        </message>
        <message>
            <source>Your sign-in to {provider} has expired</source>
            <translation>Tu sesión en {provider} ha caducado</translation>
        </message>
        <message>
            <source>The provider no longer accepts Grantscope's saved sign-in (it expired or was revoked). Sign in again to continue.</source>
            <translation>El proveedor ya no acepta la sesión guardada de Grantscope (caducó o fue revocada). Vuelve a iniciar sesión para continuar.</translation>
        </message>
        <message>
            <source>a role that allows reading app permissions</source>
            <translation>un rol que permita leer los permisos de las apps</translation>
        </message>
        <message>
            <source>Your account lacks a permission {provider} requires</source>
            <translation>A tu cuenta le falta un permiso que {provider} exige</translation>
        </message>
        <message>
            <source>{provider} refused the request. Your account needs: {role}. Ask an administrator to grant it, then try again.</source>
            <translation>{provider} rechazó la solicitud. Tu cuenta necesita: {role}. Pídeselo a un administrador y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>{provider} has no account list at this address</source>
            <translation>{provider} no tiene una lista de cuentas en esta dirección</translation>
        </message>
        <message>
            <source>The server address, realm, tenant or application slug may be wrong, or the provider's account API is switched off. Check the details and connect again.</source>
            <translation>Puede que la dirección del servidor, el realm, el tenant o el slug de la aplicación sean incorrectos, o que la API de cuentas del proveedor esté desactivada. Revisa los datos y conéctate de nuevo.</translation>
        </message>
        <message>
            <source>Try again in {n} seconds.</source>
            <translation>Vuelve a intentarlo dentro de {n} segundos.</translation>
        </message>
        <message>
            <source>{provider} asked Grantscope to slow down</source>
            <translation>{provider} pidió a Grantscope que fuera más despacio</translation>
        </message>
        <message>
            <source>Too many requests were made in a short time. {when}</source>
            <translation>Se hicieron demasiadas solicitudes en poco tiempo. {when}</translation>
        </message>
        <message>
            <source> (error {status})</source>
            <translation> (error {status})</translation>
        </message>
        <message>
            <source>{provider} did not remove the access</source>
            <translation>{provider} no quitó el acceso</translation>
        </message>
        <message>
            <source>The provider refused the change{status}. Try again, or remove the app on the provider's own settings page.</source>
            <translation>El proveedor rechazó el cambio{status}. Vuelve a intentarlo o quita la app en la página de ajustes del propio proveedor.</translation>
        </message>
        <message>
            <source>{provider} refused the request</source>
            <translation>{provider} rechazó la solicitud</translation>
        </message>
        <message>
            <source>The provider answered with an error{status}. Try again later.</source>
            <translation>El proveedor respondió con un error{status}. Inténtalo más tarde.</translation>
        </message>
        <message>
            <source>Signing in to {provider} did not work</source>
            <translation>No funcionó el inicio de sesión en {provider}</translation>
        </message>
        <message>
            <source>Some details are missing</source>
            <translation>Faltan algunos datos</translation>
        </message>
        <message>
            <source>Fill in: {fields}.</source>
            <translation>Rellena: {fields}.</translation>
        </message>
        <message>
            <source>the address you entered</source>
            <translation>la dirección que escribiste</translation>
        </message>
        <message>
            <source>No sign-in service was found at {issuer}</source>
            <translation>No se encontró ningún servicio de inicio de sesión en {issuer}</translation>
        </message>
        <message>
            <source>Check the server address and the realm, tenant or slug. Grantscope looks for the provider's sign-in settings at that address and got no usable answer.</source>
            <translation>Revisa la dirección del servidor y el realm, tenant o slug. Grantscope busca en esa dirección la configuración de inicio de sesión del proveedor y no obtuvo ninguna respuesta útil.</translation>
        </message>
        <message>
            <source>The server address must start with https://. Grantscope never signs in over an unencrypted connection.</source>
            <translation>La dirección del servidor debe empezar por https://. Grantscope nunca inicia sesión por una conexión sin cifrar.</translation>
        </message>
        <message>
            <source>The server answered in the name of a different address. Check the server address (for older Keycloak servers enter the full issuer address with /auth/realms/… under Advanced).</source>
            <translation>El servidor respondió en nombre de otra dirección. Revisa la dirección del servidor (en servidores Keycloak antiguos escribe la dirección completa del emisor con /auth/realms/… en Avanzado).</translation>
        </message>
        <message>
            <source>The sign-in was not finished in time</source>
            <translation>No se terminó de iniciar sesión a tiempo</translation>
        </message>
        <message>
            <source>No answer came back from the browser within 5 minutes. Start again and finish signing in in the browser window, or use a code instead.</source>
            <translation>El navegador no devolvió ninguna respuesta en 5 minutos. Empieza de nuevo y termina de iniciar sesión en la ventana del navegador, o usa un código.</translation>
        </message>
        <message>
            <source>The web browser could not be opened</source>
            <translation>No se pudo abrir el navegador web</translation>
        </message>
        <message>
            <source>Grantscope signs in through your web browser. Choose “Use a code instead” to sign in on another device or browser.</source>
            <translation>Grantscope inicia sesión a través de tu navegador web. Elige «Usar un código» para iniciar sesión en otro dispositivo o navegador.</translation>
        </message>
        <message>
            <source>Grantscope could not open a local address (127.0.0.1) to receive the answer from the browser. A security tool may be blocking it; use a code instead.</source>
            <translation>Grantscope no pudo abrir una dirección local (127.0.0.1) para recibir la respuesta del navegador. Puede que una herramienta de seguridad la bloquee; usa un código.</translation>
        </message>
        <message>
            <source>The sign-in code expired</source>
            <translation>El código de inicio de sesión caducó</translation>
        </message>
        <message>
            <source>The code was not entered in time. Start again and enter the new code promptly.</source>
            <translation>El código no se introdujo a tiempo. Empieza de nuevo e introduce el nuevo código sin demora.</translation>
        </message>
        <message>
            <source>{provider} does not offer sign-in with a code here</source>
            <translation>{provider} no ofrece aquí el inicio de sesión con código</translation>
        </message>
        <message>
            <source>Sign in with the web browser on this computer instead, or allow the device authorization grant in the client's settings at the provider.</source>
            <translation>Inicia sesión con el navegador web de este ordenador, o permite la autorización de dispositivo (device authorization grant) en los ajustes del cliente en el proveedor.</translation>
        </message>
        <message>
            <source>The provider gave no lasting sign-in. Check that the client may use offline access (the offline_access scope).</source>
            <translation>El proveedor no dio una sesión duradera. Comprueba que el cliente puede usar el acceso sin conexión (el scope offline_access).</translation>
        </message>
        <message>
            <source>an error</source>
            <translation>un error</translation>
        </message>
        <message>
            <source>{provider} does not accept this client ID</source>
            <translation>{provider} no acepta este ID de cliente</translation>
        </message>
        <message>
            <source>The provider refused the sign-in before it started (the browser shows its error page). Check the client ID, and that the client allows the redirect address http://127.0.0.1 on any port, then sign in again.</source>
            <translation>El proveedor rechazó el inicio de sesión antes de empezar (el navegador muestra su página de error). Revisa el ID de cliente y que el cliente permita la dirección de redirección http://127.0.0.1 en cualquier puerto, y vuelve a iniciar sesión.</translation>
        </message>
        <message>
            <source>Check the client ID and that the client is registered as a public client.</source>
            <translation>Revisa el ID de cliente y que el cliente esté registrado como cliente público.</translation>
        </message>
        <message>
            <source>The client is not allowed to use this sign-in method. Check its settings at the provider (standard flow, public client).</source>
            <translation>El cliente no tiene permitido este método de inicio de sesión. Revisa sus ajustes en el proveedor (flujo estándar, cliente público).</translation>
        </message>
        <message>
            <source>The client is not allowed the scopes Grantscope asks for (see the README for the scopes each provider needs).</source>
            <translation>El cliente no tiene permitidos los scopes que pide Grantscope (el README indica los scopes que necesita cada proveedor).</translation>
        </message>
        <message>
            <source>Check that the client allows the redirect address http://127.0.0.1 on any port.</source>
            <translation>Comprueba que el cliente permite la dirección de redirección http://127.0.0.1 en cualquier puerto.</translation>
        </message>
        <message>
            <source>Start again; the sign-in answer could no longer be used.</source>
            <translation>Empieza de nuevo; la respuesta del inicio de sesión ya no se podía usar.</translation>
        </message>
        <message>
            <source>Check the client registration at the provider, then try again.</source>
            <translation>Revisa el registro del cliente en el proveedor y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>The provider said “{said}”. {hint}</source>
            <translation>El proveedor dijo «{said}». {hint}</translation>
        </message>
        <message>
            <source>The certificate of {provider} could not be verified</source>
            <translation>No se pudo verificar el certificado de {provider}</translation>
        </message>
        <message>
            <source>Grantscope only talks to servers with a valid certificate. Check the server address; if your organisation uses its own certificate authority, install it on this computer.</source>
            <translation>Grantscope solo habla con servidores que tienen un certificado válido. Revisa la dirección del servidor; si tu organización usa su propia autoridad de certificación, instálala en este ordenador.</translation>
        </message>
        <message>
            <source>{provider} did not answer in time</source>
            <translation>{provider} no respondió a tiempo</translation>
        </message>
        <message>
            <source>Check your internet connection, then try again.</source>
            <translation>Comprueba tu conexión a Internet y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>{provider} could not be reached</source>
            <translation>No se pudo contactar con {provider}</translation>
        </message>
        <message>
            <source>Check your internet connection and the server address, then try again.</source>
            <translation>Comprueba tu conexión a Internet y la dirección del servidor, y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>{provider} sent Grantscope to another address</source>
            <translation>{provider} envió a Grantscope a otra dirección</translation>
        </message>
        <message>
            <source>Grantscope does not follow redirects when it sends a sign-in or a token, since the secret would go along. Check the server address; a proxy in front of the provider may be set up wrongly.</source>
            <translation>Grantscope no sigue redirecciones cuando envía un inicio de sesión o un token, porque el secreto iría con ellos. Revisa la dirección del servidor; puede que un proxy delante del proveedor esté mal configurado.</translation>
        </message>
        <message>
            <source>{provider} gave an answer Grantscope does not understand</source>
            <translation>{provider} dio una respuesta que Grantscope no entiende</translation>
        </message>
        <message>
            <source>The address may point to a web page instead of the provider's API. Check the server address (and the API address under Advanced).</source>
            <translation>Puede que la dirección apunte a una página web en lugar de a la API del proveedor. Revisa la dirección del servidor (y la dirección de la API en Avanzado).</translation>
        </message>
        <message>
            <source>{provider} has a problem right now</source>
            <translation>{provider} tiene un problema en este momento</translation>
        </message>
        <message>
            <source>The provider's server failed{status}. Try again later.</source>
            <translation>El servidor del proveedor falló{status}. Inténtalo más tarde.</translation>
        </message>
        <message>
            <source>Grantscope will not remember this sign-in</source>
            <translation>Grantscope no recordará esta sesión</translation>
        </message>
        <message>
            <source>This computer has no usable keychain (or the provider gave no lasting sign-in), so the sign-in is kept in memory until you quit. Next time you will sign in again.</source>
            <translation>Este ordenador no tiene un llavero utilizable (o el proveedor no dio una sesión duradera), así que la sesión se guarda en memoria hasta que salgas. La próxima vez volverás a iniciar sesión.</translation>
        </message>
        <message>
            <source>Disconnected from {provider}</source>
            <translation>Desconectado de {provider}</translation>
        </message>
        <message>
            <source>Grantscope's access was revoked at the provider and its saved sign-in deleted.</source>
            <translation>Se revocó el acceso de Grantscope en el proveedor y se borró su sesión guardada.</translation>
        </message>
        <message>
            <source> To remove Grantscope's own access there too, open {url}.</source>
            <translation> Para quitar también allí el acceso de Grantscope, abre {url}.</translation>
        </message>
        <message>
            <source>The saved sign-in was deleted from this computer. {provider} offers no way to revoke it from here.{where}</source>
            <translation>La sesión guardada se borró de este ordenador. {provider} no ofrece forma de revocarla desde aquí.{where}</translation>
        </message>
        <message>
            <source>Disconnected, but Grantscope's access at {provider} is still valid</source>
            <translation>Desconectado, pero el acceso de Grantscope en {provider} sigue siendo válido</translation>
        </message>
        <message>
            <source>The provider did not confirm revoking Grantscope's sign-in, so it could still be used there. Grantscope tries again each time it starts (stop that from the Accounts menu).{where}</source>
            <translation>El proveedor no confirmó la revocación de la sesión de Grantscope, así que aún podría usarse allí. Grantscope lo reintenta cada vez que se inicia (puedes detenerlo desde el menú Cuentas).{where}</translation>
        </message>
        <message>
            <source>Disconnected from {provider}, but the provider did not confirm</source>
            <translation>Desconectado de {provider}, pero el proveedor no lo confirmó</translation>
        </message>
        <message>
            <source>The saved sign-in was deleted from this computer; revoking it at the provider failed.{where}</source>
            <translation>La sesión guardada se borró de este ordenador; falló su revocación en el proveedor.{where}</translation>
        </message>
        <message>
            <source>Grantscope's access at {provider} is now revoked</source>
            <translation>El acceso de Grantscope en {provider} ya está revocado</translation>
        </message>
        <message>
            <source>The sign-in of {account} that an earlier Disconnect left valid was revoked at the provider.</source>
            <translation>Se revocó en el proveedor la sesión de {account} que una desconexión anterior había dejado válida.</translation>
        </message>
        <message>
            <source> You can remove it yourself at {url}.</source>
            <translation> Puedes quitarla tú en {url}.</translation>
        </message>
        <message>
            <source>Grantscope's old access at {provider} is still valid</source>
            <translation>El acceso antiguo de Grantscope en {provider} sigue siendo válido</translation>
        </message>
        <message>
            <source>Revoking the sign-in of {account} failed again; Grantscope tries at its next start.{where}</source>
            <translation>La revocación de la sesión de {account} volvió a fallar; Grantscope lo intentará en el próximo inicio.{where}</translation>
        </message>
        <message>
            <source>{provider} gave no lasting sign-in</source>
            <translation>{provider} no dio una sesión duradera</translation>
        </message>
        <message>
            <source>The provider issued no refresh token, so Grantscope cannot remember this account: you will sign in again next time. Check that the client may use offline access (the offline_access scope).</source>
            <translation>El proveedor no emitió un token de actualización, así que Grantscope no puede recordar esta cuenta: la próxima vez volverás a iniciar sesión. Comprueba que el cliente puede usar el acceso sin conexión (el scope offline_access).</translation>
        </message>
        <message>
            <source>No saved sign-in for {account}</source>
            <translation>No hay sesión guardada para {account}</translation>
        </message>
        <message>
            <source>This computer's keychain holds no sign-in for this account (none was saved, or the keychain was cleared). Sign in again to list its apps.</source>
            <translation>El llavero de este ordenador no tiene ninguna sesión para esta cuenta (no se guardó ninguna o se vació el llavero). Vuelve a iniciar sesión para listar sus apps.</translation>
        </message>
        <message>
            <source>Your sign-in to {provider} has ended</source>
            <translation>Tu sesión en {provider} ha terminado</translation>
        </message>
        <message>
            <source>{provider} no longer accepts Grantscope's sign-in for {account} (it expired or was revoked); the saved copy was deleted. Sign in again to continue.</source>
            <translation>{provider} ya no acepta la sesión de Grantscope para {account} (caducó o fue revocada); se borró la copia guardada. Vuelve a iniciar sesión para continuar.</translation>
        </message>
        <message>
            <source>Grantscope is disconnected from {provider}</source>
            <translation>Grantscope está desconectado de {provider}</translation>
        </message>
        <message>
            <source>You removed Grantscope's own access for {account}, so its sign-in ended and the saved copy was deleted. Sign in again to review this account's apps.</source>
            <translation>Quitaste el acceso de Grantscope para {account}, así que su sesión terminó y se borró la copia guardada. Vuelve a iniciar sesión para revisar las apps de esta cuenta.</translation>
        </message>
        <message>
            <source>Reconnected {account}</source>
            <translation>{account} reconectada</translation>
        </message>
        <message>
            <source>{n} app(s) listed from the provider.</source>
            <translation>{n} app(s) listada(s) por el proveedor.</translation>
        </message>
        <message>
            <source>Reconnecting {account} did not work because the server did not answer; it worked before, so the address is fine. The saved sign-in is kept: try Reconnect again later.</source>
            <translation>No se pudo reconectar {account} porque el servidor no respondió; antes funcionaba, así que la dirección es correcta. La sesión guardada se conserva: vuelve a probar Reconectar más tarde.</translation>
        </message>
        <message>
            <source>the provider did not answer</source>
            <translation>el proveedor no respondió</translation>
        </message>
        <message>
            <source>The latest listing failed ({why}).</source>
            <translation>Falló la última consulta de la lista ({why}).</translation>
        </message>
        <message>
            <source>The latest listing failed ({why}). The rows show the apps as listed at {when}.</source>
            <translation>Falló la última consulta de la lista ({why}). Las filas muestran las apps tal como se listaron el {when}.</translation>
        </message>
        <message>
            <source>Access removed: {app}</source>
            <translation>Acceso quitado: {app}</translation>
        </message>
        <message>
            <source>{provider} no longer lists {app} for this account.</source>
            <translation>{provider} ya no lista {app} para esta cuenta.</translation>
        </message>
        <message>
            <source>{app} is still listed</source>
            <translation>{app} sigue en la lista</translation>
        </message>
        <message>
            <source>{provider} accepted the request but still lists the app. Check again in a moment, or remove it on the provider's settings page.</source>
            <translation>{provider} aceptó la solicitud pero sigue listando la app. Vuelve a comprobarlo en un momento o quítala en la página de ajustes del proveedor.</translation>
        </message>
    </context>
</TS>