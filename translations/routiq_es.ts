<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountService</name>
    <message>
        <source>There is no account with this user name.</source>
        <translation>No hay ninguna cuenta con este nombre de usuario.</translation>
    </message>
    <message>
        <source>This is the last active admin account. Make another account admin first.</source>
        <translation>Esta es la última cuenta de administrador activa. Primero convierta otra cuenta en administrador.</translation>
    </message>
    <message>
        <source>Choose a user name of letters and digits (and . _ - @), up to 64 characters.</source>
        <translation>Elija un nombre de usuario de letras y dígitos (y . _ - @), de hasta 64 caracteres.</translation>
    </message>
    <message>
        <source>This user name is taken already.</source>
        <translation>Este nombre de usuario ya está en uso.</translation>
    </message>
    <message>
        <source>The password could not be secured.</source>
        <translation>No se pudo proteger la contraseña.</translation>
    </message>
    <message>
        <source>The account list could not be saved.</source>
        <translation>No se pudo guardar la lista de cuentas.</translation>
    </message>
    <message>
        <source>Choose a password of at least %1 characters.</source>
        <translation>Elija una contraseña de al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The first admin account exists already. Sign in, or ask the clinic admin for an account.</source>
        <translation>La primera cuenta de administrador ya existe. Inicie sesión o pida una cuenta al administrador de la clínica.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Try again in %1 seconds.</source>
        <translation>Demasiados inicios de sesión fallidos. Vuelva a intentarlo en %1 segundos.</translation>
    </message>
    <message>
        <source>The user name or password is incorrect.</source>
        <translation>El nombre de usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the clinic admin.</source>
        <translation>Esta cuenta está desactivada. Consulte al administrador de la clínica.</translation>
    </message>
    <message>
        <source>This temporary account has expired. Ask the clinic admin to extend it.</source>
        <translation>Esta cuenta temporal ha caducado. Pida al administrador de la clínica que la prolongue.</translation>
    </message>
    <message>
        <source>The agent slot&apos;s admin account is disabled or gone: an admin removes the slot and makes a new one.</source>
        <translation>La cuenta de administrador de la ranura de agente está desactivada o ya no existe: un administrador quita la ranura y crea una nueva.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Inicie sesión de nuevo.</translation>
    </message>
</context>
<context>
    <name>AuditLogQuery</name>
    <message>
        <source>The audit log could not be read.</source>
        <translation>No se pudo leer el registro de auditoría.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>No se pudo escribir el archivo.</translation>
    </message>
</context>
<context>
    <name>ConnectionFailureText</name>
    <message>
        <source>Cliniko did not accept this API key. Check that you copied the whole key, or create a new one in Cliniko (My Info &gt; Manage API keys).</source>
        <translation>Cliniko no aceptó esta clave de API. Compruebe que copió la clave completa o cree una nueva en Cliniko (My Info &gt; Manage API keys).</translation>
    </message>
    <message>
        <source>Nookal did not accept this API key. Check that you copied the whole key, or ask Nookal for a new one (Setup &gt; Connections &gt; API Keys).</source>
        <translation>Nookal no aceptó esta clave de API. Compruebe que copió la clave completa o pida una nueva a Nookal (Setup &gt; Connections &gt; API Keys).</translation>
    </message>
    <message>
        <source>Cliniko could not find this key&apos;s account on the server the key points to. A Cliniko key ends with its region, such as &quot;-uk1&quot; or &quot;-au2&quot;: paste the whole key, including that ending.</source>
        <translation>Cliniko no encontró la cuenta de esta clave en el servidor al que apunta la clave. Una clave de Cliniko termina con su región, como &quot;-uk1&quot; o &quot;-au2&quot;: pegue la clave completa, incluida esa terminación.</translation>
    </message>
    <message>
        <source>Routiq cannot reach %1: there seems to be no internet connection, or the address could not be looked up (DNS). Check the connection and try again.</source>
        <translation>Routiq no puede conectar con %1: parece que no hay conexión a internet o que no se pudo resolver la dirección (DNS). Compruebe la conexión y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 answered, but with an error page instead of its data: it is probably down or under maintenance. Try again in a few minutes.</source>
        <translation>%1 respondió, pero con una página de error en lugar de sus datos: probablemente no está disponible o está en mantenimiento. Vuelva a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>%1 asked Routiq to slow down: this key (or another app using the same user) made too many requests. Wait a minute and try again.</source>
        <translation>%1 pidió a Routiq que redujera el ritmo: esta clave (u otra aplicación que usa el mismo usuario) hizo demasiadas solicitudes. Espere un minuto y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be set up: a proxy server or a security program on this network is in the way, or the certificate is not trusted. Ask whoever looks after this network.</source>
        <translation>No se pudo establecer la conexión segura con %1: un servidor proxy o un programa de seguridad de esta red lo impide, o el certificado no es de confianza. Consulte a la persona que administra esta red.</translation>
    </message>
    <message>
        <source>The connection test failed: %1</source>
        <translation>La prueba de conexión falló: %1</translation>
    </message>
</context>
<context>
    <name>DiagnosticsBundle</name>
    <message>
        <source>The diagnostics bundle could not be saved. Choose another folder.</source>
        <translation>No se pudo guardar el paquete de diagnóstico. Elija otra carpeta.</translation>
    </message>
</context>
<context>
    <name>FolderKeys</name>
    <message>
        <source>No key slot of this data folder can be opened, so its cached data cannot be read. An admin can restore access with the recovery key (&apos;routiq-cli recover&apos;). Without it, start the folder fresh and resync from the PMS: the PMS holds the data.</source>
        <translation>No se puede abrir ninguna ranura de clave de esta carpeta de datos, por lo que sus datos en caché no se pueden leer. Un administrador puede recuperar el acceso con la clave de recuperación (&apos;routiq-cli recover&apos;). Sin ella, empiece la carpeta de cero y vuelva a sincronizar desde el PMS: el PMS conserva los datos.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Try again in %1 seconds.</source>
        <translation>Demasiados inicios de sesión fallidos. Vuelva a intentarlo en %1 segundos.</translation>
    </message>
    <message>
        <source>The password could not be secured.</source>
        <translation>No se pudo proteger la contraseña.</translation>
    </message>
    <message>
        <source>This is not a recovery key: it has eight groups of four letters and digits.</source>
        <translation>Esta no es una clave de recuperación: tiene ocho grupos de cuatro letras y dígitos.</translation>
    </message>
    <message>
        <source>This key does not open the data folder&apos;s key slot.</source>
        <translation>Esta clave no abre la ranura de clave de la carpeta de datos.</translation>
    </message>
</context>
<context>
    <name>RoutiqError</name>
    <message>
        <source>The clinic&apos;s cache is not open yet.</source>
        <translation>La caché de la clínica aún no está abierta.</translation>
    </message>
    <message>
        <source>The user name or password is incorrect.</source>
        <translation>El nombre de usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>La contraseña actual no es correcta.</translation>
    </message>
    <message>
        <source>Routiq refused to connect to %1: %2</source>
        <translation>Routiq rechazó conectarse a %1: %2</translation>
    </message>
    <message>
        <source>%1 is not answering properly, so Routiq paused requests to it. It will try again in %2 s; the dashboard shows the cached data meanwhile.</source>
        <translation>%1 no responde correctamente, así que Routiq ha pausado las solicitudes. Volverá a intentarlo en %2 s; mientras tanto, el panel muestra los datos en caché.</translation>
    </message>
    <message>
        <source>%1 sent an answer far larger than any real page, so Routiq stopped reading it. Please report this to Routiq support with the details below.</source>
        <translation>%1 envió una respuesta mucho mayor que cualquier página real, así que Routiq dejó de leerla. Informe de esto al soporte de Routiq con los detalles de abajo.</translation>
    </message>
    <message>
        <source>%1 asked Routiq to slow down (too many requests with this API key). Syncing resumes automatically; if it keeps happening, stop other apps that use the same %1 user&apos;s key.</source>
        <translation>%1 pidió a Routiq que redujera el ritmo (demasiadas solicitudes con esta clave de API). La sincronización se reanuda sola; si sigue ocurriendo, detenga otras aplicaciones que usen la clave del mismo usuario de %1.</translation>
    </message>
    <message>
        <source>%1 rejected the API key. Check the key in this clinic&apos;s connection settings, or create a new one in %1 (My Info &gt; Manage API keys).</source>
        <translation>%1 rechazó la clave de API. Compruebe la clave en los ajustes de conexión de esta clínica, o cree una nueva en %1 (My Info &gt; Manage API keys).</translation>
    </message>
    <message>
        <source>%1 is having problems right now (server error). Routiq will keep trying; the dashboard shows the cached data meanwhile.</source>
        <translation>%1 tiene problemas en este momento (error del servidor). Routiq seguirá intentándolo; mientras tanto, el panel muestra los datos en caché.</translation>
    </message>
    <message>
        <source>%1 refused a request from Routiq. Please report this to Routiq support with the details below.</source>
        <translation>%1 rechazó una solicitud de Routiq. Informe de esto al soporte de Routiq con los detalles de abajo.</translation>
    </message>
    <message>
        <source>Routiq cannot reach %1 (%2). Check the internet connection; the dashboard shows the cached data meanwhile.</source>
        <translation>Routiq no puede conectar con %1 (%2). Compruebe la conexión a internet; mientras tanto, el panel muestra los datos en caché.</translation>
    </message>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation>La dirección del servidor no es una URL válida.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer (localhost); use an https:// address for %1.</source>
        <translation>http:// sin cifrar solo se permite para este equipo (localhost); use una dirección https:// para %1.</translation>
    </message>
    <message>
        <source>Only https:// addresses are supported (got &quot;%1&quot;).</source>
        <translation>Solo se admiten direcciones https:// (se recibió &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The Cliniko API key does not end with a region such as &quot;-au2&quot; or &quot;-uk1&quot;; copy the whole key from Cliniko.</source>
        <translation>La clave de API de Cliniko no termina con una región como &quot;-au2&quot; o &quot;-uk1&quot;; copie la clave completa desde Cliniko.</translation>
    </message>
    <message>
        <source>Cliniko requires a contact email in every request. Set the contact email in the connection settings.</source>
        <translation>Cliniko exige un correo de contacto en cada solicitud. Indique el correo de contacto en los ajustes de conexión.</translation>
    </message>
    <message>
        <source>Cliniko sent an answer Routiq cannot read. Routiq will try again at the next sync; if this persists, check status.cliniko.com or contact Routiq support.</source>
        <translation>Cliniko envió una respuesta que Routiq no puede leer. Routiq lo intentará de nuevo en la próxima sincronización; si persiste, consulte status.cliniko.com o contacte con el soporte de Routiq.</translation>
    </message>
    <message>
        <source>Nookal sent an answer Routiq cannot read. Routiq will try again at the next sync; if this persists, contact Routiq support.</source>
        <translation>Nookal envió una respuesta que Routiq no puede leer. Routiq lo intentará de nuevo en la próxima sincronización; si persiste, contacte con el soporte de Routiq.</translation>
    </message>
    <message>
        <source>Routiq refused the %1 address: %2</source>
        <translation>Routiq rechazó la dirección de %1: %2</translation>
    </message>
    <message>
        <source>No %1 API key is set for this clinic. Add one in the connection settings.</source>
        <translation>Esta clínica no tiene clave de API de %1. Añada una en los ajustes de conexión.</translation>
    </message>
    <message>
        <source>Nookal rejected the API key. Check the key in this clinic&apos;s connection settings, or generate a new one in Nookal (Setup &gt; Connections &gt; API Keys) with every location ticked.</source>
        <translation>Nookal rechazó la clave de API. Compruebe la clave en los ajustes de conexión de esta clínica, o genere una nueva en Nookal (Setup &gt; Connections &gt; API Keys) con todas las sedes marcadas.</translation>
    </message>
    <message>
        <source>Nookal could not answer Routiq&apos;s request. Routiq will try again at the next sync.</source>
        <translation>Nookal no pudo responder a la solicitud de Routiq. Routiq lo intentará de nuevo en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Routiq&apos;s PostgreSQL driver is not installed (on Debian: libqt6sql6-psql).</source>
        <translation>El controlador PostgreSQL de Routiq no está instalado (en Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The Routiq server&apos;s database was set up by a newer version of Routiq. Update Routiq on this computer; the server was left untouched.</source>
        <translation>La base de datos del servidor de Routiq la configuró una versión más reciente de Routiq. Actualice Routiq en este equipo; el servidor no se modificó.</translation>
    </message>
    <message>
        <source>The Routiq server&apos;s database is not set up for this version yet. Run &apos;routiq-cli --server ... server init&apos; as its administrator.</source>
        <translation>La base de datos del servidor de Routiq aún no está preparada para esta versión. Ejecute &apos;routiq-cli --server ... server init&apos; como su administrador.</translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message>
        <source>The security settings could not be saved.</source>
        <translation>No se pudo guardar la configuración de seguridad.</translation>
    </message>
    <message>
        <source>Choose a value from %1 to %2.</source>
        <translation>Elija un valor de %1 a %2.</translation>
    </message>
    <message>
        <source>There is no clinic connection with this id.</source>
        <translation>No hay ninguna conexión de clínica con este id.</translation>
    </message>
</context>
<context>
    <name>ServerViewerSignIn</name>
    <message>
        <source>&apos;%1&apos; is the sync agent&apos;s account: it syncs, it does not sign in to the app. Sign in with your own account.</source>
        <translation>«%1» es la cuenta del agente de sincronización: sincroniza, no inicia sesión en la aplicación. Inicie sesión con su propia cuenta.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Routiq account on this server. Ask the clinic admin to add it with &apos;routiq-cli --server … user add&apos;.</source>
        <translation>«%1» no es una cuenta de Routiq en este servidor. Pida al administrador de la clínica que la cree con &apos;routiq-cli --server … user add&apos;.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Live clinic dashboard for Cliniko and Nookal.</source>
        <translation>Panel en vivo de la clínica para Cliniko y Nookal.</translation>
    </message>
    <message>
        <source>Run on the built-in demo clinic.</source>
        <translation>Ejecutar con la clínica de demostración integrada.</translation>
    </message>
    <message>
        <source>Save a PNG of the main window to &lt;file&gt; and exit.</source>
        <translation>Guardar un PNG de la ventana principal en &lt;file&gt; y salir.</translation>
    </message>
    <message>
        <source>With --screenshot: wait &lt;seconds&gt; of live updates first.</source>
        <translation>Con --screenshot: esperar antes &lt;seconds&gt; segundos de actualizaciones.</translation>
    </message>
    <message>
        <source>User interface language (en, de, es).</source>
        <translation>Idioma de la interfaz (en, de, es).</translation>
    </message>
    <message>
        <source>Where the encrypted databases live.</source>
        <translation>Dónde se guardan las bases de datos cifradas.</translation>
    </message>
    <message>
        <source>Headless: keys sealed with this 0600 key file instead of the OS keychain.</source>
        <translation>Sin interfaz: claves selladas con este archivo de claves 0600 en lugar del llavero del sistema.</translation>
    </message>
    <message>
        <source>Show this clinic connection first (&apos;all&apos; for the roll-up of every clinic).</source>
        <translation>Mostrar primero esta conexión de clínica (&apos;all&apos; para el resumen de todas las clínicas).</translation>
    </message>
    <message>
        <source>Open on this page: dashboard, today (the Today board), lapsed (dropped-off patients), practitioners (side by side), forward (forward bookings), drilldown (the appointments behind Total bookings) or synchealth (View › Sync health).</source>
        <translation>Abrir en esta página: dashboard, today (la agenda del día), lapsed (pacientes que dejaron de venir), practitioners (profesionales en paralelo), forward (reservas futuras), drilldown (las citas detrás de “Reservas totales”) o synchealth (Ver › Estado de la sincronización).</translation>
    </message>
    <message>
        <source>Benchmark: write the moments of this start to &lt;file&gt;, then quit.</source>
        <translation>Prueba de rendimiento: escribir los instantes de este arranque en &lt;file&gt; y salir.</translation>
    </message>
    <message>
        <source>Benchmark: read the user name and password as two lines from standard input and sign in with them.</source>
        <translation>Prueba de rendimiento: leer el nombre de usuario y la contraseña como dos líneas de la entrada estándar e iniciar sesión con ellos.</translation>
    </message>
    <message>
        <source>Shared mode: show the clinics of this Routiq server (a libpq connection string; default: ROUTIQ_SERVER).</source>
        <translation>Modo compartido: mostrar las clínicas de este servidor de Routiq (una cadena de conexión de libpq; por defecto: ROUTIQ_SERVER).</translation>
    </message>
    <message>
        <source>Shared mode: the account name to sign in with.</source>
        <translation>Modo compartido: el nombre de la cuenta con la que iniciar sesión.</translation>
    </message>
    <message>
        <source>The file ROUTIQ_PASSWORD_FILE names cannot be read.</source>
        <translation>No se puede leer el archivo que indica ROUTIQ_PASSWORD_FILE.</translation>
    </message>
</context>
<context>
    <name>routiq</name>
    <message>
        <source>The server address is not a connection string Routiq can use. Write it as key=value pairs, e.g. &quot;host=db.clinic.lan dbname=routiq sslmode=verify-full&quot;.</source>
        <translation>La dirección del servidor no es una cadena de conexión que Routiq pueda usar. Escríbala como pares clave=valor, p. ej. &quot;host=db.clinic.lan dbname=routiq sslmode=verify-full&quot;.</translation>
    </message>
</context>
<context>
    <name>routiq::AccessPolicy</name>
    <message>
        <source>This temporary account has expired. Ask the clinic admin to extend it.</source>
        <translation>Esta cuenta temporal ha caducado. Pida al administrador de la clínica que la prolongue.</translation>
    </message>
    <message>
        <source>Your password was reset: choose a new one first (&apos;routiq-cli user passwd&apos; or the app).</source>
        <translation>Su contraseña se ha restablecido: primero elija una nueva (&apos;routiq-cli user passwd&apos; o la aplicación).</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this. Ask the clinic admin if you need it.</source>
        <translation>Su cuenta no tiene permiso para hacer esto. Consulte al administrador de la clínica si lo necesita.</translation>
    </message>
</context>
<context>
    <name>routiq::AgentPmsConnection</name>
    <message>
        <source>This computer&apos;s keychain holds no PMS connection for clinic &apos;%1&apos; on this server. Add it here, on the agent&apos;s computer, as the OS account the agent runs as: routiq-cli --server … clinic add --id %1 --name … --pms … --api-key-file -</source>
        <translation>El llavero de este equipo no tiene ninguna conexión PMS para la clínica &apos;%1&apos; en este servidor. Añádala aquí, en el equipo del agente, con la cuenta del sistema con la que se ejecuta el agente: routiq-cli --server … clinic add --id %1 --name … --pms … --api-key-file -</translation>
    </message>
</context>
<context>
    <name>routiq::ApiHost</name>
    <message>
        <source>&apos;%1&apos; is not an IP address (e.g. 127.0.0.1).</source>
        <translation>&apos;%1&apos; no es una dirección IP (p. ej., 127.0.0.1).</translation>
    </message>
</context>
<context>
    <name>routiq::ApiServer</name>
    <message>
        <source>Plain HTTP is served on loopback only (127.0.0.1 or ::1): give a TLS certificate and key to listen on %1, or put a TLS reverse proxy in front.</source>
        <translation>El HTTP sin cifrar solo se sirve en loopback (127.0.0.1 o ::1): indique un certificado TLS y una clave para escuchar en %1, o ponga delante un proxy inverso TLS.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2 (in use, or not an address of this computer).</source>
        <translation>No se puede escuchar en %1:%2 (en uso, o no es una dirección de este equipo).</translation>
    </message>
</context>
<context>
    <name>routiq::ApiServerPage</name>
    <message>
        <source>&amp;Serve the API while Routiq runs</source>
        <translation>&amp;Servir la API mientras Routiq esté abierto</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Dirección de escucha</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Cualquier puerto libre</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Only for an address other than loopback</source>
        <translation>Solo para una dirección distinta de loopback</translation>
    </message>
    <message>
        <source>TLS certificate file (PEM)</source>
        <translation>Archivo del certificado TLS (PEM)</translation>
    </message>
    <message>
        <source>TLS private key file (PEM)</source>
        <translation>Archivo de la clave privada TLS (PEM)</translation>
    </message>
    <message>
        <source>API server state</source>
        <translation>Estado del servidor de la API</translation>
    </message>
    <message>
        <source>API server</source>
        <translation>Servidor de la API</translation>
    </message>
    <message>
        <source>Listen &amp;address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>TLS &amp;certificate:</source>
        <translation>&amp;Certificado TLS:</translation>
    </message>
    <message>
        <source>TLS &amp;key:</source>
        <translation>C&amp;lave TLS:</translation>
    </message>
    <message>
        <source>Wall displays, web dashboards and BI tools read the live figures from it, each with its own Routiq account (docs/api.md). Plain HTTP is served on this computer only (127.0.0.1); any other address needs a certificate and key.</source>
        <translation>Las pantallas murales, los paneles web y las herramientas de BI leen de aquí las cifras en directo, cada uno con su propia cuenta de Routiq (docs/api.md). HTTP sin cifrar solo se sirve en este equipo (127.0.0.1); cualquier otra dirección necesita un certificado y una clave.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>The API server could not start: %1</source>
        <translation>El servidor de la API no pudo iniciarse: %1</translation>
    </message>
    <message>
        <source>Serving at %1</source>
        <translation>Sirviendo en %1</translation>
    </message>
    <message>
        <source>The API server is off.</source>
        <translation>El servidor de la API está apagado.</translation>
    </message>
    <message>
        <source>TLS needs both a certificate and a key file.</source>
        <translation>TLS necesita un archivo de certificado y uno de clave.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
</context>
<context>
    <name>routiq::ApiTls</name>
    <message>
        <source>Cannot read the TLS certificate or key file.</source>
        <translation>No se puede leer el archivo del certificado o de la clave TLS.</translation>
    </message>
    <message>
        <source>The TLS certificate or key is not a PEM file.</source>
        <translation>El certificado o la clave TLS no es un archivo PEM.</translation>
    </message>
</context>
<context>
    <name>routiq::AppShell</name>
    <message>
        <source>Routiq — Sign in</source>
        <translation>Routiq — Iniciar sesión</translation>
    </message>
    <message>
        <source>No clinic connected yet: an administrator adds one with &apos;routiq-cli clinic add&apos;, or try &apos;routiq --demo&apos;.</source>
        <translation>Aún no hay ninguna clínica conectada: un administrador la añade con &apos;routiq-cli clinic add&apos;, o pruebe &apos;routiq --demo&apos;.</translation>
    </message>
    <message>
        <source>Routiq — Create the administrator</source>
        <translation>Routiq — Crear el administrador</translation>
    </message>
    <message>
        <source>Routiq keeps your clinics&apos; data encrypted with a key that only a sign-in opens. Syncing starts after the first sign-in and then carries on, even while the screen is locked, until Routiq is closed.</source>
        <translation>Routiq mantiene cifrados los datos de sus clínicas con una clave que solo abre un inicio de sesión. La sincronización empieza tras el primer inicio de sesión y continúa, incluso con la pantalla bloqueada, hasta que se cierra Routiq.</translation>
    </message>
    <message>
        <source>&amp;Clinics</source>
        <translation>&amp;Clínicas</translation>
    </message>
    <message>
        <source>Routiq — Recovery key</source>
        <translation>Routiq — Clave de recuperación</translation>
    </message>
    <message>
        <source>There is no admin account with this name.</source>
        <translation>No hay ninguna cuenta de administrador con este nombre.</translation>
    </message>
    <message>
        <source>The data folder could not be moved aside.</source>
        <translation>No se pudo apartar la carpeta de datos.</translation>
    </message>
    <message>
        <source>Routiq — Choose a new password</source>
        <translation>Routiq — Elija una contraseña nueva</translation>
    </message>
    <message>
        <source>A&amp;PI server</source>
        <translation>Servidor de la A&amp;PI</translation>
    </message>
</context>
<context>
    <name>routiq::AppointmentListDialog</name>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>No appointments make up this figure.</source>
        <translation>Ninguna cita forma parte de esta cifra.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n appointment(s)</source>
        <translation>
            <numerusform>%1 — %n cita</numerusform>
            <numerusform>%1 — %n citas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>routiq::AppointmentListModel</name>
    <message>
        <source>(hidden)</source>
        <translation>(oculto)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Atendida</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Ausencia</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminada</translation>
    </message>
</context>
<context>
    <name>routiq::AuditLog</name>
    <message>
        <source>The audit log could not be written or read.</source>
        <translation>No se pudo escribir ni leer el registro de auditoría.</translation>
    </message>
</context>
<context>
    <name>routiq::AuditLogModel</name>
    <message>
        <source>Please sign in again.</source>
        <translation>Inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>routiq::AuditLogPage</name>
    <message>
        <source>Audit log entries</source>
        <translation>Entradas del registro de auditoría</translation>
    </message>
    <message>
        <source>User filter</source>
        <translation>Filtro de usuario</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Filtro de acción</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <source>To date (inclusive)</source>
        <translation>Fecha final (incluida)</translation>
    </message>
    <message>
        <source>A&amp;pply filter</source>
        <translation>A&amp;plicar filtro</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Checks every entry, the anchor beside the database and the keychain&apos;s counter, as &apos;routiq-cli audit verify&apos; does.</source>
        <translation>Comprueba cada entrada, el ancla junto a la base de datos y el contador del llavero, igual que &apos;routiq-cli audit verify&apos;.</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Resultado de la verificación</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Número de entradas</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>Ac&amp;ción:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Todos los usuarios</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, newest first</source>
        <translation>
            <numerusform>%n entrada, la más reciente primero</numerusform>
            <numerusform>%n entradas, las más recientes primero</numerusform>
        </translation>
    </message>
    <message>
        <source>Not intact: %1</source>
        <translation>No íntegro: %1</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message numerus="yes">
        <source>Intact: all %n entries verified.</source>
        <translation>
            <numerusform>Íntegro: %n entrada verificada.</numerusform>
            <numerusform>Íntegro: las %n entradas verificadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked: %1.</source>
        <translation>No comprobado: %1.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>No se pudo escribir el archivo.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>routiq::BookingTrendsChart</name>
    <message>
        <source>No days to show yet.
Daily bookings appear here once the first sync has finished.</source>
        <translation>Todavía no hay días que mostrar.
Las reservas diarias aparecerán aquí al terminar la primera sincronización.</translation>
    </message>
</context>
<context>
    <name>routiq::BookingTrendsModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Ausencias</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
</context>
<context>
    <name>routiq::ClinicChecklist</name>
    <message>
        <source>Clinics</source>
        <translation>Clínicas</translation>
    </message>
</context>
<context>
    <name>routiq::ClinicConnectionService</name>
    <message>
        <source>Give the clinic a name.</source>
        <translation>Asigne un nombre a la clínica.</translation>
    </message>
    <message>
        <source>The clinic id may use a-z, 0-9, &apos;-&apos; and &apos;_&apos; (1 to 64 characters).</source>
        <translation>El id de la clínica puede usar a-z, 0-9, &apos;-&apos; y &apos;_&apos; (de 1 a 64 caracteres).</translation>
    </message>
    <message>
        <source>The clinic id &apos;%1&apos; is reserved for routiq --demo: choose another.</source>
        <translation>El id de clínica &apos;%1&apos; está reservado para routiq --demo: elija otro.</translation>
    </message>
    <message>
        <source>The retention period is a whole number of years, 0 to 100 (0 keeps names).</source>
        <translation>El periodo de conservación es un número entero de años, de 0 a 100 (0 conserva los nombres).</translation>
    </message>
    <message>
        <source>Unknown time zone &apos;%1&apos;: use an IANA name such as Australia/Melbourne.</source>
        <translation>Zona horaria desconocida &apos;%1&apos;: use un nombre IANA como Australia/Melbourne.</translation>
    </message>
    <message>
        <source>There is no clinic with the id &apos;%1&apos;.</source>
        <translation>No hay ninguna clínica con el id &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A clinic with the id &apos;%1&apos; exists already.</source>
        <translation>Ya existe una clínica con el id &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>routiq::ClinicConnectionsPanel</name>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en vivo</translation>
    </message>
    <message>
        <source>first sync running</source>
        <translation>primera sincronización en curso</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>desactualizado</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation>clave de API rechazada</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>aún sin datos</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>The practice management systems Routiq reads from. Each clinic has its own encrypted cache and API key.</source>
        <translation>Los sistemas de gestión de la clínica de los que lee Routiq. Cada clínica tiene su propia caché cifrada y su propia clave de API.</translation>
    </message>
    <message>
        <source>Clinic connections</source>
        <translation>Conexiones de clínicas</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <source>PMS</source>
        <translation>PMS</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Última sincronización correcta</translation>
    </message>
    <message>
        <source>Data age</source>
        <translation>Antigüedad de los datos</translation>
    </message>
    <message>
        <source>Requests (last minute)</source>
        <translation>Solicitudes (último minuto)</translation>
    </message>
    <message>
        <source>&amp;Add clinic…</source>
        <translation>&amp;Añadir clínica…</translation>
    </message>
    <message>
        <source>Replace API &amp;key…</source>
        <translation>Sustituir &amp;clave de API…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>no abierta</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 (no limit)</source>
        <translation>%1 (sin límite)</translation>
    </message>
    <message>
        <source>Testing the new key…</source>
        <translation>Probando la clave nueva…</translation>
    </message>
    <message>
        <source>The new API key works and replaced the old one.</source>
        <translation>La nueva clave de API funciona y ha sustituido a la anterior.</translation>
    </message>
    <message>
        <source>The old key was kept. %1</source>
        <translation>Se conservó la clave anterior. %1</translation>
    </message>
    <message>
        <source>Renamed.</source>
        <translation>Nombre cambiado.</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from Routiq?

This deletes, on this computer:
• its cache: every appointment, patient and figure Routiq copied from the PMS;
• its keys: the API key and the cache&apos;s encryption key in the keychain;
• its grants: every user&apos;s access to this clinic.

Nothing is deleted in the PMS itself. Adding the clinic again later starts with a new, empty cache and no user grants.</source>
        <translation>¿Quitar &quot;%1&quot; de Routiq?

Esto elimina, en este equipo:
• su caché: todas las citas, pacientes y cifras que Routiq copió del PMS;
• sus claves: la clave de API y la clave de cifrado de la caché en el llavero;
• sus permisos: el acceso de todos los usuarios a esta clínica.

No se elimina nada en el propio PMS. Si vuelve a añadir la clínica más adelante, empezará con una caché nueva y vacía y sin permisos de usuario.</translation>
    </message>
    <message>
        <source>The clinic, its cache, its keys and its grants were removed.</source>
        <translation>Se quitaron la clínica, su caché, sus claves y sus permisos.</translation>
    </message>
    <message>
        <source>Replace API key</source>
        <translation>Sustituir clave de API</translation>
    </message>
    <message>
        <source>Paste the new API key. Routiq tests it first; the old key stays until the new one works.</source>
        <translation>Pegue la nueva clave de API. Routiq la prueba primero; la clave anterior se mantiene hasta que la nueva funcione.</translation>
    </message>
    <message>
        <source>Rename clinic</source>
        <translation>Cambiar nombre de la clínica</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>Remove clinic</source>
        <translation>Quitar clínica</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Routiq — Clinic connections</source>
        <translation>Routiq — Conexiones de clínicas</translation>
    </message>
</context>
<context>
    <name>routiq::ClinicSession</name>
    <message>
        <source>The local data of this clinic is damaged and could not be set aside.</source>
        <translation>Los datos locales de esta clínica están dañados y no se pudieron apartar.</translation>
    </message>
</context>
<context>
    <name>routiq::ConnectClinicWizard</name>
    <message>
        <source>Routiq — Connect your clinic</source>
        <translation>Routiq — Conecte su clínica</translation>
    </message>
    <message>
        <source>Routiq reads your appointments from your practice management system with an API key, and keeps an encrypted copy on this computer. Which system does your clinic use?</source>
        <translation>Routiq lee sus citas de su sistema de gestión de la clínica con una clave de API y guarda una copia cifrada en este equipo. ¿Qué sistema usa su clínica?</translation>
    </message>
    <message>
        <source>&amp;Cliniko</source>
        <translation>&amp;Cliniko</translation>
    </message>
    <message>
        <source>N&amp;ookal</source>
        <translation>N&amp;ookal</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>A&amp;trás</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Connect your clinic</source>
        <translation>Conecte su clínica</translation>
    </message>
    <message>
        <source>Connect Cliniko</source>
        <translation>Conectar Cliniko</translation>
    </message>
    <message>
        <source>Connect Nookal</source>
        <translation>Conectar Nookal</translation>
    </message>
    <message>
        <source>First sync</source>
        <translation>Primera sincronización</translation>
    </message>
    <message>
        <source>C&amp;onnect and sync</source>
        <translation>C&amp;onectar y sincronizar</translation>
    </message>
    <message>
        <source>Close — the sync carries on</source>
        <translation>Cerrar — la sincronización continúa</translation>
    </message>
</context>
<context>
    <name>routiq::ConnectDetailsPage</name>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Sho&amp;w key</source>
        <translation>&amp;Mostrar clave</translation>
    </message>
    <message>
        <source>e.g. manager@yourclinic.com.au</source>
        <translation>p. ej., gerencia@suclinica.es</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Correo electrónico de contacto</translation>
    </message>
    <message>
        <source>e.g. Northside Physio</source>
        <translation>p. ej., Fisio Norte</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <source>Clinic id</source>
        <translation>Id de la clínica</translation>
    </message>
    <message>
        <source>Keep patient names</source>
        <translation>Conservar nombres de pacientes</translation>
    </message>
    <message>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <source>Retention period in years</source>
        <translation>Periodo de conservación en años</translation>
    </message>
    <message>
        <source>Leave empty for the PMS&apos;s own server</source>
        <translation>Déjelo vacío para usar el servidor del propio PMS</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>&amp;API key</source>
        <translation>Clave de &amp;API</translation>
    </message>
    <message>
        <source>Contact &amp;email</source>
        <translation>Correo de &amp;contacto</translation>
    </message>
    <message>
        <source>Clinic &amp;name</source>
        <translation>&amp;Nombre de la clínica</translation>
    </message>
    <message>
        <source>Clinic &amp;id</source>
        <translation>&amp;Id de la clínica</translation>
    </message>
    <message>
        <source>&amp;Forget patient names after</source>
        <translation>O&amp;lvidar nombres de pacientes tras</translation>
    </message>
    <message>
        <source>Ser&amp;ver (optional)</source>
        <translation>Ser&amp;vidor (opcional)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>In Cliniko, open My Info &gt; Manage API keys and create a key, then paste all of it here: its ending (such as -au2) tells Routiq which Cliniko server holds your account.</source>
        <translation>En Cliniko, abra My Info &gt; Manage API keys y cree una clave; después péguela completa aquí: su terminación (como -au2) indica a Routiq qué servidor de Cliniko aloja su cuenta.</translation>
    </message>
    <message>
        <source>In Nookal, an administrator creates a key under Setup &gt; Connections &gt; API Keys. Paste it here.</source>
        <translation>En Nookal, un administrador crea una clave en Setup &gt; Connections &gt; API Keys. Péguela aquí.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>La conexión funciona.</translation>
    </message>
    <message>
        <source>%1 (time zone not given)</source>
        <translation>%1 (zona horaria no indicada)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Businesses: %1</source>
        <translation>Empresas: %1</translation>
    </message>
    <message>
        <source>Locations: %1</source>
        <translation>Sedes: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Practitioners: %1</source>
        <translation>Profesionales: %1</translation>
    </message>
    <message>
        <source>Practitioners: more than one page</source>
        <translation>Profesionales: más de una página</translation>
    </message>
    <message>
        <source>Appointments: at least %1 (the first sync counts them all)</source>
        <translation>Citas: al menos %1 (la primera sincronización las cuenta todas)</translation>
    </message>
    <message>
        <source>Appointments: %1 to sync</source>
        <translation>Citas: %1 por sincronizar</translation>
    </message>
</context>
<context>
    <name>routiq::DailyNoteBar</name>
    <message>
        <source>Open tomorrow&apos;s board</source>
        <translation>Abrir la agenda de mañana</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>routiq::DailyRiskNote</name>
    <message>
        <source>Tomorrow: no high-risk bookings</source>
        <translation>Mañana: ninguna reserva de alto riesgo</translation>
    </message>
    <message>
        <source>Tomorrow: 1 high-risk booking</source>
        <translation>Mañana: 1 reserva de alto riesgo</translation>
    </message>
    <message>
        <source>Tomorrow: %1 high-risk bookings</source>
        <translation>Mañana: %1 reservas de alto riesgo</translation>
    </message>
</context>
<context>
    <name>routiq::DashboardController</name>
    <message>
        <source> (inactive)</source>
        <translation> (inactivo)</translation>
    </message>
    <message>
        <source>Your account has no clinic assigned yet: ask a Routiq administrator to give you access.</source>
        <translation>Su cuenta aún no tiene ninguna clínica asignada: pida acceso a un administrador de Routiq.</translation>
    </message>
    <message>
        <source>Choose one clinic to see the appointments behind a figure.</source>
        <translation>Elija una sola clínica para ver las citas que componen una cifra.</translation>
    </message>
    <message>
        <source>Appointments behind %1 — %2</source>
        <translation>Citas incluidas en %1 — %2</translation>
    </message>
    <message>
        <source>Exports need a signed-in account.</source>
        <translation>Para exportar se necesita una cuenta con sesión iniciada.</translation>
    </message>
    <message>
        <source>Exports are not available in shared mode yet.</source>
        <translation>Las exportaciones aún no están disponibles en el modo compartido.</translation>
    </message>
</context>
<context>
    <name>routiq::DashboardFilters</name>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Rango personalizado</translation>
    </message>
    <message>
        <source>First day of the range</source>
        <translation>Primer día del rango</translation>
    </message>
    <message>
        <source>Last day of the range</source>
        <translation>Último día del rango</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Todas las sedes</translation>
    </message>
    <message>
        <source>All practitioners</source>
        <translation>Todos los profesionales</translation>
    </message>
    <message>
        <source>&amp;Clinic:</source>
        <translation>&amp;Clínica:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Sede:</translation>
    </message>
    <message>
        <source>P&amp;ractitioner:</source>
        <translation>P&amp;rofesional:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>P&amp;eriodo:</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>All clinics</source>
        <translation>Todas las clínicas</translation>
    </message>
</context>
<context>
    <name>routiq::DashboardPdfExporter</name>
    <message>
        <source>The folder for %1 does not exist.</source>
        <translation>La carpeta para %1 no existe.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Made with Routiq</source>
        <translation>Creado con Routiq</translation>
    </message>
</context>
<context>
    <name>routiq::DemoEnvironment</name>
    <message>
        <source>Demo Physio (Cliniko simulator)</source>
        <translation>Fisio de demostración (simulador Cliniko)</translation>
    </message>
    <message>
        <source>Bayside Chiro (Nookal simulator)</source>
        <translation>Bayside Chiro (simulador Nookal)</translation>
    </message>
    <message>
        <source>The demo folder could not be moved aside.</source>
        <translation>No se pudo apartar la carpeta de demostración.</translation>
    </message>
    <message>
        <source>This data folder holds real Routiq accounts: the demo runs only in its own folder. Start &apos;routiq --demo&apos; without --data-dir, or give it an empty folder.</source>
        <translation>Esta carpeta de datos contiene cuentas reales de Routiq: la demostración solo se ejecuta en su propia carpeta. Inicie &apos;routiq --demo&apos; sin --data-dir o indíquele una carpeta vacía.</translation>
    </message>
    <message>
        <source>This data folder holds data but no demo key: the demo will not make a new key next to it. Give &apos;routiq --demo&apos; an empty folder.</source>
        <translation>Esta carpeta de datos contiene datos pero ninguna clave de demostración: la demostración no creará una clave nueva junto a ellos. Indique a &apos;routiq --demo&apos; una carpeta vacía.</translation>
    </message>
    <message>
        <source>The demo folder&apos;s key is not in the keychain any more (a new keyring?), so its data cannot be read. Delete the demo folder to start the demo afresh.</source>
        <translation>La clave de la carpeta de demostración ya no está en el llavero (¿un llavero nuevo?), por lo que sus datos no se pueden leer. Elimine la carpeta de demostración para empezar la demostración de nuevo.</translation>
    </message>
    <message>
        <source>This data folder holds real clinic connections: the demo runs only in its own folder.</source>
        <translation>Esta carpeta de datos contiene conexiones de clínicas reales: la demostración solo se ejecuta en su propia carpeta.</translation>
    </message>
</context>
<context>
    <name>routiq::FirstAdminPage</name>
    <message>
        <source>Create the administrator</source>
        <translation>Crear el administrador</translation>
    </message>
    <message>
        <source>e.g. practice.manager</source>
        <translation>p. ej. gerente.clinica</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. A short sentence is easy to remember.</source>
        <translation>
            <numerusform>Al menos %n carácter. Una frase corta es fácil de recordar.</numerusform>
            <numerusform>Al menos %n caracteres. Una frase corta es fácil de recordar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Creando la cuenta…</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Crear administrador</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Introduzca un nombre de usuario.</translation>
    </message>
    <message numerus="yes">
        <source>The password is too short: use at least %n characters.</source>
        <translation>
            <numerusform>La contraseña es demasiado corta: use al menos %n carácter.</numerusform>
            <numerusform>La contraseña es demasiado corta: use al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the password again.</source>
        <translation>Las dos contraseñas no coinciden. Escriba la contraseña de nuevo.</translation>
    </message>
    <message>
        <source>The account could not be created. Try again.</source>
        <translation>No se pudo crear la cuenta. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This account adds clinic connections and the accounts of your team. Keep its password safe; the next page shows a recovery key for the day it is forgotten.</source>
        <translation>Esta cuenta añade conexiones de clínicas y las cuentas de su equipo. Guarde su contraseña en un lugar seguro; la página siguiente muestra una clave de recuperación para el día en que la olvide.</translation>
    </message>
    <message>
        <source>Write down your recovery key</source>
        <translation>Anote su clave de recuperación</translation>
    </message>
    <message>
        <source>Routiq encrypts your clinics&apos; data with a key that only a sign-in opens. If every admin password is forgotten, this recovery key is the only way back in; without it the data on this computer cannot be read and must be synced again from your PMS. It is shown only this once: write it down or print it, and keep it away from this computer.</source>
        <translation>Routiq cifra los datos de sus clínicas con una clave que solo abre un inicio de sesión. Si se olvidan todas las contraseñas de administrador, esta clave de recuperación es la única forma de volver a entrar; sin ella, los datos de este equipo no se pueden leer y deben sincronizarse de nuevo desde su PMS. Se muestra solo esta vez: anótela o imprímala y guárdela lejos de este equipo.</translation>
    </message>
    <message>
        <source>I have written it down — continue</source>
        <translation>La he anotado — continuar</translation>
    </message>
</context>
<context>
    <name>routiq::FirstSyncPage</name>
    <message>
        <source>Locations</source>
        <translation>Sedes</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Profesionales</translation>
    </message>
    <message>
        <source>Appointment types</source>
        <translation>Tipos de cita</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>about %1 s</source>
        <translation>unos %1 s</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>unos %1 min</translation>
    </message>
    <message>
        <source>about %1 h</source>
        <translation>unas %1 h</translation>
    </message>
    <message>
        <source>Waiting for the clinic&apos;s sync to start…</source>
        <translation>Esperando a que empiece la sincronización de la clínica…</translation>
    </message>
    <message>
        <source>First sync progress per resource</source>
        <translation>Progreso de la primera sincronización por recurso</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Guardados</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>De</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>The first sync is complete. From now on Routiq fetches changes every few seconds.</source>
        <translation>La primera sincronización ha terminado. A partir de ahora, Routiq obtiene los cambios cada pocos segundos.</translation>
    </message>
    <message>
        <source>The sync stopped for now: %1 It tries again by itself.</source>
        <translation>La sincronización se detuvo por ahora: %1 Volverá a intentarlo por sí misma.</translation>
    </message>
    <message>
        <source>syncing</source>
        <translation>sincronizando</translation>
    </message>
    <message>
        <source>Syncing %1… The dashboard opens as soon as the first figures are in; the rest keeps arriving behind it.</source>
        <translation>Sincronizando %1… El panel se abre en cuanto llegan las primeras cifras; el resto sigue llegando en segundo plano.</translation>
    </message>
    <message>
        <source>Time left for %1: %2</source>
        <translation>Tiempo restante para %1: %2</translation>
    </message>
    <message>
        <source>Time left: not known yet</source>
        <translation>Tiempo restante: aún desconocido</translation>
    </message>
    <message>
        <source>Requests to the PMS: none yet</source>
        <translation>Solicitudes al PMS: ninguna todavía</translation>
    </message>
    <message>
        <source>Requests to the PMS in the last minute: %1 of %2 allowed</source>
        <translation>Solicitudes al PMS en el último minuto: %1 de %2 permitidas</translation>
    </message>
    <message>
        <source>Requests to the PMS in the last minute: %1 (no limit)</source>
        <translation>Solicitudes al PMS en el último minuto: %1 (sin límite)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Resume the first sync</source>
        <translation>Reanudar la primera sincronización</translation>
    </message>
    <message>
        <source>Pause the first sync</source>
        <translation>Pausar la primera sincronización</translation>
    </message>
    <message>
        <source>Paused. Routiq remembers this, also after a restart; Resume continues where the sync stopped.</source>
        <translation>En pausa. Routiq lo recuerda, también tras reiniciar; Reanudar continúa donde se detuvo la sincronización.</translation>
    </message>
</context>
<context>
    <name>routiq::FolderUnlock</name>
    <message>
        <source>Choose a user name of letters and digits (and . _ - @), up to 64 characters.</source>
        <translation>Elija un nombre de usuario de letras y dígitos (y . _ - @), de hasta 64 caracteres.</translation>
    </message>
    <message>
        <source>Choose a password of at least %1 characters.</source>
        <translation>Elija una contraseña de al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The password could not be secured.</source>
        <translation>No se pudo proteger la contraseña.</translation>
    </message>
</context>
<context>
    <name>routiq::ForwardBookingsCalculator</name>
    <message>
        <source>The number of weeks runs from 1 to 52.</source>
        <translation>El número de semanas va de 1 a 52.</translation>
    </message>
</context>
<context>
    <name>routiq::ForwardBookingsChart</name>
    <message>
        <source>Booked hours against capacity per week and practitioner</source>
        <translation>Horas reservadas frente a capacidad por semana y profesional</translation>
    </message>
    <message>
        <source>No bookings in the weeks ahead yet.</source>
        <translation>Aún no hay reservas en las próximas semanas.</translation>
    </message>
    <message>
        <source>%1 booked</source>
        <translation>%1 reservadas</translation>
    </message>
    <message>
        <source>%1 capacity</source>
        <translation>%1 de capacidad</translation>
    </message>
</context>
<context>
    <name>routiq::ForwardBookingsModel</name>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Practitioner %1</source>
        <translation>Profesional %1</translation>
    </message>
    <message>
        <source>All practitioners</source>
        <translation>Todos los profesionales</translation>
    </message>
    <message>
        <source>not all hours set</source>
        <translation>no todas las horas definidas</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>no hours set</source>
        <translation>sin horas definidas</translation>
    </message>
    <message>
        <source>set working hours</source>
        <translation>definir horario laboral</translation>
    </message>
    <message>
        <source>Some practitioners of this week have no working hours: their bookings are in the booked total but not in the capacity, so a clinic utilisation would overstate (%1% from the sums).</source>
        <translation>Algunos profesionales de esta semana no tienen horario laboral: sus reservas cuentan en el total reservado pero no en la capacidad, por lo que una ocupación de la clínica resultaría exagerada (%1% a partir de las sumas).</translation>
    </message>
    <message>
        <source>Utilisation needs working hours: an administrator sets them under “Working hours…”.</source>
        <translation>La ocupación necesita horarios laborales: un administrador los define en “Horario laboral…”.</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Ocupación</translation>
    </message>
</context>
<context>
    <name>routiq::ForwardBookingsView</name>
    <message>
        <source>Forward bookings</source>
        <translation>Reservas futuras</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <source>Weeks ahead</source>
        <translation>Semanas por delante</translation>
    </message>
    <message>
        <source>&amp;Show the next</source>
        <translation>&amp;Mostrar las próximas</translation>
    </message>
    <message>
        <source>&amp;Working hours…</source>
        <translation>&amp;Horario laboral…</translation>
    </message>
    <message>
        <source>Every booking counts as booked time, whatever its outcome: a booking the patient did not arrive for (DNA) still occupied the slot, as Nookal&apos;s utilisation counts it.</source>
        <translation>Cada reserva cuenta como tiempo reservado, sea cual sea su resultado: una reserva a la que el paciente no acudió (inasistencia) ocupó igualmente el hueco, tal como lo cuenta la ocupación de Nookal.</translation>
    </message>
    <message>
        <source>Forward bookings per week and practitioner</source>
        <translation>Reservas futuras por semana y profesional</translation>
    </message>
    <message>
        <source>Forward bookings — %1</source>
        <translation>Reservas futuras — %1</translation>
    </message>
    <message>
        <source>Set each practitioner&apos;s working hours</source>
        <translation>Definir el horario laboral de cada profesional</translation>
    </message>
    <message>
        <source>See the working hours (only an administrator can change them)</source>
        <translation>Ver el horario laboral (solo un administrador puede cambiarlo)</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> en %1</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s), %1 booked%2 from %3 to %4.</source>
        <translation>
            <numerusform>%n reserva, %1 reservadas%2 del %3 al %4.</numerusform>
            <numerusform>%n reservas, %1 reservadas%2 del %3 al %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some practitioners have no working hours yet: their utilisation says “set working hours”. An administrator sets them under “Working hours…”.</source>
        <translation>Algunos profesionales aún no tienen horario laboral: su ocupación indica “definir horario laboral”. Un administrador los define en “Horario laboral…”.</translation>
    </message>
</context>
<context>
    <name>routiq::InsightSettingsService</name>
    <message>
        <source>The contact date must be a real date, not in the future.</source>
        <translation>La fecha de contacto debe ser una fecha real, no futura.</translation>
    </message>
    <message>
        <source>The outcome is limited to %1 characters.</source>
        <translation>El resultado está limitado a %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>routiq::InsightViewsController</name>
    <message>
        <source>Dropped-off &amp;patients</source>
        <translation>&amp;Pacientes que dejaron de venir</translation>
    </message>
    <message>
        <source>Patients who stopped coming mid-treatment: the re-engagement worklist (Ctrl+3)</source>
        <translation>Pacientes que dejaron de venir a mitad del tratamiento: la lista de trabajo para recuperarlos (Ctrl+3)</translation>
    </message>
    <message>
        <source>Practitioners &amp;side by side</source>
        <translation>Profesionales en para&amp;lelo</translation>
    </message>
    <message>
        <source>Every figure per practitioner for this period (Ctrl+4)</source>
        <translation>Todas las cifras por profesional para este periodo (Ctrl+4)</translation>
    </message>
    <message>
        <source>&amp;Forward bookings</source>
        <translation>&amp;Reservas futuras</translation>
    </message>
    <message>
        <source>Bookings and utilisation of the weeks ahead (Ctrl+5)</source>
        <translation>Reservas y ocupación de las próximas semanas (Ctrl+5)</translation>
    </message>
    <message>
        <source>No clinic is shown yet.</source>
        <translation>Todavía no se muestra ninguna clínica.</translation>
    </message>
    <message>
        <source>Choose one clinic to see its patients and practitioners.</source>
        <translation>Elija una sola clínica para ver sus pacientes y profesionales.</translation>
    </message>
</context>
<context>
    <name>routiq::KpiModel</name>
    <message>
        <source>Total bookings</source>
        <translation>Reservas totales</translation>
    </message>
    <message>
        <source>Appointments in the period that are neither cancelled nor deleted.</source>
        <translation>Citas del periodo que no están canceladas ni eliminadas.</translation>
    </message>
    <message>
        <source>Active patients</source>
        <translation>Pacientes activos</translation>
    </message>
    <message>
        <source>Distinct patients with at least one booking in the period.</source>
        <translation>Pacientes distintos con al menos una reserva en el periodo.</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>Pacientes nuevos</translation>
    </message>
    <message>
        <source>Patients whose earliest booking ever falls in the period.</source>
        <translation>Pacientes cuya primera reserva cae en el periodo.</translation>
    </message>
    <message>
        <source>Daily average</source>
        <translation>Media diaria</translation>
    </message>
    <message>
        <source>Bookings divided by the number of days in the period that have at least one booking.</source>
        <translation>Reservas divididas entre los días del periodo con al menos una reserva.</translation>
    </message>
    <message>
        <source>Missed (DNA)</source>
        <translation>No presentados</translation>
    </message>
    <message>
        <source>Bookings in the period marked as did not arrive.</source>
        <translation>Reservas del periodo marcadas como no presentado.</translation>
    </message>
    <message>
        <source>Missed rate</source>
        <translation>Tasa de ausencias</translation>
    </message>
    <message>
        <source>Missed bookings as a percentage of all bookings in the period.</source>
        <translation>Ausencias como porcentaje de todas las reservas del periodo.</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>Cancelaciones</translation>
    </message>
    <message>
        <source>Cancelled (not deleted) appointments in the period.</source>
        <translation>Citas canceladas (no eliminadas) del periodo.</translation>
    </message>
    <message>
        <source>Cancellation rate</source>
        <translation>Tasa de cancelación</translation>
    </message>
    <message>
        <source>Cancellations as a percentage of bookings plus cancellations.</source>
        <translation>Cancelaciones como porcentaje de reservas más cancelaciones.</translation>
    </message>
    <message>
        <source>Late cancellations</source>
        <translation>Cancelaciones tardías</translation>
    </message>
    <message>
        <source>Cancellations made less than 24 hours before the appointment start.</source>
        <translation>Cancelaciones hechas menos de 24 horas antes del inicio de la cita.</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Atendidas</translation>
    </message>
    <message>
        <source>Bookings in the period where the patient arrived.</source>
        <translation>Reservas del periodo en las que el paciente acudió.</translation>
    </message>
    <message>
        <source>Rebook rate</source>
        <translation>Tasa de nueva reserva</translation>
    </message>
    <message>
        <source>Attended bookings whose patient has another booking later, as a percentage.</source>
        <translation>Reservas atendidas cuyo paciente tiene otra reserva posterior, en porcentaje.</translation>
    </message>
    <message>
        <source>Patient visit average</source>
        <translation>Visitas por paciente nuevo</translation>
    </message>
    <message>
        <source>Attended appointments divided by new patients in the period.</source>
        <translation>Citas atendidas divididas entre los pacientes nuevos del periodo.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Waiting for data</source>
        <translation>Esperando datos</translation>
    </message>
    <message>
        <source>No new patients in this period</source>
        <translation>Sin pacientes nuevos en este periodo</translation>
    </message>
    <message>
        <source>No value for this period</source>
        <translation>Sin valor para este periodo</translation>
    </message>
    <message>
        <source>No previous data to compare</source>
        <translation>Sin datos previos para comparar</translation>
    </message>
    <message>
        <source>%1 %2 pts vs previous period</source>
        <translation>%1 %2 pts frente al periodo anterior</translation>
    </message>
    <message>
        <source>%1 %2% vs previous period</source>
        <translation>%1 %2 % frente al periodo anterior</translation>
    </message>
    <message>
        <source>vs the same days last week</source>
        <translation>frente a los mismos días de la semana pasada</translation>
    </message>
    <message>
        <source>vs the same days last month</source>
        <translation>frente a los mismos días del mes pasado</translation>
    </message>
    <message>
        <source>vs the same days of the previous period</source>
        <translation>frente a los mismos días del periodo anterior</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1
The period is still running: the change compares %2 with %3.</source>
        <translation>%1
El periodo sigue en curso: la variación compara %2 con %3.</translation>
    </message>
    <message>
        <source>%1 %2 pts %3</source>
        <translation>%1 %2 pts %3</translation>
    </message>
    <message>
        <source>%1 %2% %3</source>
        <translation>%1 %2% %3</translation>
    </message>
</context>
<context>
    <name>routiq::LapsedCountModel</name>
    <message>
        <source>Dropped off</source>
        <translation>Dejaron de venir</translation>
    </message>
    <message>
        <source>Patients whose last attended visit was %1 to %2 days ago and who have nothing booked since: the re-engagement worklist.</source>
        <translation>Pacientes cuya última visita atendida fue hace entre %1 y %2 días y que no tienen nada reservado desde entonces: la lista de trabajo para recuperarlos.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>Last visit %1–%2 days ago</source>
        <translation>Última visita hace %1–%2 días</translation>
    </message>
</context>
<context>
    <name>routiq::LapsedListModel</name>
    <message>
        <source>Patient %1</source>
        <translation>Paciente %1</translation>
    </message>
    <message>
        <source>Practitioner %1</source>
        <translation>Profesional %1</translation>
    </message>
    <message>
        <source>Noted by %1 on %2</source>
        <translation>Anotado por %1 el %2</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Días desde entonces</translation>
    </message>
    <message>
        <source>Last practitioner</source>
        <translation>Último profesional</translation>
    </message>
    <message>
        <source>Attended (12 mo)</source>
        <translation>Atendidas (12 meses)</translation>
    </message>
    <message>
        <source>Missed (12 mo)</source>
        <translation>Ausencias (12 meses)</translation>
    </message>
    <message>
        <source>Contacted on</source>
        <translation>Contactado el</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>routiq::LapsedPatientsFinder</name>
    <message>
        <source>The days since the last visit run from 0 to 3650, minimum not above maximum.</source>
        <translation>Los días desde la última visita van de 0 a 3650, y el mínimo no puede superar el máximo.</translation>
    </message>
</context>
<context>
    <name>routiq::LapsedPatientsWindow</name>
    <message>
        <source>Dropped-off patients</source>
        <translation>Pacientes que dejaron de venir</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Last visit at least this many days ago</source>
        <translation>Última visita hace al menos este número de días</translation>
    </message>
    <message>
        <source>Last visit at most this many days ago</source>
        <translation>Última visita hace como máximo este número de días</translation>
    </message>
    <message>
        <source>Location of the last visit</source>
        <translation>Sede de la última visita</translation>
    </message>
    <message>
        <source>Practitioner of the last visit</source>
        <translation>Profesional de la última visita</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Todas las sedes</translation>
    </message>
    <message>
        <source>All practitioners</source>
        <translation>Todos los profesionales</translation>
    </message>
    <message>
        <source>Last visit &amp;from</source>
        <translation>Última visita &amp;desde</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>ago</source>
        <translation>atrás</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Contacted on</source>
        <translation>Contactado el</translation>
    </message>
    <message>
        <source>e.g. left a message, booked for next week</source>
        <translation>p. ej., dejó un mensaje, reservó para la próxima semana</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>&amp;Guardar nota</translation>
    </message>
    <message>
        <source>Clear n&amp;ote</source>
        <translation>Borrar n&amp;ota</translation>
    </message>
    <message>
        <source>Contacted o&amp;n</source>
        <translation>Co&amp;ntactado el</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>Res&amp;ultado</translation>
    </message>
    <message>
        <source>Dropped-off patients — %1</source>
        <translation>Pacientes que dejaron de venir — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) whose last visit was %1 to %2 days before %3 and who have nothing booked since. The freshest drop-offs come first: they are the easiest to win back.</source>
        <translation>
            <numerusform>%n paciente cuya última visita fue entre %1 y %2 días antes del %3 y que no tiene nada reservado desde entonces. Los abandonos más recientes aparecen primero: son los más fáciles de recuperar.</numerusform>
            <numerusform>%n pacientes cuya última visita fue entre %1 y %2 días antes del %3 y que no tienen nada reservado desde entonces. Los abandonos más recientes aparecen primero: son los más fáciles de recuperar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) dropped off (last visit %1 to %2 days before %3).

Your account sees this number only: names and phone numbers are for staff and administrators.</source>
        <translation>
            <numerusform>%n paciente dejó de venir (última visita entre %1 y %2 días antes del %3).

Su cuenta solo ve este número: los nombres y teléfonos son para el personal y los administradores.</numerusform>
            <numerusform>%n pacientes dejaron de venir (última visita entre %1 y %2 días antes del %3).

Su cuenta solo ve este número: los nombres y teléfonos son para el personal y los administradores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a patient first.</source>
        <translation>Seleccione primero un paciente.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Nota guardada.</translation>
    </message>
    <message>
        <source>There is no list to export.</source>
        <translation>No hay ninguna lista que exportar.</translation>
    </message>
    <message>
        <source>Export dropped-off patients as CSV</source>
        <translation>Exportar pacientes que dejaron de venir como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>routiq-dropped-off.csv</source>
        <translation>routiq-dejaron-de-venir.csv</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
</context>
<context>
    <name>routiq::LiveIndicator</name>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
</context>
<context>
    <name>routiq::LiveStatusTracker</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>aún sin datos</translation>
    </message>
    <message>
        <source>showing data from %1 (%2 old)</source>
        <translation>mostrando datos de las %1 (de hace %2)</translation>
    </message>
    <message>
        <source>Connecting — %1</source>
        <translation>Conectando — %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Updated %1 ago</source>
        <translation>Actualizado hace %1</translation>
    </message>
    <message>
        <source>Updated just now</source>
        <translation>Actualizado ahora mismo</translation>
    </message>
    <message>
        <source>Loading history — %1 of %2 records</source>
        <translation>Cargando historial — %1 de %2 registros</translation>
    </message>
    <message>
        <source>Updated %1 ago — waiting for the next update</source>
        <translation>Actualizado hace %1 — esperando la próxima actualización</translation>
    </message>
    <message>
        <source>Waiting for the next update</source>
        <translation>Esperando la próxima actualización</translation>
    </message>
    <message>
        <source>Offline — %1</source>
        <translation>Sin conexión — %1</translation>
    </message>
    <message>
        <source>Sign-in rejected — %1</source>
        <translation>Acceso rechazado — %1</translation>
    </message>
    <message>
        <source>Routiq cannot reach your practice management system. Check the internet connection; Routiq keeps retrying by itself.</source>
        <translation>Routiq no puede conectar con su software de gestión. Compruebe la conexión a internet; Routiq sigue reintentando por sí solo.</translation>
    </message>
    <message>
        <source>Your practice management system rejected the API key. Ask a clinic admin to enter a new key in the clinic connection settings.</source>
        <translation>Su software de gestión rechazó la clave de API. Pida a un administrador de la clínica que introduzca una clave nueva en la configuración de la conexión.</translation>
    </message>
    <message>
        <source>Loading history — %1 records so far</source>
        <translation>Cargando historial — %1 registros hasta ahora</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reconnecting to the server — %1</source>
        <translation>Reconectando con el servidor — %1</translation>
    </message>
</context>
<context>
    <name>routiq::MainWindow</name>
    <message>
        <source>Routiq</source>
        <translation>Routiq</translation>
    </message>
    <message>
        <source>Waiting for the first figures…</source>
        <translation>Esperando las primeras cifras…</translation>
    </message>
    <message>
        <source>Bookings per day</source>
        <translation>Reservas por día</translation>
    </message>
    <message>
        <source>Peak hours (bookings by start time)</source>
        <translation>Horas punta (reservas por hora de inicio)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Export dashboard as &amp;PDF…</source>
        <translation>Exportar panel como &amp;PDF…</translation>
    </message>
    <message>
        <source>Export daily figures as &amp;CSV…</source>
        <translation>Exportar cifras diarias como &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <source>Follow &amp;system</source>
        <translation>Según el &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Routiq — %1</source>
        <translation>Routiq — %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, compared with %2</source>
        <translation>%1, comparado con %2</translation>
    </message>
    <message>
        <source>Export dashboard as PDF</source>
        <translation>Exportar panel como PDF</translation>
    </message>
    <message>
        <source>Export daily figures as CSV</source>
        <translation>Exportar cifras diarias como CSV</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>routiq-dashboard.pdf</source>
        <translation>routiq-panel.pdf</translation>
    </message>
    <message>
        <source>routiq-daily-figures.csv</source>
        <translation>routiq-cifras-diarias.csv</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>C&amp;errar sesión</translation>
    </message>
    <message>
        <source>&amp;Sign out %1</source>
        <translation>C&amp;errar sesión de %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Today board</source>
        <translation>Agenda del día</translation>
    </message>
    <message>
        <source>The clinic&apos;s figures for the period (Ctrl+1)</source>
        <translation>Las cifras de la clínica para el periodo (Ctrl+1)</translation>
    </message>
    <message>
        <source>Today&apos;s and tomorrow&apos;s bookings with no-show risk (Ctrl+2)</source>
        <translation>Las reservas de hoy y de mañana con su riesgo de inasistencia (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>&amp;Today board</source>
        <translation>Agenda del &amp;día</translation>
    </message>
    <message>
        <source>Today board: t&amp;oday</source>
        <translation>Agenda del día: &amp;hoy</translation>
    </message>
    <message>
        <source>Today board: &amp;next day</source>
        <translation>Agenda del día: día &amp;siguiente</translation>
    </message>
    <message>
        <source>Exports need a signed-in account.</source>
        <translation>Para exportar se necesita una cuenta con sesión iniciada.</translation>
    </message>
    <message>
        <source>Clinic &amp;connections…</source>
        <translation>&amp;Conexiones de clínicas…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>Data out of date</source>
        <translation>Datos desactualizados</translation>
    </message>
    <message>
        <source>Sync &amp;health…</source>
        <translation>&amp;Estado de la sincronización…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Save &amp;diagnostics…</source>
        <translation>Guardar datos de &amp;diagnóstico…</translation>
    </message>
</context>
<context>
    <name>routiq::NewPasswordPage</name>
    <message>
        <source>&amp;Save and continue</source>
        <translation>&amp;Guardar y continuar</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Repita la contraseña nueva</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Contraseña &amp;nueva:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message numerus="yes">
        <source>An administrator reset the password of &lt;b&gt;%1&lt;/b&gt;. Choose your own password now (at least %n characters); nobody else will know it.</source>
        <translation>
            <numerusform>Un administrador restableció la contraseña de &lt;b&gt;%1&lt;/b&gt;. Elija ahora su propia contraseña (al menos %n carácter); nadie más la conocerá.</numerusform>
            <numerusform>Un administrador restableció la contraseña de &lt;b&gt;%1&lt;/b&gt;. Elija ahora su propia contraseña (al menos %n caracteres); nadie más la conocerá.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>routiq::NewUserDialog</name>
    <message>
        <source>&amp;Temporary: last day</source>
        <translation>&amp;Temporal: último día</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Añadir un usuario</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Last day of the account</source>
        <translation>Último día de la cuenta</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>Primera contraseña</translation>
    </message>
    <message>
        <source>First password again</source>
        <translation>Repita la primera contraseña</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>al menos %n carácter</numerusform>
            <numerusform>al menos %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Clinics:</source>
        <translation>&amp;Clínicas:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>Re&amp;petir contraseña:</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Añadir usuario</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>routiq::NoShowInsights</name>
    <message>
        <source>Waiting for the risk model</source>
        <translation>Esperando el modelo de riesgo</translation>
    </message>
    <message>
        <source>Choose one clinic to see its no-show risk.</source>
        <translation>Elija una sola clínica para ver su riesgo de inasistencia.</translation>
    </message>
    <message>
        <source>Choose one clinic to see its Today board.</source>
        <translation>Elija una sola clínica para ver su agenda del día.</translation>
    </message>
    <message>
        <source>Choose one clinic to see the appointments behind a figure.</source>
        <translation>Elija una sola clínica para ver las citas que componen una cifra.</translation>
    </message>
    <message>
        <source>Expected no-shows (next 7 days) — %1</source>
        <translation>Inasistencias previstas (próximos 7 días) — %1</translation>
    </message>
    <message>
        <source>Not in shared mode yet</source>
        <translation>Aún no disponible en el modo compartido</translation>
    </message>
</context>
<context>
    <name>routiq::NoShowKpiModel</name>
    <message>
        <source>Expected no-shows (next 7 days)</source>
        <translation>Inasistencias previstas (próximos 7 días)</translation>
    </message>
    <message>
        <source>The sum of the no-show risks of the bookings that start in the next 7 days: how many of them are likely not to arrive.</source>
        <translation>La suma de los riesgos de inasistencia de las reservas que empiezan en los próximos 7 días: cuántas de ellas probablemente no se presentarán.</translation>
    </message>
    <message>
        <source>Waiting for the risk model</source>
        <translation>Esperando el modelo de riesgo</translation>
    </message>
    <message>
        <source>Bookings counted: %1</source>
        <translation>Reservas contadas: %1</translation>
    </message>
</context>
<context>
    <name>routiq::NoShowModelCard</name>
    <message>
        <source>No-show model</source>
        <translation>Modelo de inasistencias</translation>
    </message>
    <message>
        <source>Retrain &amp;now</source>
        <translation>Ree&amp;ntrenar ahora</translation>
    </message>
    <message>
        <source>Train the model again on the clinic&apos;s history (in the background).</source>
        <translation>Volver a entrenar el modelo con el historial de la clínica (en segundo plano).</translation>
    </message>
    <message>
        <source>Waiting for the risk model</source>
        <translation>Esperando el modelo de riesgo</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Entrenando…</translation>
    </message>
    <message>
        <source>AUC: how well the risks rank who does not arrive (0.5 = chance, 1 = perfect). Brier skill: how much better the probabilities are than the clinic&apos;s flat base rate (above 0 = better). Both measured on the clinic&apos;s most recent weeks, held out of training.</source>
        <translation>AUC: lo bien que los riesgos ordenan a quién no se presenta (0,5 = azar, 1 = perfecto). Habilidad Brier: cuánto mejores son las probabilidades que la tasa base fija de la clínica (por encima de 0 = mejor). Ambas medidas en las semanas más recientes de la clínica, excluidas del entrenamiento.</translation>
    </message>
    <message>
        <source>Not enough history yet</source>
        <translation>Aún no hay suficiente historial</translation>
    </message>
    <message>
        <source>No scores until the clinic has more marked bookings.</source>
        <translation>Sin puntuaciones hasta que la clínica tenga más reservas marcadas.</translation>
    </message>
    <message>
        <source>AUC %1 · Brier skill %2</source>
        <translation>AUC %1 · habilidad Brier %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>On the last %1 held-out bookings · trained %2 on %3 bookings · base rate %4</source>
        <translation>En las últimas %1 reservas apartadas del entrenamiento · entrenado: %2, con %3 reservas · tasa base %4</translation>
    </message>
</context>
<context>
    <name>routiq::NoShowReasonText</name>
    <message>
        <source>on a Monday</source>
        <translation>un lunes</translation>
    </message>
    <message>
        <source>on a Tuesday</source>
        <translation>un martes</translation>
    </message>
    <message>
        <source>on a Wednesday</source>
        <translation>un miércoles</translation>
    </message>
    <message>
        <source>on a Thursday</source>
        <translation>un jueves</translation>
    </message>
    <message>
        <source>on a Friday</source>
        <translation>un viernes</translation>
    </message>
    <message>
        <source>on a Saturday</source>
        <translation>un sábado</translation>
    </message>
    <message>
        <source>on a Sunday</source>
        <translation>un domingo</translation>
    </message>
    <message>
        <source>booking date unknown</source>
        <translation>fecha de reserva desconocida</translation>
    </message>
    <message>
        <source>booked the same day</source>
        <translation>reservada el mismo día</translation>
    </message>
    <message>
        <source>booked %n day(s) ahead</source>
        <translation>reservada con %n día(s) de antelación</translation>
    </message>
    <message>
        <source>no attendance record yet</source>
        <translation>aún sin historial de asistencia</translation>
    </message>
    <message>
        <source>missed %1 of the last %2</source>
        <translation>faltó a %1 de las últimas %2</translation>
    </message>
    <message>
        <source>no late cancellations before</source>
        <translation>sin cancelaciones tardías previas</translation>
    </message>
    <message>
        <source>cancelled late %n time(s) before</source>
        <translation>cancelaciones tardías previas: %n</translation>
    </message>
    <message>
        <source>first visit</source>
        <translation>primera visita</translation>
    </message>
    <message>
        <source>%n visit(s) attended before</source>
        <translation>visitas atendidas previas: %n</translation>
    </message>
    <message>
        <source>no earlier visit</source>
        <translation>sin visita previa</translation>
    </message>
    <message>
        <source>last visit %n day(s) before</source>
        <translation>última visita %n día(s) antes</translation>
    </message>
    <message>
        <source>early-morning slot</source>
        <translation>franja de primera hora</translation>
    </message>
    <message>
        <source>morning slot</source>
        <translation>franja de mañana</translation>
    </message>
    <message>
        <source>midday slot</source>
        <translation>franja de mediodía</translation>
    </message>
    <message>
        <source>afternoon slot</source>
        <translation>franja de tarde</translation>
    </message>
    <message>
        <source>evening slot</source>
        <translation>franja de noche</translation>
    </message>
    <message>
        <source>age not recorded</source>
        <translation>edad no registrada</translation>
    </message>
    <message>
        <source>aged under 18</source>
        <translation>menor de 18 años</translation>
    </message>
    <message>
        <source>aged 18–24</source>
        <translation>18–24 años</translation>
    </message>
    <message>
        <source>aged 25–34</source>
        <translation>25–34 años</translation>
    </message>
    <message>
        <source>aged 35–49</source>
        <translation>35–49 años</translation>
    </message>
    <message>
        <source>aged 50–64</source>
        <translation>50–64 años</translation>
    </message>
    <message>
        <source>aged 65 or over</source>
        <translation>65 años o más</translation>
    </message>
    <message>
        <source>this appointment type</source>
        <translation>este tipo de cita</translation>
    </message>
    <message>
        <source>type: %1</source>
        <translation>tipo: %1</translation>
    </message>
    <message>
        <source>this practitioner</source>
        <translation>este profesional</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>con %1</translation>
    </message>
    <message>
        <source>&lt;1 pt</source>
        <translation>&lt;1 pt</translation>
    </message>
    <message>
        <source>%1%2 pts</source>
        <translation>%1%2 pts</translation>
    </message>
</context>
<context>
    <name>routiq::NoShowTrainer</name>
    <message>
        <source>needs %1 marked bookings (has %2)</source>
        <translation>necesita %1 reservas marcadas (tiene %2)</translation>
    </message>
    <message>
        <source>needs %1 no-shows (has %2)</source>
        <translation>necesita %1 inasistencias (tiene %2)</translation>
    </message>
    <message>
        <source>the most recent weeks hold too few no-shows to check a model</source>
        <translation>las semanas más recientes tienen muy pocas inasistencias para comprobar un modelo</translation>
    </message>
    <message>
        <source>the model could not be trained on this history</source>
        <translation>no se pudo entrenar el modelo con este historial</translation>
    </message>
    <message>
        <source>the model could not be calibrated on this history</source>
        <translation>no se pudo calibrar el modelo con este historial</translation>
    </message>
    <message>
        <source>the training was stopped</source>
        <translation>se detuvo el entrenamiento</translation>
    </message>
</context>
<context>
    <name>routiq::OwnAccountPage</name>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Repita la contraseña nueva</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Sesión iniciada como</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Cambie su contraseña</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Contraseña &amp;nueva:</translation>
    </message>
    <message>
        <source>New password a&amp;gain:</source>
        <translation>&amp;Repetir contraseña nueva:</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>Cam&amp;biar contraseña</translation>
    </message>
    <message numerus="yes">
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; (%2). Passwords need at least %n characters.</source>
        <translation>
            <numerusform>Sesión iniciada como &lt;b&gt;%1&lt;/b&gt; (%2). Las contraseñas necesitan al menos %n carácter.</numerusform>
            <numerusform>Sesión iniciada como &lt;b&gt;%1&lt;/b&gt; (%2). Las contraseñas necesitan al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Su contraseña se ha cambiado.</translation>
    </message>
</context>
<context>
    <name>routiq::PeakHoursHeatMap</name>
    <message>
        <source>Peak hours</source>
        <translation>Horas punta</translation>
    </message>
    <message>
        <source>Bookings by weekday and start hour</source>
        <translation>Reservas por día de la semana y hora de inicio</translation>
    </message>
    <message>
        <source>No bookings in this period yet.</source>
        <translation>Aún no hay reservas en este periodo.</translation>
    </message>
    <message>
        <source>Fewer</source>
        <translation>Menos</translation>
    </message>
    <message>
        <source>More (%1)</source>
        <translation>Más (%1)</translation>
    </message>
</context>
<context>
    <name>routiq::PeakHoursModel</name>
    <message numerus="yes">
        <source>%1, %2:00–%3:00: %n booking(s)</source>
        <translation>
            <numerusform>%1, %2:00–%3:00: %n reserva</numerusform>
            <numerusform>%1, %2:00–%3:00: %n reservas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>routiq::PractitionerTableModel</name>
    <message>
        <source>Practitioner %1</source>
        <translation>Profesional %1</translation>
    </message>
    <message>
        <source>%1 for %2: %3; previous period: %4</source>
        <translation>%1 de %2: %3; periodo anterior: %4</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>%1, with its change against the previous period</source>
        <translation>%1, con su variación respecto al periodo anterior</translation>
    </message>
    <message>
        <source>%1 %2 pts</source>
        <translation>%1 %2 pts</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
</context>
<context>
    <name>routiq::PractitionerTableView</name>
    <message>
        <source>Practitioners side by side</source>
        <translation>Profesionales en paralelo</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Press Enter on a practitioner to show the dashboard for them only.</source>
        <translation>Pulse Intro sobre un profesional para mostrar el panel solo de esa persona.</translation>
    </message>
    <message>
        <source>Double-click a practitioner (or press Enter) to narrow the dashboard to them. Each figure shows its change against the previous period.</source>
        <translation>Haga doble clic en un profesional (o pulse Intro) para limitar el panel a esa persona. Cada cifra muestra su variación respecto al periodo anterior.</translation>
    </message>
    <message>
        <source>The period is still running: these changes compare the whole periods, while the dashboard&apos;s outcome cards compare the same days so far.</source>
        <translation>El periodo sigue en curso: estas variaciones comparan los periodos completos, mientras que las tarjetas de resultados del panel comparan los mismos días transcurridos.</translation>
    </message>
    <message>
        <source>Practitioners side by side — %1</source>
        <translation>Profesionales en paralelo — %1</translation>
    </message>
    <message>
        <source>%1 · %2 – %3, compared with %4 – %5</source>
        <translation>%1 · %2 – %3, comparado con %4 – %5</translation>
    </message>
    <message>
        <source>%1: no practitioner has bookings in this period.</source>
        <translation>%1: ningún profesional tiene reservas en este periodo.</translation>
    </message>
    <message>
        <source>Exports need a signed-in account.</source>
        <translation>Para exportar se necesita una cuenta con sesión iniciada.</translation>
    </message>
    <message>
        <source>Export practitioners as PDF</source>
        <translation>Exportar profesionales como PDF</translation>
    </message>
    <message>
        <source>Export practitioners as CSV</source>
        <translation>Exportar profesionales como CSV</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>routiq-practitioners.pdf</source>
        <translation>routiq-profesionales.pdf</translation>
    </message>
    <message>
        <source>routiq-practitioners.csv</source>
        <translation>routiq-profesionales.csv</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
</context>
<context>
    <name>routiq::RecoveryPage</name>
    <message>
        <source>Use the recovery key</source>
        <translation>Usar la clave de recuperación</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when Routiq was set up, and a new password for an admin account.</source>
        <translation>Escriba la clave de recuperación que anotó cuando se configuró Routiq y una contraseña nueva para una cuenta de administrador.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Admin user name</source>
        <translation>Nombre del usuario administrador</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Repita la contraseña nueva</translation>
    </message>
    <message>
        <source>No recovery key? Then the data Routiq cached on this computer cannot be read by anyone. You can start this data folder fresh (the old folder is kept aside, not deleted), create a new administrator and sync everything again from your PMS.</source>
        <translation>¿No tiene clave de recuperación? Entonces nadie puede leer los datos que Routiq guardó en caché en este equipo. Puede empezar de cero con esta carpeta de datos (la carpeta antigua se aparta, no se elimina), crear un nuevo administrador y sincronizar todo de nuevo desde su PMS.</translation>
    </message>
    <message>
        <source>Start fresh and resync from the PMS…</source>
        <translation>Empezar de cero y volver a sincronizar desde el PMS…</translation>
    </message>
    <message>
        <source>Start fresh?</source>
        <translation>¿Empezar de cero?</translation>
    </message>
    <message>
        <source>Routiq will move this data folder aside and start an empty one. Clinic connections and accounts are set up again, and the data is synced again from the PMS.</source>
        <translation>Routiq apartará esta carpeta de datos y empezará una vacía. Las conexiones de clínicas y las cuentas se configuran de nuevo, y los datos se sincronizan otra vez desde el PMS.</translation>
    </message>
    <message>
        <source>Back to sign-in</source>
        <translation>Volver al inicio de sesión</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>Open with the recovery key</source>
        <translation>Abrir con la clave de recuperación</translation>
    </message>
    <message numerus="yes">
        <source>The password is too short: use at least %n characters.</source>
        <translation>
            <numerusform>La contraseña es demasiado corta: use al menos %n carácter.</numerusform>
            <numerusform>La contraseña es demasiado corta: use al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no son iguales.</translation>
    </message>
</context>
<context>
    <name>routiq::RiskCountsModel</name>
    <message>
        <source>All practitioners</source>
        <translation>Todos los profesionales</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Riesgo bajo</translation>
    </message>
    <message>
        <source>Elevated risk</source>
        <translation>Riesgo elevado</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Riesgo alto</translation>
    </message>
    <message>
        <source>Upcoming bookings</source>
        <translation>Próximas reservas</translation>
    </message>
    <message>
        <source>(no practitioner)</source>
        <translation>(sin profesional)</translation>
    </message>
</context>
<context>
    <name>routiq::RiskListDialog</name>
    <message>
        <source>Upcoming bookings by no-show risk</source>
        <translation>Próximas reservas por riesgo de inasistencia</translation>
    </message>
    <message>
        <source>No upcoming bookings in the next 7 days.</source>
        <translation>No hay reservas en los próximos 7 días.</translation>
    </message>
    <message>
        <source>%1 no-shows expected among the %2 upcoming bookings of the next 7 days, highest risk first</source>
        <translation>%1 inasistencias previstas entre las %2 reservas de los próximos 7 días, primero el mayor riesgo</translation>
    </message>
    <message>
        <source>Select a booking to see every reason behind its risk.</source>
        <translation>Seleccione una reserva para ver todos los motivos de su riesgo.</translation>
    </message>
</context>
<context>
    <name>routiq::RiskListModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(oculto)</translation>
    </message>
    <message>
        <source>No-show risk</source>
        <translation>Riesgo de inasistencia</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Main reasons</source>
        <translation>Motivos principales</translation>
    </message>
</context>
<context>
    <name>routiq::RiskText</name>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Elevated</source>
        <translation>Elevado</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>&lt;1%</source>
        <translation>&lt;1 %</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1%2 pts</source>
        <translation>%1%2 pts</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 risk of not arriving: %2</source>
        <translation>Riesgo de inasistencia: %2 (%1)</translation>
    </message>
    <message>
        <source>Clinic base rate %1; the reasons add up to the difference.</source>
        <translation>Tasa base de la clínica %1; los motivos suman la diferencia.</translation>
    </message>
    <message>
        <source>Not enough history yet</source>
        <translation>Aún no hay suficiente historial</translation>
    </message>
    <message>
        <source>Not enough history yet: %1</source>
        <translation>Aún no hay suficiente historial: %1</translation>
    </message>
</context>
<context>
    <name>routiq::SecurityPage</name>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after minutes without activity</source>
        <translation>Bloquear tras estos minutos sin actividad</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caracteres</translation>
    </message>
    <message>
        <source>Minimum password length</source>
        <translation>Longitud mínima de la contraseña</translation>
    </message>
    <message>
        <source>Keep names</source>
        <translation>Conservar nombres</translation>
    </message>
    <message>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <source>Blank patient names unseen for years</source>
        <translation>Borrar nombres de pacientes no vistos durante años</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Lock the screen after:</source>
        <translation>&amp;Bloquear la pantalla tras:</translation>
    </message>
    <message>
        <source>Minimum password &amp;length:</source>
        <translation>&amp;Longitud mínima de la contraseña:</translation>
    </message>
    <message>
        <source>Applies to every account, in the app and in routiq-cli. Passwords already set are asked to change only when an admin resets them.</source>
        <translation>Se aplica a todas las cuentas, en la aplicación y en routiq-cli. A las contraseñas ya definidas solo se les pide cambiar cuando un administrador las restablece.</translation>
    </message>
    <message>
        <source>&amp;Save sign-in settings</source>
        <translation>&amp;Guardar configuración de inicio de sesión</translation>
    </message>
    <message>
        <source>Patient-name retention</source>
        <translation>Conservación de nombres de pacientes</translation>
    </message>
    <message>
        <source>&amp;Clinic:</source>
        <translation>&amp;Clínica:</translation>
    </message>
    <message>
        <source>Blank names &amp;unseen for:</source>
        <translation>Borrar nombres &amp;no vistos durante:</translation>
    </message>
    <message>
        <source>Names of patients with no appointment for this long are blanked in the clinic&apos;s cache the next time it opens; figures stay.</source>
        <translation>Los nombres de pacientes sin ninguna cita durante este tiempo se borran de la caché de la clínica la próxima vez que se abra; las cifras se mantienen.</translation>
    </message>
    <message>
        <source>Save &amp;retention</source>
        <translation>Guardar conse&amp;rvación</translation>
    </message>
    <message>
        <source>Saved. The idle lock applies now; the minimum length at the next password set.</source>
        <translation>Guardado. El bloqueo por inactividad se aplica ya; la longitud mínima, la próxima vez que se defina una contraseña.</translation>
    </message>
    <message>
        <source>Saved: applied when the clinic&apos;s cache next opens.</source>
        <translation>Guardado: se aplicará la próxima vez que se abra la caché de la clínica.</translation>
    </message>
</context>
<context>
    <name>routiq::ServerClinicImport</name>
    <message>
        <source>The server has this clinic already; nothing of it was imported again.</source>
        <translation>El servidor ya tiene esta clínica; no se ha vuelto a importar nada de ella.</translation>
    </message>
</context>
<context>
    <name>routiq::ServerClinicReader</name>
    <message>
        <source>Your account may not see patient names.</source>
        <translation>Su cuenta no puede ver los nombres de los pacientes.</translation>
    </message>
</context>
<context>
    <name>routiq::ServerConnInfo</name>
    <message>
        <source>Passwords never go on the command line or in ROUTIQ_SERVER. Put the password in the PostgreSQL password file (PGPASSFILE, ~/.pgpass) or a service file (service=NAME).</source>
        <translation>Las contraseñas nunca van en la línea de órdenes ni en ROUTIQ_SERVER. Ponga la contraseña en el archivo de contraseñas de PostgreSQL (PGPASSFILE, ~/.pgpass) o en un archivo de servicio (service=NOMBRE).</translation>
    </message>
    <message>
        <source>Routiq talks to a server on another computer only over TLS that checks the server&apos;s certificate: add sslmode=verify-full (and sslrootcert=FILE for your own certificate authority). Without TLS only this computer (localhost or a unix socket) is allowed.</source>
        <translation>Routiq solo habla con un servidor de otro equipo mediante TLS que compruebe el certificado del servidor: añada sslmode=verify-full (y sslrootcert=ARCHIVO para su propia autoridad de certificación). Sin TLS solo se permite este equipo (localhost o un socket unix).</translation>
    </message>
</context>
<context>
    <name>routiq::ServerConnection</name>
    <message>
        <source>The connection reached a server on another computer without verified TLS (a service file or PGHOST named it). Add sslmode=verify-full.</source>
        <translation>La conexión llegó a un servidor de otro equipo sin TLS verificado (lo indicaba un archivo de servicio o PGHOST). Añada sslmode=verify-full.</translation>
    </message>
</context>
<context>
    <name>routiq::ServerError</name>
    <message>
        <source>Routiq cannot reach its server. Check the network and that the server is running; the figures shown are from the last connection.</source>
        <translation>Routiq no puede llegar a su servidor. Compruebe la red y que el servidor esté en marcha; las cifras mostradas son de la última conexión.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: wrong name or password.</source>
        <translation>El servidor rechazó el inicio de sesión: nombre o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>This account is disabled on the server.</source>
        <translation>Esta cuenta está desactivada en el servidor.</translation>
    </message>
    <message>
        <source>The server wants a password: set ROUTIQ_PASSWORD_FILE or PGPASSFILE, or run at a terminal.</source>
        <translation>El servidor pide una contraseña: defina ROUTIQ_PASSWORD_FILE o PGPASSFILE, o ejecute en una terminal.</translation>
    </message>
    <message>
        <source>Routiq did not connect: the server&apos;s certificate could not be checked, or names another computer. Give the clinic&apos;s certificate authority with sslrootcert=FILE and the server&apos;s name as it is in its certificate.</source>
        <translation>Routiq no se conectó: no se pudo comprobar el certificado del servidor, o nombra otro equipo. Indique la autoridad de certificación de la clínica con sslrootcert=ARCHIVO y el nombre del servidor tal como figura en su certificado.</translation>
    </message>
    <message>
        <source>The server takes only TLS connections: add sslmode=verify-full to the server address.</source>
        <translation>El servidor solo acepta conexiones TLS: añada sslmode=verify-full a la dirección del servidor.</translation>
    </message>
    <message>
        <source>The server refused this for your account (its role lacks the privilege).</source>
        <translation>El servidor lo rechazó para su cuenta (a su rol le falta el privilegio).</translation>
    </message>
    <message>
        <source>Routiq&apos;s server reported an error.</source>
        <translation>El servidor de Routiq informó de un error.</translation>
    </message>
</context>
<context>
    <name>routiq::ServerFolderImport</name>
    <message>
        <source>Only the set-up role (the role that ran &apos;server init&apos;) imports a folder: give its connection in --server.</source>
        <translation>Solo el rol de configuración (el que ejecutó &apos;server init&apos;) importa una carpeta: indique su conexión en --server.</translation>
    </message>
    <message>
        <source>An account&apos;s name cannot be a server login name; rename it in the folder first.</source>
        <translation>El nombre de una cuenta no puede ser un nombre de inicio de sesión del servidor; cámbielo primero en la carpeta.</translation>
    </message>
    <message>
        <source>The server has a role with this account&apos;s name already (was the folder imported before?); nothing was written.</source>
        <translation>El servidor ya tiene un rol con el nombre de esta cuenta (¿se importó antes la carpeta?); no se ha escrito nada.</translation>
    </message>
</context>
<context>
    <name>routiq::ServerShell</name>
    <message>
        <source>Routiq — Sign in to %1</source>
        <translation>Routiq — Iniciar sesión en %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>This PC shows the clinic server %1. Accounts, clinics and their settings are kept there: change your password with &apos;routiq-cli --server … user passwd&apos;; an admin manages accounts and clinics with &apos;routiq-cli --server … user&apos; and &apos;… clinic&apos;.</source>
        <translation>Este PC muestra el servidor de la clínica %1. Las cuentas, las clínicas y su configuración se guardan allí: cambie su contraseña con &apos;routiq-cli --server … user passwd&apos;; un administrador gestiona cuentas y clínicas con &apos;routiq-cli --server … user&apos; y &apos;… clinic&apos;.</translation>
    </message>
    <message>
        <source>Shared mode: this PC shows the clinic server %1. Sign in with your account on that server.</source>
        <translation>Modo compartido: este PC muestra el servidor de la clínica %1. Inicie sesión con su cuenta en ese servidor.</translation>
    </message>
    <message>
        <source>Routiq — %1</source>
        <translation>Routiq — %1</translation>
    </message>
    <message>
        <source>No clinic on this server is shared with &apos;%1&apos; yet. Ask the clinic admin to grant one (&apos;routiq-cli --server … user grant&apos;).</source>
        <translation>Aún no hay ninguna clínica de este servidor compartida con «%1». Pida al administrador de la clínica que le conceda una (&apos;routiq-cli --server … user grant&apos;).</translation>
    </message>
</context>
<context>
    <name>routiq::ServerSyncStore</name>
    <message>
        <source>The server has no clinic with this id.</source>
        <translation>El servidor no tiene ninguna clínica con este identificador.</translation>
    </message>
</context>
<context>
    <name>routiq::SettingsWindow</name>
    <message>
        <source>Routiq — Settings</source>
        <translation>Routiq — Configuración</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuarios</translation>
    </message>
    <message>
        <source>S&amp;ecurity</source>
        <translation>S&amp;eguridad</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;My account</source>
        <translation>&amp;Mi cuenta</translation>
    </message>
</context>
<context>
    <name>routiq::SharedSchema</name>
    <message>
        <source>The server&apos;s schema could not be brought up to date; the step that failed was rolled back.</source>
        <translation>No se pudo actualizar el esquema del servidor; el paso que falló se deshizo.</translation>
    </message>
</context>
<context>
    <name>routiq::SignInGate</name>
    <message>
        <source>The password could not be secured.</source>
        <translation>No se pudo proteger la contraseña.</translation>
    </message>
</context>
<context>
    <name>routiq::SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Use the account your clinic admin gave you.</source>
        <translation>Use la cuenta que le dio el administrador de su clínica.</translation>
    </message>
    <message>
        <source>e.g. sam.lee</source>
        <translation>p. ej. sam.lee</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minutes without activity. Sign in to continue.</source>
        <translation>
            <numerusform>Sesión bloqueada tras %n minuto sin actividad. Inicie sesión para continuar.</numerusform>
            <numerusform>Sesión bloqueada tras %n minutos sin actividad. Inicie sesión para continuar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Introduzca su nombre de usuario.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Introduzca su contraseña.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Wrong name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>Signing in did not work. Try again.</source>
        <translation>No se pudo iniciar sesión. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Ya puede volver a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts: try again in %n s.</source>
        <translation>
            <numerusform>Demasiados intentos: vuelva a intentarlo en %n s.</numerusform>
            <numerusform>Demasiados intentos: vuelva a intentarlo en %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts: try again in %1:%2 min.</source>
        <translation>Demasiados intentos: vuelva a intentarlo en %1:%2 min.</translation>
    </message>
    <message>
        <source>Forgot your password? Use the recovery key</source>
        <translation>¿Olvidó su contraseña? Use la clave de recuperación</translation>
    </message>
</context>
<context>
    <name>routiq::StatusBanner</name>
    <message>
        <source>Connection problem</source>
        <translation>Problema de conexión</translation>
    </message>
</context>
<context>
    <name>routiq::SyncHealthController</name>
    <message>
        <source>Data is out of date</source>
        <translation>Los datos están desactualizados</translation>
    </message>
    <message>
        <source>Routiq: data is out of date</source>
        <translation>Routiq: los datos están desactualizados</translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation>Guardar datos de diagnóstico</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archivos ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Diagnostics saved to %1. They hold no patient data and no keys.</source>
        <translation>Datos de diagnóstico guardados en %1. No contienen datos de pacientes ni claves.</translation>
    </message>
</context>
<context>
    <name>routiq::SyncHealthTracker</name>
    <message numerus="yes">
        <source>%1 (%n min old)</source>
        <translation>
            <numerusform>%1 (de hace %n min)</numerusform>
            <numerusform>%1 (de hace %n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (never synced)</source>
        <translation>%1 (nunca sincronizada)</translation>
    </message>
    <message>
        <source>%1: Routiq has not been able to update it from the practice system. See View › Sync health.</source>
        <translation>%1: Routiq no ha podido actualizar los datos desde el software de gestión. Consulte Ver › Estado de la sincronización.</translation>
    </message>
</context>
<context>
    <name>routiq::SyncHealthWindow</name>
    <message>
        <source>Idle</source>
        <translation>En reposo</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Downloading the history</source>
        <translation>Descargando el historial</translation>
    </message>
    <message>
        <source>Catching up</source>
        <translation>Poniéndose al día</translation>
    </message>
    <message>
        <source>Checking for changes</source>
        <translation>Buscando cambios</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Al día</translation>
    </message>
    <message>
        <source>Last pass failed</source>
        <translation>La última pasada falló</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Sedes</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Profesionales</translation>
    </message>
    <message>
        <source>Appointment types</source>
        <translation>Tipos de cita</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Sync health</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Última sincronización correcta</translation>
    </message>
    <message>
        <source>Data age</source>
        <translation>Antigüedad de los datos</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>Solicitudes por minuto</translation>
    </message>
    <message>
        <source>Connection guard</source>
        <translation>Protección de la conexión</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Próximo reintento</translation>
    </message>
    <message>
        <source>Last success per resource</source>
        <translation>Último éxito por recurso</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Último éxito</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Give the reference to your support contact: it finds the matching lines in the log (Help › Save diagnostics…).</source>
        <translation>Facilite la referencia a su contacto de soporte: con ella encuentra las líneas correspondientes en el registro (Ayuda › Guardar datos de diagnóstico…).</translation>
    </message>
    <message>
        <source>No clinic is open.</source>
        <translation>No hay ninguna clínica abierta.</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>aún sin datos</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 of %2 allowed by the practice system</source>
        <translation>%1 de %2 permitidas por el software de gestión</translation>
    </message>
    <message>
        <source>%1 (no limit applies)</source>
        <translation>%1 (no se aplica ningún límite)</translation>
    </message>
    <message>
        <source>Closed: requests go through</source>
        <translation>Cerrado: las solicitudes pasan</translation>
    </message>
    <message>
        <source>Open: paused after repeated failures, trial in %1</source>
        <translation>Abierto: en pausa tras fallos repetidos, prueba en %1</translation>
    </message>
    <message>
        <source>Half-open: one trial request is under way</source>
        <translation>Semiabierto: hay una solicitud de prueba en curso</translation>
    </message>
    <message>
        <source>none due</source>
        <translation>ninguno pendiente</translation>
    </message>
    <message>
        <source>Errors in the last 24 hours: %1</source>
        <translation>Errores en las últimas 24 horas: %1</translation>
    </message>
</context>
<context>
    <name>routiq::SyncStatusPanel</name>
    <message>
        <source>less than a minute left</source>
        <translation>queda menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>queda aprox. %n minuto</numerusform>
            <numerusform>quedan aprox. %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n h left</source>
        <translation>
            <numerusform>queda aprox. %n hora</numerusform>
            <numerusform>quedan aprox. %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading appointment history</source>
        <translation>Cargando el historial de citas</translation>
    </message>
    <message>
        <source>History loading progress</source>
        <translation>Progreso de carga del historial</translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 de %2 registros</translation>
    </message>
    <message>
        <source>estimating time left…</source>
        <translation>calculando el tiempo restante…</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 registros</translation>
    </message>
</context>
<context>
    <name>routiq::TableCsvExporter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>routiq::TablePdfExporter</name>
    <message>
        <source>The folder for %1 does not exist.</source>
        <translation>La carpeta para %1 no existe.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Made with Routiq</source>
        <translation>Creado con Routiq</translation>
    </message>
</context>
<context>
    <name>routiq::TodayBoardController</name>
    <message>
        <source>Waiting for the clinic…</source>
        <translation>Esperando a la clínica…</translation>
    </message>
    <message>
        <source>Loading the day…</source>
        <translation>Cargando el día…</translation>
    </message>
</context>
<context>
    <name>routiq::TodayBoardModel</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>(no practitioner)</source>
        <translation>(sin profesional)</translation>
    </message>
    <message>
        <source>Bookings: %1</source>
        <translation>Reservas: %1</translation>
    </message>
    <message>
        <source>gaps: %1</source>
        <translation>huecos: %1</translation>
    </message>
    <message>
        <source>high risk: %1</source>
        <translation>riesgo alto: %1</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(oculto)</translation>
    </message>
    <message>
        <source>Cancelled less than 24 hours before the start: a slot to refill.</source>
        <translation>Cancelada menos de 24 horas antes del inicio: un hueco por cubrir.</translation>
    </message>
    <message>
        <source>Free: %1 min</source>
        <translation>Libre: %1 min</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No-show risk</source>
        <translation>Riesgo de inasistencia</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Llegó</translation>
    </message>
    <message>
        <source>DNA</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <source>Late cancellation</source>
        <translation>Cancelación tardía</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminada</translation>
    </message>
</context>
<context>
    <name>routiq::TodayBoardPage</name>
    <message>
        <source>&amp;Today</source>
        <translation>H&amp;oy</translation>
    </message>
    <message>
        <source>To&amp;morrow</source>
        <translation>&amp;Mañana</translation>
    </message>
    <message>
        <source>Show today&apos;s bookings (Alt+T)</source>
        <translation>Mostrar las reservas de hoy (Alt+O)</translation>
    </message>
    <message>
        <source>Show tomorrow&apos;s bookings (Alt+M)</source>
        <translation>Mostrar las reservas de mañana (Alt+M)</translation>
    </message>
    <message>
        <source>Waiting for the clinic…</source>
        <translation>Esperando a la clínica…</translation>
    </message>
    <message>
        <source>Bookings by practitioner</source>
        <translation>Reservas por profesional</translation>
    </message>
    <message>
        <source>Selected booking</source>
        <translation>Reserva seleccionada</translation>
    </message>
    <message>
        <source>Late cancellations: slots to refill</source>
        <translation>Cancelaciones tardías: huecos por cubrir</translation>
    </message>
    <message>
        <source>Cancelled less than 24 hours before the start and still ahead today.</source>
        <translation>Canceladas menos de 24 horas antes del inicio y aún pendientes hoy.</translation>
    </message>
    <message>
        <source>Late cancellations to refill</source>
        <translation>Cancelaciones tardías por cubrir</translation>
    </message>
    <message>
        <source>No late cancellations left to refill.</source>
        <translation>No quedan cancelaciones tardías por cubrir.</translation>
    </message>
    <message>
        <source>Upcoming bookings by no-show risk. Patient names and reasons are for staff and administrator accounts.</source>
        <translation>Próximas reservas por riesgo de inasistencia. Los nombres de los pacientes y los motivos son solo para cuentas de personal y de administrador.</translation>
    </message>
    <message>
        <source>Upcoming bookings by risk band</source>
        <translation>Próximas reservas por nivel de riesgo</translation>
    </message>
    <message>
        <source>Select a booking to see its no-show risk and the reasons.</source>
        <translation>Seleccione una reserva para ver su riesgo de inasistencia y los motivos.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(oculto)</translation>
    </message>
    <message>
        <source>%1 risk of not arriving: %2</source>
        <translation>Riesgo de inasistencia: %2 (%1)</translation>
    </message>
    <message>
        <source>Clinic base rate %1; the reasons add up to the difference.</source>
        <translation>Tasa base de la clínica %1; los motivos suman la diferencia.</translation>
    </message>
    <message>
        <source>Cancelled less than 24 hours before the start: a slot to refill.</source>
        <translation>Cancelada menos de 24 horas antes del inicio: un hueco por cubrir.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Bookings: %1 · gaps: %2 · high risk: %3 · late cancellations to refill: %4</source>
        <translation>Reservas: %1 · huecos: %2 · riesgo alto: %3 · cancelaciones tardías por cubrir: %4</translation>
    </message>
    <message>
        <source>Upcoming bookings: %1 · high risk: %2</source>
        <translation>Próximas reservas: %1 · riesgo alto: %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No-show risk: the calibrated chance that the patient does not arrive. Elevated from %1, high from %2 (settings).</source>
        <translation>Riesgo de inasistencia: la probabilidad calibrada de que el paciente no se presente. Elevado desde %1, alto desde %2 (configuración).</translation>
    </message>
</context>
<context>
    <name>routiq::TrendsCsvExporter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>routiq::UsersPage</name>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Clinics</source>
        <translation>Clínicas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Account ends</source>
        <translation>Fin de la cuenta</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Cuentas de usuario</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>Cambiar &amp;rol…</translation>
    </message>
    <message>
        <source>C&amp;linics…</source>
        <translation>C&amp;línicas…</translation>
    </message>
    <message>
        <source>E&amp;xpiry…</source>
        <translation>Caduc&amp;idad…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Restablecer &amp;contraseña…</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>, new password due</source>
        <translation>, debe cambiar la contraseña</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Acti&amp;var</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Se añadió %1.</translation>
    </message>
    <message>
        <source>%1 is disabled: signed out at their next action.</source>
        <translation>%1 está desactivado: se cerrará su sesión en su próxima acción.</translation>
    </message>
    <message>
        <source>%1 is enabled again.</source>
        <translation>%1 está activado de nuevo.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ahora es %2.</translation>
    </message>
    <message>
        <source>Clinics of %1 saved.</source>
        <translation>Se guardaron las clínicas de %1.</translation>
    </message>
    <message>
        <source>%1 ends %2.</source>
        <translation>%1 termina el %2.</translation>
    </message>
    <message>
        <source>%1 no longer ends.</source>
        <translation>%1 ya no tiene fecha de fin.</translation>
    </message>
    <message>
        <source>New password for %1: they choose their own at the next sign-in.</source>
        <translation>Contraseña nueva para %1: elegirá la suya propia en el próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Cambiar rol</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>Rol de %1:</translation>
    </message>
    <message>
        <source>Clinics of %1</source>
        <translation>Clínicas de %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Expiry of %1</source>
        <translation>Caducidad de %1</translation>
    </message>
    <message>
        <source>&amp;Temporary account</source>
        <translation>Cuenta &amp;temporal</translation>
    </message>
    <message>
        <source>Last day of the account</source>
        <translation>Último día de la cuenta</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Ú&amp;ltimo día:</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Restablecer la contraseña de %1</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>Restable&amp;cer</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Contraseña temporal</translation>
    </message>
    <message>
        <source>Temporary password again</source>
        <translation>Repita la contraseña temporal</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>Contraseña &amp;temporal:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>%1 must choose a new password at the next sign-in.</source>
        <translation>%1 debe elegir una contraseña nueva en el próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>The two passwords differ: nothing was changed.</source>
        <translation>Las dos contraseñas no coinciden: no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>routiq::WorkingHours</name>
    <message>
        <source>&apos;%1&apos; is not a day and time range like &apos;Mon 08:00-17:00&apos;.</source>
        <translation>&apos;%1&apos; no es un día y un rango horario como &apos;Mon 08:00-17:00&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; ends before it starts.</source>
        <translation>&apos;%1&apos; termina antes de empezar.</translation>
    </message>
    <message>
        <source>No working hours given: use e.g. &apos;Mon 08:00-17:00, Tue 08:00-12:30&apos;.</source>
        <translation>No se indicó ningún horario laboral: use, p. ej., &apos;Mon 08:00-17:00, Tue 08:00-12:30&apos;.</translation>
    </message>
    <message>
        <source>Two ranges on %1 overlap.</source>
        <translation>Dos rangos en %1 se solapan.</translation>
    </message>
</context>
<context>
    <name>routiq::WorkingHoursEditor</name>
    <message>
        <source>Working hours — %1</source>
        <translation>Horario laboral — %1</translation>
    </message>
    <message>
        <source>Hours per weekday, e.g. “Mon 08:00-17:00, Tue 08:00-12:30” (several intervals on one day are allowed). Leave a field empty when the practitioner has no set hours. Capacity and utilisation are computed from these.</source>
        <translation>Horas por día de la semana, p. ej., “Mon 08:00-17:00, Tue 08:00-12:30” (se permiten varios intervalos en un mismo día). Deje un campo vacío cuando el profesional no tenga horario definido. La capacidad y la ocupación se calculan a partir de estos datos.</translation>
    </message>
    <message>
        <source>Working hours of %1</source>
        <translation>Horario laboral de %1</translation>
    </message>
    <message>
        <source>no set hours</source>
        <translation>sin horario definido</translation>
    </message>
    <message>
        <source>Only an administrator can change working hours.</source>
        <translation>Solo un administrador puede cambiar el horario laboral.</translation>
    </message>
</context>
</TS>
