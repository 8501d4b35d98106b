<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountService</name>
    <message>
        <source>There is no account with this user name.</source>
        <translation>Es gibt kein Konto mit diesem Benutzernamen.</translation>
    </message>
    <message>
        <source>This is the last active admin account. Make another account admin first.</source>
        <translation>Dies ist das letzte aktive Administratorkonto. Machen Sie zuerst ein anderes Konto zum Administrator.</translation>
    </message>
    <message>
        <source>Choose a user name of letters and digits (and . _ - @), up to 64 characters.</source>
        <translation>Wählen Sie einen Benutzernamen aus Buchstaben und Ziffern (sowie . _ - @), höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <source>This user name is taken already.</source>
        <translation>Dieser Benutzername ist bereits vergeben.</translation>
    </message>
    <message>
        <source>The password could not be secured.</source>
        <translation>Das Passwort konnte nicht geschützt werden.</translation>
    </message>
    <message>
        <source>The account list could not be saved.</source>
        <translation>Die Kontenliste konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Choose a password of at least %1 characters.</source>
        <translation>Wählen Sie ein Passwort mit mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The first admin account exists already. Sign in, or ask the clinic admin for an account.</source>
        <translation>Das erste Administratorkonto gibt es bereits. Melden Sie sich an, oder bitten Sie den Praxis-Admin um ein Konto.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Try again in %1 seconds.</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in %1 Sekunden erneut.</translation>
    </message>
    <message>
        <source>The user name or password is incorrect.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the clinic admin.</source>
        <translation>Dieses Konto ist deaktiviert. Wenden Sie sich an den Praxis-Admin.</translation>
    </message>
    <message>
        <source>This temporary account has expired. Ask the clinic admin to extend it.</source>
        <translation>Dieses befristete Konto ist abgelaufen. Bitten Sie den Praxis-Admin, es zu verlängern.</translation>
    </message>
    <message>
        <source>The agent slot&apos;s admin account is disabled or gone: an admin removes the slot and makes a new one.</source>
        <translation>Das Administratorkonto des Agenten-Schlüsselplatzes ist deaktiviert oder nicht mehr vorhanden: Ein Administrator entfernt den Schlüsselplatz und legt einen neuen an.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Bitte melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>AuditLogQuery</name>
    <message>
        <source>The audit log could not be read.</source>
        <translation>Das Audit-Protokoll konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Die Datei konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ConnectionFailureText</name>
    <message>
        <source>Cliniko did not accept this API key. Check that you copied the whole key, or create a new one in Cliniko (My Info &gt; Manage API keys).</source>
        <translation>Cliniko hat diesen API-Schlüssel nicht akzeptiert. Prüfen Sie, ob Sie den ganzen Schlüssel kopiert haben, oder erstellen Sie in Cliniko einen neuen (My Info &gt; Manage API keys).</translation>
    </message>
    <message>
        <source>Nookal did not accept this API key. Check that you copied the whole key, or ask Nookal for a new one (Setup &gt; Connections &gt; API Keys).</source>
        <translation>Nookal hat diesen API-Schlüssel nicht akzeptiert. Prüfen Sie, ob Sie den ganzen Schlüssel kopiert haben, oder bitten Sie Nookal um einen neuen (Setup &gt; Connections &gt; API Keys).</translation>
    </message>
    <message>
        <source>Cliniko could not find this key&apos;s account on the server the key points to. A Cliniko key ends with its region, such as &quot;-uk1&quot; or &quot;-au2&quot;: paste the whole key, including that ending.</source>
        <translation>Cliniko konnte das Konto dieses Schlüssels auf dem Server, auf den der Schlüssel verweist, nicht finden. Ein Cliniko-Schlüssel endet mit seiner Region, etwa &quot;-uk1&quot; oder &quot;-au2&quot;: Fügen Sie den ganzen Schlüssel ein, einschließlich dieser Endung.</translation>
    </message>
    <message>
        <source>Routiq cannot reach %1: there seems to be no internet connection, or the address could not be looked up (DNS). Check the connection and try again.</source>
        <translation>Routiq erreicht %1 nicht: Es scheint keine Internetverbindung zu bestehen, oder die Adresse konnte nicht aufgelöst werden (DNS). Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 answered, but with an error page instead of its data: it is probably down or under maintenance. Try again in a few minutes.</source>
        <translation>%1 hat geantwortet, aber mit einer Fehlerseite statt mit Daten: Der Dienst ist wahrscheinlich ausgefallen oder wird gewartet. Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>%1 asked Routiq to slow down: this key (or another app using the same user) made too many requests. Wait a minute and try again.</source>
        <translation>%1 hat Routiq gebeten, langsamer zu werden: Dieser Schlüssel (oder eine andere App mit demselben Benutzer) hat zu viele Anfragen gestellt. Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be set up: a proxy server or a security program on this network is in the way, or the certificate is not trusted. Ask whoever looks after this network.</source>
        <translation>Die sichere Verbindung zu %1 konnte nicht aufgebaut werden: Ein Proxyserver oder ein Sicherheitsprogramm in diesem Netzwerk steht im Weg, oder dem Zertifikat wird nicht vertraut. Wenden Sie sich an die Person, die dieses Netzwerk betreut.</translation>
    </message>
    <message>
        <source>The connection test failed: %1</source>
        <translation>Der Verbindungstest ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>DiagnosticsBundle</name>
    <message>
        <source>The diagnostics bundle could not be saved. Choose another folder.</source>
        <translation>Das Diagnosepaket konnte nicht gespeichert werden. Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>FolderKeys</name>
    <message>
        <source>No key slot of this data folder can be opened, so its cached data cannot be read. An admin can restore access with the recovery key (&apos;routiq-cli recover&apos;). Without it, start the folder fresh and resync from the PMS: the PMS holds the data.</source>
        <translation>Keiner der Schlüsselplätze dieses Datenordners lässt sich öffnen, daher können die zwischengespeicherten Daten nicht gelesen werden. Ein Administrator kann den Zugriff mit dem Wiederherstellungsschlüssel wiederherstellen (&apos;routiq-cli recover&apos;). Ohne ihn beginnen Sie den Ordner neu und synchronisieren erneut aus dem PMS: Das PMS enthält die Daten.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Try again in %1 seconds.</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in %1 Sekunden erneut.</translation>
    </message>
    <message>
        <source>The password could not be secured.</source>
        <translation>Das Passwort konnte nicht geschützt werden.</translation>
    </message>
    <message>
        <source>This is not a recovery key: it has eight groups of four letters and digits.</source>
        <translation>Dies ist kein Wiederherstellungsschlüssel: Er besteht aus acht Gruppen zu je vier Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>This key does not open the data folder&apos;s key slot.</source>
        <translation>Dieser Schlüssel öffnet den Schlüsselplatz des Datenordners nicht.</translation>
    </message>
</context>
<context>
    <name>RoutiqError</name>
    <message>
        <source>The clinic&apos;s cache is not open yet.</source>
        <translation>Der Cache der Praxis ist noch nicht geöffnet.</translation>
    </message>
    <message>
        <source>The user name or password is incorrect.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Das aktuelle Passwort ist nicht richtig.</translation>
    </message>
    <message>
        <source>Routiq refused to connect to %1: %2</source>
        <translation>Routiq hat die Verbindung zu %1 verweigert: %2</translation>
    </message>
    <message>
        <source>%1 is not answering properly, so Routiq paused requests to it. It will try again in %2 s; the dashboard shows the cached data meanwhile.</source>
        <translation>%1 antwortet nicht richtig, daher hat Routiq die Anfragen dorthin angehalten. Routiq versucht es in %2 s erneut; das Dashboard zeigt bis dahin die zwischengespeicherten Daten.</translation>
    </message>
    <message>
        <source>%1 sent an answer far larger than any real page, so Routiq stopped reading it. Please report this to Routiq support with the details below.</source>
        <translation>%1 hat eine Antwort geschickt, die weit größer ist als jede echte Seite, daher hat Routiq sie nicht weiter gelesen. Bitte melden Sie dies dem Routiq-Support mit den Details unten.</translation>
    </message>
    <message>
        <source>%1 asked Routiq to slow down (too many requests with this API key). Syncing resumes automatically; if it keeps happening, stop other apps that use the same %1 user&apos;s key.</source>
        <translation>%1 hat Routiq gebeten, langsamer zu werden (zu viele Anfragen mit diesem API-Schlüssel). Die Synchronisierung läuft von selbst weiter; wenn das öfter vorkommt, beenden Sie andere Apps, die den Schlüssel desselben %1-Benutzers verwenden.</translation>
    </message>
    <message>
        <source>%1 rejected the API key. Check the key in this clinic&apos;s connection settings, or create a new one in %1 (My Info &gt; Manage API keys).</source>
        <translation>%1 hat den API-Schlüssel abgelehnt. Prüfen Sie den Schlüssel in den Verbindungseinstellungen dieser Praxis, oder erstellen Sie in %1 einen neuen (My Info &gt; Manage API keys).</translation>
    </message>
    <message>
        <source>%1 is having problems right now (server error). Routiq will keep trying; the dashboard shows the cached data meanwhile.</source>
        <translation>%1 hat gerade Probleme (Serverfehler). Routiq versucht es weiter; das Dashboard zeigt bis dahin die zwischengespeicherten Daten.</translation>
    </message>
    <message>
        <source>%1 refused a request from Routiq. Please report this to Routiq support with the details below.</source>
        <translation>%1 hat eine Anfrage von Routiq abgelehnt. Bitte melden Sie dies dem Routiq-Support mit den Details unten.</translation>
    </message>
    <message>
        <source>Routiq cannot reach %1 (%2). Check the internet connection; the dashboard shows the cached data meanwhile.</source>
        <translation>Routiq erreicht %1 nicht (%2). Prüfen Sie die Internetverbindung; das Dashboard zeigt bis dahin die zwischengespeicherten Daten.</translation>
    </message>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation>Die Serveradresse ist keine gültige URL.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer (localhost); use an https:// address for %1.</source>
        <translation>Unverschlüsseltes http:// ist nur für diesen Computer (localhost) erlaubt; verwenden Sie für %1 eine https://-Adresse.</translation>
    </message>
    <message>
        <source>Only https:// addresses are supported (got &quot;%1&quot;).</source>
        <translation>Nur https://-Adressen werden unterstützt (erhalten: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The Cliniko API key does not end with a region such as &quot;-au2&quot; or &quot;-uk1&quot;; copy the whole key from Cliniko.</source>
        <translation>Der Cliniko-API-Schlüssel endet nicht mit einer Region wie &quot;-au2&quot; oder &quot;-uk1&quot;; kopieren Sie den ganzen Schlüssel aus Cliniko.</translation>
    </message>
    <message>
        <source>Cliniko requires a contact email in every request. Set the contact email in the connection settings.</source>
        <translation>Cliniko verlangt in jeder Anfrage eine Kontakt-E-Mail. Tragen Sie die Kontakt-E-Mail in den Verbindungseinstellungen ein.</translation>
    </message>
    <message>
        <source>Cliniko sent an answer Routiq cannot read. Routiq will try again at the next sync; if this persists, check status.cliniko.com or contact Routiq support.</source>
        <translation>Cliniko hat eine Antwort geschickt, die Routiq nicht lesen kann. Routiq versucht es bei der nächsten Synchronisierung erneut; wenn es so bleibt, prüfen Sie status.cliniko.com oder wenden Sie sich an den Routiq-Support.</translation>
    </message>
    <message>
        <source>Nookal sent an answer Routiq cannot read. Routiq will try again at the next sync; if this persists, contact Routiq support.</source>
        <translation>Nookal hat eine Antwort geschickt, die Routiq nicht lesen kann. Routiq versucht es bei der nächsten Synchronisierung erneut; wenn es so bleibt, wenden Sie sich an den Routiq-Support.</translation>
    </message>
    <message>
        <source>Routiq refused the %1 address: %2</source>
        <translation>Routiq hat die %1-Adresse abgelehnt: %2</translation>
    </message>
    <message>
        <source>No %1 API key is set for this clinic. Add one in the connection settings.</source>
        <translation>Für diese Praxis ist kein %1-API-Schlüssel hinterlegt. Fügen Sie in den Verbindungseinstellungen einen hinzu.</translation>
    </message>
    <message>
        <source>Nookal rejected the API key. Check the key in this clinic&apos;s connection settings, or generate a new one in Nookal (Setup &gt; Connections &gt; API Keys) with every location ticked.</source>
        <translation>Nookal hat den API-Schlüssel abgelehnt. Prüfen Sie den Schlüssel in den Verbindungseinstellungen dieser Praxis, oder erzeugen Sie in Nookal einen neuen (Setup &gt; Connections &gt; API Keys) mit allen Standorten angehakt.</translation>
    </message>
    <message>
        <source>Nookal could not answer Routiq&apos;s request. Routiq will try again at the next sync.</source>
        <translation>Nookal konnte die Anfrage von Routiq nicht beantworten. Routiq versucht es bei der nächsten Synchronisierung erneut.</translation>
    </message>
    <message>
        <source>Routiq&apos;s PostgreSQL driver is not installed (on Debian: libqt6sql6-psql).</source>
        <translation>Der PostgreSQL-Treiber von Routiq ist nicht installiert (unter Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The Routiq server&apos;s database was set up by a newer version of Routiq. Update Routiq on this computer; the server was left untouched.</source>
        <translation>Die Datenbank des Routiq-Servers wurde von einer neueren Routiq-Version eingerichtet. Aktualisieren Sie Routiq auf diesem Computer; der Server blieb unverändert.</translation>
    </message>
    <message>
        <source>The Routiq server&apos;s database is not set up for this version yet. Run &apos;routiq-cli --server ... server init&apos; as its administrator.</source>
        <translation>Die Datenbank des Routiq-Servers ist für diese Version noch nicht eingerichtet. Führen Sie als deren Administrator &apos;routiq-cli --server ... server init&apos; aus.</translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message>
        <source>The security settings could not be saved.</source>
        <translation>Die Sicherheitseinstellungen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Choose a value from %1 to %2.</source>
        <translation>Wählen Sie einen Wert von %1 bis %2.</translation>
    </message>
    <message>
        <source>There is no clinic connection with this id.</source>
        <translation>Es gibt keine Praxisverbindung mit dieser ID.</translation>
    </message>
</context>
<context>
    <name>ServerViewerSignIn</name>
    <message>
        <source>&apos;%1&apos; is the sync agent&apos;s account: it syncs, it does not sign in to the app. Sign in with your own account.</source>
        <translation>„%1“ ist das Konto des Sync-Agenten: Es synchronisiert und meldet sich nicht in der App an. Melden Sie sich mit Ihrem eigenen Konto an.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Routiq account on this server. Ask the clinic admin to add it with &apos;routiq-cli --server … user add&apos;.</source>
        <translation>„%1“ ist kein Routiq-Konto auf diesem Server. Bitten Sie den Praxis-Admin, es mit &apos;routiq-cli --server … user add&apos; anzulegen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Live clinic dashboard for Cliniko and Nookal.</source>
        <translation>Live-Praxis-Dashboard für Cliniko und Nookal.</translation>
    </message>
    <message>
        <source>Run on the built-in demo clinic.</source>
        <translation>Mit der eingebauten Demo-Praxis starten.</translation>
    </message>
    <message>
        <source>Save a PNG of the main window to &lt;file&gt; and exit.</source>
        <translation>Ein PNG des Hauptfensters in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>With --screenshot: wait &lt;seconds&gt; of live updates first.</source>
        <translation>Mit --screenshot: zuerst &lt;seconds&gt; Sekunden Live-Aktualisierung abwarten.</translation>
    </message>
    <message>
        <source>User interface language (en, de, es).</source>
        <translation>Sprache der Oberfläche (en, de, es).</translation>
    </message>
    <message>
        <source>Where the encrypted databases live.</source>
        <translation>Wo die verschlüsselten Datenbanken liegen.</translation>
    </message>
    <message>
        <source>Headless: keys sealed with this 0600 key file instead of the OS keychain.</source>
        <translation>Ohne Oberfläche: Schlüssel mit dieser Schlüsseldatei (0600) statt mit dem Schlüsselbund des Systems versiegeln.</translation>
    </message>
    <message>
        <source>Show this clinic connection first (&apos;all&apos; for the roll-up of every clinic).</source>
        <translation>Diese Praxisverbindung zuerst anzeigen (&apos;all&apos; für die Zusammenfassung aller Praxen).</translation>
    </message>
    <message>
        <source>Open on this page: dashboard, today (the Today board), lapsed (dropped-off patients), practitioners (side by side), forward (forward bookings), drilldown (the appointments behind Total bookings) or synchealth (View › Sync health).</source>
        <translation>Auf dieser Seite öffnen: dashboard, today (die Tagesübersicht), lapsed (abgesprungene Patienten), practitioners (Behandler im Vergleich), forward (Vorausbuchungen), drilldown (die Termine hinter „Buchungen gesamt“) oder synchealth (Ansicht › Synchronisierungsstatus).</translation>
    </message>
    <message>
        <source>Benchmark: write the moments of this start to &lt;file&gt;, then quit.</source>
        <translation>Benchmark: die Zeitpunkte dieses Starts in &lt;file&gt; schreiben, dann beenden.</translation>
    </message>
    <message>
        <source>Benchmark: read the user name and password as two lines from standard input and sign in with them.</source>
        <translation>Benchmark: Benutzername und Passwort als zwei Zeilen von der Standardeingabe lesen und sich damit anmelden.</translation>
    </message>
    <message>
        <source>Shared mode: show the clinics of this Routiq server (a libpq connection string; default: ROUTIQ_SERVER).</source>
        <translation>Gemeinsamer Modus: die Praxen dieses Routiq-Servers anzeigen (eine libpq-Verbindungszeichenfolge; Standard: ROUTIQ_SERVER).</translation>
    </message>
    <message>
        <source>Shared mode: the account name to sign in with.</source>
        <translation>Gemeinsamer Modus: der Kontoname für die Anmeldung.</translation>
    </message>
    <message>
        <source>The file ROUTIQ_PASSWORD_FILE names cannot be read.</source>
        <translation>Die in ROUTIQ_PASSWORD_FILE genannte Datei kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>routiq</name>
    <message>
        <source>The server address is not a connection string Routiq can use. Write it as key=value pairs, e.g. &quot;host=db.clinic.lan dbname=routiq sslmode=verify-full&quot;.</source>
        <translation>Die Serveradresse ist keine Verbindungszeichenfolge, die Routiq verwenden kann. Schreiben Sie sie als Schlüssel=Wert-Paare, z. B. &quot;host=db.clinic.lan dbname=routiq sslmode=verify-full&quot;.</translation>
    </message>
</context>
<context>
    <name>routiq::AccessPolicy</name>
    <message>
        <source>This temporary account has expired. Ask the clinic admin to extend it.</source>
        <translation>Dieses befristete Konto ist abgelaufen. Bitten Sie den Praxis-Admin, es zu verlängern.</translation>
    </message>
    <message>
        <source>Your password was reset: choose a new one first (&apos;routiq-cli user passwd&apos; or the app).</source>
        <translation>Ihr Passwort wurde zurückgesetzt: Wählen Sie zuerst ein neues (&apos;routiq-cli user passwd&apos; oder die App).</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this. Ask the clinic admin if you need it.</source>
        <translation>Mit Ihrem Konto ist das nicht erlaubt. Wenden Sie sich an den Praxis-Admin, wenn Sie es brauchen.</translation>
    </message>
</context>
<context>
    <name>routiq::AgentPmsConnection</name>
    <message>
        <source>This computer&apos;s keychain holds no PMS connection for clinic &apos;%1&apos; on this server. Add it here, on the agent&apos;s computer, as the OS account the agent runs as: routiq-cli --server … clinic add --id %1 --name … --pms … --api-key-file -</source>
        <translation>Der Schlüsselbund dieses Computers enthält keine PMS-Verbindung für die Praxis &apos;%1&apos; auf diesem Server. Fügen Sie sie hier hinzu, auf dem Computer des Agenten, unter dem Betriebssystemkonto, unter dem der Agent läuft: routiq-cli --server … clinic add --id %1 --name … --pms … --api-key-file -</translation>
    </message>
</context>
<context>
    <name>routiq::ApiHost</name>
    <message>
        <source>&apos;%1&apos; is not an IP address (e.g. 127.0.0.1).</source>
        <translation>&apos;%1&apos; ist keine IP-Adresse (z. B. 127.0.0.1).</translation>
    </message>
</context>
<context>
    <name>routiq::ApiServer</name>
    <message>
        <source>Plain HTTP is served on loopback only (127.0.0.1 or ::1): give a TLS certificate and key to listen on %1, or put a TLS reverse proxy in front.</source>
        <translation>Unverschlüsseltes HTTP wird nur auf Loopback (127.0.0.1 oder ::1) angeboten: Geben Sie ein TLS-Zertifikat und einen Schlüssel an, um auf %1 zu lauschen, oder schalten Sie einen TLS-Reverse-Proxy davor.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2 (in use, or not an address of this computer).</source>
        <translation>Auf %1:%2 kann nicht gelauscht werden (belegt oder keine Adresse dieses Computers).</translation>
    </message>
</context>
<context>
    <name>routiq::ApiServerPage</name>
    <message>
        <source>&amp;Serve the API while Routiq runs</source>
        <translation>API &amp;bereitstellen, solange Routiq läuft</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Beliebiger freier Port</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Only for an address other than loopback</source>
        <translation>Nur für eine andere Adresse als Loopback</translation>
    </message>
    <message>
        <source>TLS certificate file (PEM)</source>
        <translation>TLS-Zertifikatsdatei (PEM)</translation>
    </message>
    <message>
        <source>TLS private key file (PEM)</source>
        <translation>Datei des privaten TLS-Schlüssels (PEM)</translation>
    </message>
    <message>
        <source>API server state</source>
        <translation>Zustand des API-Servers</translation>
    </message>
    <message>
        <source>API server</source>
        <translation>API-Server</translation>
    </message>
    <message>
        <source>Listen &amp;address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>TLS &amp;certificate:</source>
        <translation>TLS-&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>TLS &amp;key:</source>
        <translation>TLS-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Wall displays, web dashboards and BI tools read the live figures from it, each with its own Routiq account (docs/api.md). Plain HTTP is served on this computer only (127.0.0.1); any other address needs a certificate and key.</source>
        <translation>Wandanzeigen, Web-Dashboards und BI-Werkzeuge lesen darüber die Live-Zahlen, jeweils mit einem eigenen Routiq-Konto (docs/api.md). Unverschlüsseltes HTTP gibt es nur auf diesem Computer (127.0.0.1); jede andere Adresse braucht ein Zertifikat und einen Schlüssel.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>The API server could not start: %1</source>
        <translation>Der API-Server konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Serving at %1</source>
        <translation>Erreichbar unter %1</translation>
    </message>
    <message>
        <source>The API server is off.</source>
        <translation>Der API-Server ist aus.</translation>
    </message>
    <message>
        <source>TLS needs both a certificate and a key file.</source>
        <translation>TLS braucht eine Zertifikats- und eine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
</context>
<context>
    <name>routiq::ApiTls</name>
    <message>
        <source>Cannot read the TLS certificate or key file.</source>
        <translation>Die TLS-Zertifikats- oder Schlüsseldatei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The TLS certificate or key is not a PEM file.</source>
        <translation>Das TLS-Zertifikat oder der Schlüssel ist keine PEM-Datei.</translation>
    </message>
</context>
<context>
    <name>routiq::AppShell</name>
    <message>
        <source>Routiq — Sign in</source>
        <translation>Routiq — Anmelden</translation>
    </message>
    <message>
        <source>No clinic connected yet: an administrator adds one with &apos;routiq-cli clinic add&apos;, or try &apos;routiq --demo&apos;.</source>
        <translation>Noch keine Praxis verbunden: Ein Administrator fügt eine mit &apos;routiq-cli clinic add&apos; hinzu, oder probieren Sie &apos;routiq --demo&apos;.</translation>
    </message>
    <message>
        <source>Routiq — Create the administrator</source>
        <translation>Routiq — Administrator anlegen</translation>
    </message>
    <message>
        <source>Routiq keeps your clinics&apos; data encrypted with a key that only a sign-in opens. Syncing starts after the first sign-in and then carries on, even while the screen is locked, until Routiq is closed.</source>
        <translation>Routiq speichert die Daten Ihrer Praxen verschlüsselt, mit einem Schlüssel, den nur eine Anmeldung öffnet. Die Synchronisierung beginnt nach der ersten Anmeldung und läuft dann weiter, auch bei gesperrtem Bildschirm, bis Routiq geschlossen wird.</translation>
    </message>
    <message>
        <source>&amp;Clinics</source>
        <translation>&amp;Praxen</translation>
    </message>
    <message>
        <source>Routiq — Recovery key</source>
        <translation>Routiq — Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>There is no admin account with this name.</source>
        <translation>Es gibt kein Administratorkonto mit diesem Namen.</translation>
    </message>
    <message>
        <source>The data folder could not be moved aside.</source>
        <translation>Der Datenordner konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>Routiq — Choose a new password</source>
        <translation>Routiq — Neues Passwort wählen</translation>
    </message>
    <message>
        <source>A&amp;PI server</source>
        <translation>A&amp;PI-Server</translation>
    </message>
</context>
<context>
    <name>routiq::AppointmentListDialog</name>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>No appointments make up this figure.</source>
        <translation>Zu dieser Kennzahl gehören keine Termine.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n appointment(s)</source>
        <translation>
            <numerusform>%1 — %n Termin</numerusform>
            <numerusform>%1 — %n Termine</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>routiq::AppointmentListModel</name>
    <message>
        <source>(hidden)</source>
        <translation>(verborgen)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Wahrgenommen</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Versäumt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
</context>
<context>
    <name>routiq::AuditLog</name>
    <message>
        <source>The audit log could not be written or read.</source>
        <translation>Das Audit-Protokoll konnte nicht geschrieben oder gelesen werden.</translation>
    </message>
</context>
<context>
    <name>routiq::AuditLogModel</name>
    <message>
        <source>Please sign in again.</source>
        <translation>Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>routiq::AuditLogPage</name>
    <message>
        <source>Audit log entries</source>
        <translation>Einträge des Audit-Protokolls</translation>
    </message>
    <message>
        <source>User filter</source>
        <translation>Benutzerfilter</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Aktionsfilter</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <source>To date (inclusive)</source>
        <translation>Bis Datum (einschließlich)</translation>
    </message>
    <message>
        <source>A&amp;pply filter</source>
        <translation>Filter an&amp;wenden</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Checks every entry, the anchor beside the database and the keychain&apos;s counter, as &apos;routiq-cli audit verify&apos; does.</source>
        <translation>Prüft jeden Eintrag, den Anker neben der Datenbank und den Zähler im Schlüsselbund, wie es &apos;routiq-cli audit verify&apos; tut.</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Prüfergebnis</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Anzahl der Einträge</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>Ak&amp;tion:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, newest first</source>
        <translation>
            <numerusform>%n Eintrag, neuester zuerst</numerusform>
            <numerusform>%n Einträge, neueste zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>Not intact: %1</source>
        <translation>Nicht intakt: %1</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message numerus="yes">
        <source>Intact: all %n entries verified.</source>
        <translation>
            <numerusform>Intakt: %n Eintrag geprüft.</numerusform>
            <numerusform>Intakt: alle %n Einträge geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked: %1.</source>
        <translation>Nicht geprüft: %1.</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Die Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Audit-Protokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>routiq::BookingTrendsChart</name>
    <message>
        <source>No days to show yet.
Daily bookings appear here once the first sync has finished.</source>
        <translation>Noch keine Tage anzuzeigen.
Die täglichen Buchungen erscheinen hier nach der ersten Synchronisierung.</translation>
    </message>
</context>
<context>
    <name>routiq::BookingTrendsModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Versäumt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
</context>
<context>
    <name>routiq::ClinicChecklist</name>
    <message>
        <source>Clinics</source>
        <translation>Praxen</translation>
    </message>
</context>
<context>
    <name>routiq::ClinicConnectionService</name>
    <message>
        <source>Give the clinic a name.</source>
        <translation>Geben Sie der Praxis einen Namen.</translation>
    </message>
    <message>
        <source>The clinic id may use a-z, 0-9, &apos;-&apos; and &apos;_&apos; (1 to 64 characters).</source>
        <translation>Die Praxis-ID darf a-z, 0-9, &apos;-&apos; und &apos;_&apos; enthalten (1 bis 64 Zeichen).</translation>
    </message>
    <message>
        <source>The clinic id &apos;%1&apos; is reserved for routiq --demo: choose another.</source>
        <translation>Die Praxis-ID &apos;%1&apos; ist für routiq --demo reserviert: Wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>The retention period is a whole number of years, 0 to 100 (0 keeps names).</source>
        <translation>Die Aufbewahrungsdauer ist eine ganze Zahl von Jahren, 0 bis 100 (0 behält die Namen).</translation>
    </message>
    <message>
        <source>Unknown time zone &apos;%1&apos;: use an IANA name such as Australia/Melbourne.</source>
        <translation>Unbekannte Zeitzone &apos;%1&apos;: Verwenden Sie einen IANA-Namen wie Europe/Berlin.</translation>
    </message>
    <message>
        <source>There is no clinic with the id &apos;%1&apos;.</source>
        <translation>Es gibt keine Praxis mit der ID &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A clinic with the id &apos;%1&apos; exists already.</source>
        <translation>Eine Praxis mit der ID &apos;%1&apos; existiert bereits.</translation>
    </message>
</context>
<context>
    <name>routiq::ClinicConnectionsPanel</name>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbinde</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>first sync running</source>
        <translation>erste Synchronisierung läuft</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation>API-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>noch keine Daten</translation>
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
        <translation>Die Praxissoftware, aus der Routiq liest. Jede Praxis hat ihren eigenen verschlüsselten Cache und API-Schlüssel.</translation>
    </message>
    <message>
        <source>Clinic connections</source>
        <translation>Praxisverbindungen</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>PMS</source>
        <translation>PMS</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Letzte erfolgreiche Synchronisierung</translation>
    </message>
    <message>
        <source>Data age</source>
        <translation>Alter der Daten</translation>
    </message>
    <message>
        <source>Requests (last minute)</source>
        <translation>Anfragen (letzte Minute)</translation>
    </message>
    <message>
        <source>&amp;Add clinic…</source>
        <translation>Praxis &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Replace API &amp;key…</source>
        <translation>API-&amp;Schlüssel ersetzen…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>nicht geöffnet</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 (no limit)</source>
        <translation>%1 (keine Grenze)</translation>
    </message>
    <message>
        <source>Testing the new key…</source>
        <translation>Der neue Schlüssel wird getestet…</translation>
    </message>
    <message>
        <source>The new API key works and replaced the old one.</source>
        <translation>Der neue API-Schlüssel funktioniert und hat den alten ersetzt.</translation>
    </message>
    <message>
        <source>The old key was kept. %1</source>
        <translation>Der alte Schlüssel wurde behalten. %1</translation>
    </message>
    <message>
        <source>Renamed.</source>
        <translation>Umbenannt.</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from Routiq?

This deletes, on this computer:
• its cache: every appointment, patient and figure Routiq copied from the PMS;
• its keys: the API key and the cache&apos;s encryption key in the keychain;
• its grants: every user&apos;s access to this clinic.

Nothing is deleted in the PMS itself. Adding the clinic again later starts with a new, empty cache and no user grants.</source>
        <translation>&quot;%1&quot; aus Routiq entfernen?

Dadurch wird auf diesem Computer gelöscht:
• der Cache: jeder Termin, jeder Patient und jede Kennzahl, die Routiq aus dem PMS kopiert hat;
• die Schlüssel: der API-Schlüssel und der Verschlüsselungsschlüssel des Caches im Schlüsselbund;
• die Berechtigungen: der Zugriff aller Benutzer auf diese Praxis.

Im PMS selbst wird nichts gelöscht. Wird die Praxis später erneut hinzugefügt, beginnt sie mit einem neuen, leeren Cache und ohne Benutzerberechtigungen.</translation>
    </message>
    <message>
        <source>The clinic, its cache, its keys and its grants were removed.</source>
        <translation>Die Praxis, ihr Cache, ihre Schlüssel und ihre Berechtigungen wurden entfernt.</translation>
    </message>
    <message>
        <source>Replace API key</source>
        <translation>API-Schlüssel ersetzen</translation>
    </message>
    <message>
        <source>Paste the new API key. Routiq tests it first; the old key stays until the new one works.</source>
        <translation>Fügen Sie den neuen API-Schlüssel ein. Routiq testet ihn zuerst; der alte Schlüssel bleibt, bis der neue funktioniert.</translation>
    </message>
    <message>
        <source>Rename clinic</source>
        <translation>Praxis umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Remove clinic</source>
        <translation>Praxis entfernen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Routiq — Clinic connections</source>
        <translation>Routiq — Praxisverbindungen</translation>
    </message>
</context>
<context>
    <name>routiq::ClinicSession</name>
    <message>
        <source>The local data of this clinic is damaged and could not be set aside.</source>
        <translation>Die lokalen Daten dieser Praxis sind beschädigt und konnten nicht beiseitegelegt werden.</translation>
    </message>
</context>
<context>
    <name>routiq::ConnectClinicWizard</name>
    <message>
        <source>Routiq — Connect your clinic</source>
        <translation>Routiq — Ihre Praxis verbinden</translation>
    </message>
    <message>
        <source>Routiq reads your appointments from your practice management system with an API key, and keeps an encrypted copy on this computer. Which system does your clinic use?</source>
        <translation>Routiq liest Ihre Termine mit einem API-Schlüssel aus Ihrer Praxissoftware und bewahrt eine verschlüsselte Kopie auf diesem Computer auf. Welches System verwendet Ihre Praxis?</translation>
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
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Connect your clinic</source>
        <translation>Ihre Praxis verbinden</translation>
    </message>
    <message>
        <source>Connect Cliniko</source>
        <translation>Cliniko verbinden</translation>
    </message>
    <message>
        <source>Connect Nookal</source>
        <translation>Nookal verbinden</translation>
    </message>
    <message>
        <source>First sync</source>
        <translation>Erste Synchronisierung</translation>
    </message>
    <message>
        <source>C&amp;onnect and sync</source>
        <translation>&amp;Verbinden und synchronisieren</translation>
    </message>
    <message>
        <source>Close — the sync carries on</source>
        <translation>Schließen — die Synchronisierung läuft weiter</translation>
    </message>
</context>
<context>
    <name>routiq::ConnectDetailsPage</name>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Sho&amp;w key</source>
        <translation>Schlüssel an&amp;zeigen</translation>
    </message>
    <message>
        <source>e.g. manager@yourclinic.com.au</source>
        <translation>z. B. leitung@ihrepraxis.de</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Kontakt-E-Mail</translation>
    </message>
    <message>
        <source>e.g. Northside Physio</source>
        <translation>z. B. Physio Nordstadt</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Praxisname</translation>
    </message>
    <message>
        <source>Clinic id</source>
        <translation>Praxis-ID</translation>
    </message>
    <message>
        <source>Keep patient names</source>
        <translation>Patientennamen behalten</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>Retention period in years</source>
        <translation>Aufbewahrungsdauer in Jahren</translation>
    </message>
    <message>
        <source>Leave empty for the PMS&apos;s own server</source>
        <translation>Leer lassen für den eigenen Server des PMS</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>&amp;API key</source>
        <translation>&amp;API-Schlüssel</translation>
    </message>
    <message>
        <source>Contact &amp;email</source>
        <translation>Kontakt-&amp;E-Mail</translation>
    </message>
    <message>
        <source>Clinic &amp;name</source>
        <translation>Praxis&amp;name</translation>
    </message>
    <message>
        <source>Clinic &amp;id</source>
        <translation>Praxis-&amp;ID</translation>
    </message>
    <message>
        <source>&amp;Forget patient names after</source>
        <translation>Patientennamen ver&amp;gessen nach</translation>
    </message>
    <message>
        <source>Ser&amp;ver (optional)</source>
        <translation>Ser&amp;ver (optional)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>In Cliniko, open My Info &gt; Manage API keys and create a key, then paste all of it here: its ending (such as -au2) tells Routiq which Cliniko server holds your account.</source>
        <translation>Öffnen Sie in Cliniko My Info &gt; Manage API keys, erstellen Sie einen Schlüssel und fügen Sie ihn vollständig hier ein: Seine Endung (etwa -au2) sagt Routiq, auf welchem Cliniko-Server Ihr Konto liegt.</translation>
    </message>
    <message>
        <source>In Nookal, an administrator creates a key under Setup &gt; Connections &gt; API Keys. Paste it here.</source>
        <translation>In Nookal erstellt ein Administrator unter Setup &gt; Connections &gt; API Keys einen Schlüssel. Fügen Sie ihn hier ein.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Die Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>Die Verbindung funktioniert.</translation>
    </message>
    <message>
        <source>%1 (time zone not given)</source>
        <translation>%1 (Zeitzone nicht angegeben)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Businesses: %1</source>
        <translation>Unternehmen: %1</translation>
    </message>
    <message>
        <source>Locations: %1</source>
        <translation>Standorte: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Practitioners: %1</source>
        <translation>Behandler: %1</translation>
    </message>
    <message>
        <source>Practitioners: more than one page</source>
        <translation>Behandler: mehr als eine Seite</translation>
    </message>
    <message>
        <source>Appointments: at least %1 (the first sync counts them all)</source>
        <translation>Termine: mindestens %1 (die erste Synchronisierung zählt alle)</translation>
    </message>
    <message>
        <source>Appointments: %1 to sync</source>
        <translation>Termine: %1 zu synchronisieren</translation>
    </message>
</context>
<context>
    <name>routiq::DailyNoteBar</name>
    <message>
        <source>Open tomorrow&apos;s board</source>
        <translation>Übersicht für morgen öffnen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>routiq::DailyRiskNote</name>
    <message>
        <source>Tomorrow: no high-risk bookings</source>
        <translation>Morgen: keine Buchungen mit hohem Risiko</translation>
    </message>
    <message>
        <source>Tomorrow: 1 high-risk booking</source>
        <translation>Morgen: 1 Buchung mit hohem Risiko</translation>
    </message>
    <message>
        <source>Tomorrow: %1 high-risk bookings</source>
        <translation>Morgen: %1 Buchungen mit hohem Risiko</translation>
    </message>
</context>
<context>
    <name>routiq::DashboardController</name>
    <message>
        <source> (inactive)</source>
        <translation> (inaktiv)</translation>
    </message>
    <message>
        <source>Your account has no clinic assigned yet: ask a Routiq administrator to give you access.</source>
        <translation>Ihrem Konto ist noch keine Praxis zugewiesen: Bitten Sie einen Routiq-Administrator um Zugriff.</translation>
    </message>
    <message>
        <source>Choose one clinic to see the appointments behind a figure.</source>
        <translation>Wählen Sie eine einzelne Praxis, um die Termine hinter einer Kennzahl zu sehen.</translation>
    </message>
    <message>
        <source>Appointments behind %1 — %2</source>
        <translation>Termine zu %1 — %2</translation>
    </message>
    <message>
        <source>Exports need a signed-in account.</source>
        <translation>Für Exporte ist ein angemeldetes Konto nötig.</translation>
    </message>
    <message>
        <source>Exports are not available in shared mode yet.</source>
        <translation>Exporte sind im gemeinsamen Modus noch nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>routiq::DashboardFilters</name>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorige Woche</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Voriger Monat</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>First day of the range</source>
        <translation>Erster Tag des Zeitraums</translation>
    </message>
    <message>
        <source>Last day of the range</source>
        <translation>Letzter Tag des Zeitraums</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>All practitioners</source>
        <translation>Alle Behandler</translation>
    </message>
    <message>
        <source>&amp;Clinic:</source>
        <translation>&amp;Praxis:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>P&amp;ractitioner:</source>
        <translation>Behandle&amp;r:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>All clinics</source>
        <translation>Alle Praxen</translation>
    </message>
</context>
<context>
    <name>routiq::DashboardPdfExporter</name>
    <message>
        <source>The folder for %1 does not exist.</source>
        <translation>Der Ordner für %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Made with Routiq</source>
        <translation>Erstellt mit Routiq</translation>
    </message>
</context>
<context>
    <name>routiq::DemoEnvironment</name>
    <message>
        <source>Demo Physio (Cliniko simulator)</source>
        <translation>Demo-Physio (Cliniko-Simulator)</translation>
    </message>
    <message>
        <source>Bayside Chiro (Nookal simulator)</source>
        <translation>Bayside Chiro (Nookal-Simulator)</translation>
    </message>
    <message>
        <source>The demo folder could not be moved aside.</source>
        <translation>Der Demo-Ordner konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>This data folder holds real Routiq accounts: the demo runs only in its own folder. Start &apos;routiq --demo&apos; without --data-dir, or give it an empty folder.</source>
        <translation>Dieser Datenordner enthält echte Routiq-Konten: Die Demo läuft nur in ihrem eigenen Ordner. Starten Sie &apos;routiq --demo&apos; ohne --data-dir, oder geben Sie einen leeren Ordner an.</translation>
    </message>
    <message>
        <source>This data folder holds data but no demo key: the demo will not make a new key next to it. Give &apos;routiq --demo&apos; an empty folder.</source>
        <translation>Dieser Datenordner enthält Daten, aber keinen Demo-Schlüssel: Die Demo legt daneben keinen neuen Schlüssel an. Geben Sie &apos;routiq --demo&apos; einen leeren Ordner.</translation>
    </message>
    <message>
        <source>The demo folder&apos;s key is not in the keychain any more (a new keyring?), so its data cannot be read. Delete the demo folder to start the demo afresh.</source>
        <translation>Der Schlüssel des Demo-Ordners ist nicht mehr im Schlüsselbund (ein neuer Schlüsselbund?), daher können seine Daten nicht gelesen werden. Löschen Sie den Demo-Ordner, um die Demo neu zu starten.</translation>
    </message>
    <message>
        <source>This data folder holds real clinic connections: the demo runs only in its own folder.</source>
        <translation>Dieser Datenordner enthält echte Praxisverbindungen: Die Demo läuft nur in ihrem eigenen Ordner.</translation>
    </message>
</context>
<context>
    <name>routiq::FirstAdminPage</name>
    <message>
        <source>Create the administrator</source>
        <translation>Administrator anlegen</translation>
    </message>
    <message>
        <source>e.g. practice.manager</source>
        <translation>z. B. praxis.leitung</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. A short sentence is easy to remember.</source>
        <translation>
            <numerusform>Mindestens %n Zeichen. Ein kurzer Satz ist leicht zu merken.</numerusform>
            <numerusform>Mindestens %n Zeichen. Ein kurzer Satz ist leicht zu merken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Konto wird angelegt…</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Administrator anlegen</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Geben Sie einen Benutzernamen ein.</translation>
    </message>
    <message numerus="yes">
        <source>The password is too short: use at least %n characters.</source>
        <translation>
            <numerusform>Das Passwort ist zu kurz: Verwenden Sie mindestens %n Zeichen.</numerusform>
            <numerusform>Das Passwort ist zu kurz: Verwenden Sie mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the password again.</source>
        <translation>Die beiden Passwörter stimmen nicht überein. Geben Sie das Passwort erneut ein.</translation>
    </message>
    <message>
        <source>The account could not be created. Try again.</source>
        <translation>Das Konto konnte nicht angelegt werden. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This account adds clinic connections and the accounts of your team. Keep its password safe; the next page shows a recovery key for the day it is forgotten.</source>
        <translation>Dieses Konto fügt Praxisverbindungen und die Konten Ihres Teams hinzu. Bewahren Sie sein Passwort sicher auf; die nächste Seite zeigt einen Wiederherstellungsschlüssel für den Fall, dass es vergessen wird.</translation>
    </message>
    <message>
        <source>Write down your recovery key</source>
        <translation>Notieren Sie Ihren Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Routiq encrypts your clinics&apos; data with a key that only a sign-in opens. If every admin password is forgotten, this recovery key is the only way back in; without it the data on this computer cannot be read and must be synced again from your PMS. It is shown only this once: write it down or print it, and keep it away from this computer.</source>
        <translation>Routiq verschlüsselt die Daten Ihrer Praxen mit einem Schlüssel, den nur eine Anmeldung öffnet. Wenn alle Administratorpasswörter vergessen sind, ist dieser Wiederherstellungsschlüssel der einzige Weg zurück; ohne ihn können die Daten auf diesem Computer nicht gelesen werden und müssen erneut aus Ihrem PMS synchronisiert werden. Er wird nur dieses eine Mal angezeigt: Schreiben Sie ihn auf oder drucken Sie ihn aus, und bewahren Sie ihn getrennt von diesem Computer auf.</translation>
    </message>
    <message>
        <source>I have written it down — continue</source>
        <translation>Ich habe ihn notiert — weiter</translation>
    </message>
</context>
<context>
    <name>routiq::FirstSyncPage</name>
    <message>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Appointment types</source>
        <translation>Terminarten</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>about %1 s</source>
        <translation>etwa %1 s</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>etwa %1 min</translation>
    </message>
    <message>
        <source>about %1 h</source>
        <translation>etwa %1 h</translation>
    </message>
    <message>
        <source>Waiting for the clinic&apos;s sync to start…</source>
        <translation>Warte auf den Start der Synchronisierung der Praxis…</translation>
    </message>
    <message>
        <source>First sync progress per resource</source>
        <translation>Fortschritt der ersten Synchronisierung je Ressource</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>The first sync is complete. From now on Routiq fetches changes every few seconds.</source>
        <translation>Die erste Synchronisierung ist abgeschlossen. Ab jetzt ruft Routiq alle paar Sekunden Änderungen ab.</translation>
    </message>
    <message>
        <source>The sync stopped for now: %1 It tries again by itself.</source>
        <translation>Die Synchronisierung wurde vorerst angehalten: %1 Sie versucht es selbstständig erneut.</translation>
    </message>
    <message>
        <source>syncing</source>
        <translation>synchronisiert</translation>
    </message>
    <message>
        <source>Syncing %1… The dashboard opens as soon as the first figures are in; the rest keeps arriving behind it.</source>
        <translation>%1 wird synchronisiert… Das Dashboard öffnet sich, sobald die ersten Zahlen da sind; der Rest trifft im Hintergrund weiter ein.</translation>
    </message>
    <message>
        <source>Time left for %1: %2</source>
        <translation>Restzeit für %1: %2</translation>
    </message>
    <message>
        <source>Time left: not known yet</source>
        <translation>Restzeit: noch nicht bekannt</translation>
    </message>
    <message>
        <source>Requests to the PMS: none yet</source>
        <translation>Anfragen an das PMS: noch keine</translation>
    </message>
    <message>
        <source>Requests to the PMS in the last minute: %1 of %2 allowed</source>
        <translation>Anfragen an das PMS in der letzten Minute: %1 von %2 erlaubten</translation>
    </message>
    <message>
        <source>Requests to the PMS in the last minute: %1 (no limit)</source>
        <translation>Anfragen an das PMS in der letzten Minute: %1 (keine Grenze)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resume the first sync</source>
        <translation>Die erste Synchronisierung fortsetzen</translation>
    </message>
    <message>
        <source>Pause the first sync</source>
        <translation>Die erste Synchronisierung pausieren</translation>
    </message>
    <message>
        <source>Paused. Routiq remembers this, also after a restart; Resume continues where the sync stopped.</source>
        <translation>Pausiert. Routiq merkt sich das, auch nach einem Neustart; Fortsetzen macht dort weiter, wo die Synchronisierung angehalten hat.</translation>
    </message>
</context>
<context>
    <name>routiq::FolderUnlock</name>
    <message>
        <source>Choose a user name of letters and digits (and . _ - @), up to 64 characters.</source>
        <translation>Wählen Sie einen Benutzernamen aus Buchstaben und Ziffern (sowie . _ - @), höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <source>Choose a password of at least %1 characters.</source>
        <translation>Wählen Sie ein Passwort mit mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The password could not be secured.</source>
        <translation>Das Passwort konnte nicht geschützt werden.</translation>
    </message>
</context>
<context>
    <name>routiq::ForwardBookingsCalculator</name>
    <message>
        <source>The number of weeks runs from 1 to 52.</source>
        <translation>Die Anzahl der Wochen reicht von 1 bis 52.</translation>
    </message>
</context>
<context>
    <name>routiq::ForwardBookingsChart</name>
    <message>
        <source>Booked hours against capacity per week and practitioner</source>
        <translation>Gebuchte Stunden im Verhältnis zur Kapazität je Woche und Behandler</translation>
    </message>
    <message>
        <source>No bookings in the weeks ahead yet.</source>
        <translation>Noch keine Buchungen in den kommenden Wochen.</translation>
    </message>
    <message>
        <source>%1 booked</source>
        <translation>%1 gebucht</translation>
    </message>
    <message>
        <source>%1 capacity</source>
        <translation>%1 Kapazität</translation>
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
        <translation>Behandler %1</translation>
    </message>
    <message>
        <source>All practitioners</source>
        <translation>Alle Behandler</translation>
    </message>
    <message>
        <source>not all hours set</source>
        <translation>nicht alle Stunden festgelegt</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no hours set</source>
        <translation>keine Stunden festgelegt</translation>
    </message>
    <message>
        <source>set working hours</source>
        <translation>Arbeitszeiten festlegen</translation>
    </message>
    <message>
        <source>Some practitioners of this week have no working hours: their bookings are in the booked total but not in the capacity, so a clinic utilisation would overstate (%1% from the sums).</source>
        <translation>Einige Behandler dieser Woche haben keine Arbeitszeiten: Ihre Buchungen sind in der gebuchten Summe enthalten, aber nicht in der Kapazität, daher wäre eine Praxisauslastung zu hoch (%1 % aus den Summen).</translation>
    </message>
    <message>
        <source>Utilisation needs working hours: an administrator sets them under “Working hours…”.</source>
        <translation>Die Auslastung braucht Arbeitszeiten: Ein Administrator legt sie unter „Arbeitszeiten…“ fest.</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
</context>
<context>
    <name>routiq::ForwardBookingsView</name>
    <message>
        <source>Forward bookings</source>
        <translation>Vorausbuchungen</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>Weeks ahead</source>
        <translation>Wochen voraus</translation>
    </message>
    <message>
        <source>&amp;Show the next</source>
        <translation>An&amp;zeigen: die nächsten</translation>
    </message>
    <message>
        <source>&amp;Working hours…</source>
        <translation>&amp;Arbeitszeiten…</translation>
    </message>
    <message>
        <source>Every booking counts as booked time, whatever its outcome: a booking the patient did not arrive for (DNA) still occupied the slot, as Nookal&apos;s utilisation counts it.</source>
        <translation>Jede Buchung zählt als gebuchte Zeit, unabhängig vom Ergebnis: Eine Buchung, zu der der Patient nicht erschienen ist (DNA), hat den Termin trotzdem belegt, so wie Nookal die Auslastung zählt.</translation>
    </message>
    <message>
        <source>Forward bookings per week and practitioner</source>
        <translation>Vorausbuchungen je Woche und Behandler</translation>
    </message>
    <message>
        <source>Forward bookings — %1</source>
        <translation>Vorausbuchungen — %1</translation>
    </message>
    <message>
        <source>Set each practitioner&apos;s working hours</source>
        <translation>Die Arbeitszeiten jedes Behandlers festlegen</translation>
    </message>
    <message>
        <source>See the working hours (only an administrator can change them)</source>
        <translation>Die Arbeitszeiten ansehen (nur ein Administrator kann sie ändern)</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> bei %1</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s), %1 booked%2 from %3 to %4.</source>
        <translation>
            <numerusform>%n Buchung, %1 gebucht%2 von %3 bis %4.</numerusform>
            <numerusform>%n Buchungen, %1 gebucht%2 von %3 bis %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some practitioners have no working hours yet: their utilisation says “set working hours”. An administrator sets them under “Working hours…”.</source>
        <translation>Einige Behandler haben noch keine Arbeitszeiten: Bei ihrer Auslastung steht „Arbeitszeiten festlegen“. Ein Administrator legt sie unter „Arbeitszeiten…“ fest.</translation>
    </message>
</context>
<context>
    <name>routiq::InsightSettingsService</name>
    <message>
        <source>The contact date must be a real date, not in the future.</source>
        <translation>Das Kontaktdatum muss ein echtes Datum sein, nicht in der Zukunft.</translation>
    </message>
    <message>
        <source>The outcome is limited to %1 characters.</source>
        <translation>Das Ergebnis ist auf %1 Zeichen begrenzt.</translation>
    </message>
</context>
<context>
    <name>routiq::InsightViewsController</name>
    <message>
        <source>Dropped-off &amp;patients</source>
        <translation>Abgesprungene &amp;Patienten</translation>
    </message>
    <message>
        <source>Patients who stopped coming mid-treatment: the re-engagement worklist (Ctrl+3)</source>
        <translation>Patienten, die mitten in der Behandlung nicht mehr kommen: die Arbeitsliste zur Wiederansprache (Strg+3)</translation>
    </message>
    <message>
        <source>Practitioners &amp;side by side</source>
        <translation>Behandler im &amp;Vergleich</translation>
    </message>
    <message>
        <source>Every figure per practitioner for this period (Ctrl+4)</source>
        <translation>Jede Kennzahl je Behandler für diesen Zeitraum (Strg+4)</translation>
    </message>
    <message>
        <source>&amp;Forward bookings</source>
        <translation>V&amp;orausbuchungen</translation>
    </message>
    <message>
        <source>Bookings and utilisation of the weeks ahead (Ctrl+5)</source>
        <translation>Buchungen und Auslastung der kommenden Wochen (Strg+5)</translation>
    </message>
    <message>
        <source>No clinic is shown yet.</source>
        <translation>Es wird noch keine Praxis angezeigt.</translation>
    </message>
    <message>
        <source>Choose one clinic to see its patients and practitioners.</source>
        <translation>Wählen Sie eine einzelne Praxis, um ihre Patienten und Behandler zu sehen.</translation>
    </message>
</context>
<context>
    <name>routiq::KpiModel</name>
    <message>
        <source>Total bookings</source>
        <translation>Buchungen gesamt</translation>
    </message>
    <message>
        <source>Appointments in the period that are neither cancelled nor deleted.</source>
        <translation>Termine im Zeitraum, die weder storniert noch gelöscht sind.</translation>
    </message>
    <message>
        <source>Active patients</source>
        <translation>Aktive Patienten</translation>
    </message>
    <message>
        <source>Distinct patients with at least one booking in the period.</source>
        <translation>Verschiedene Patienten mit mindestens einer Buchung im Zeitraum.</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>Neue Patienten</translation>
    </message>
    <message>
        <source>Patients whose earliest booking ever falls in the period.</source>
        <translation>Patienten, deren allererste Buchung in den Zeitraum fällt.</translation>
    </message>
    <message>
        <source>Daily average</source>
        <translation>Tagesdurchschnitt</translation>
    </message>
    <message>
        <source>Bookings divided by the number of days in the period that have at least one booking.</source>
        <translation>Buchungen geteilt durch die Zahl der Tage im Zeitraum mit mindestens einer Buchung.</translation>
    </message>
    <message>
        <source>Missed (DNA)</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Bookings in the period marked as did not arrive.</source>
        <translation>Buchungen im Zeitraum, die als nicht erschienen markiert sind.</translation>
    </message>
    <message>
        <source>Missed rate</source>
        <translation>Ausfallquote</translation>
    </message>
    <message>
        <source>Missed bookings as a percentage of all bookings in the period.</source>
        <translation>Nicht wahrgenommene Buchungen in Prozent aller Buchungen im Zeitraum.</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>Stornierungen</translation>
    </message>
    <message>
        <source>Cancelled (not deleted) appointments in the period.</source>
        <translation>Stornierte (nicht gelöschte) Termine im Zeitraum.</translation>
    </message>
    <message>
        <source>Cancellation rate</source>
        <translation>Stornoquote</translation>
    </message>
    <message>
        <source>Cancellations as a percentage of bookings plus cancellations.</source>
        <translation>Stornierungen in Prozent von Buchungen plus Stornierungen.</translation>
    </message>
    <message>
        <source>Late cancellations</source>
        <translation>Kurzfristige Stornierungen</translation>
    </message>
    <message>
        <source>Cancellations made less than 24 hours before the appointment start.</source>
        <translation>Stornierungen weniger als 24 Stunden vor Terminbeginn.</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Erschienen</translation>
    </message>
    <message>
        <source>Bookings in the period where the patient arrived.</source>
        <translation>Buchungen im Zeitraum, zu denen der Patient erschienen ist.</translation>
    </message>
    <message>
        <source>Rebook rate</source>
        <translation>Wiederbuchungsquote</translation>
    </message>
    <message>
        <source>Attended bookings whose patient has another booking later, as a percentage.</source>
        <translation>Wahrgenommene Buchungen, deren Patient später erneut gebucht hat, in Prozent.</translation>
    </message>
    <message>
        <source>Patient visit average</source>
        <translation>Besuche pro Neupatient</translation>
    </message>
    <message>
        <source>Attended appointments divided by new patients in the period.</source>
        <translation>Wahrgenommene Termine geteilt durch die neuen Patienten im Zeitraum.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Waiting for data</source>
        <translation>Warte auf Daten</translation>
    </message>
    <message>
        <source>No new patients in this period</source>
        <translation>Keine neuen Patienten in diesem Zeitraum</translation>
    </message>
    <message>
        <source>No value for this period</source>
        <translation>Kein Wert für diesen Zeitraum</translation>
    </message>
    <message>
        <source>No previous data to compare</source>
        <translation>Keine Vergleichsdaten aus dem Vorzeitraum</translation>
    </message>
    <message>
        <source>%1 %2 pts vs previous period</source>
        <translation>%1 %2 Pkt. ggü. Vorzeitraum</translation>
    </message>
    <message>
        <source>%1 %2% vs previous period</source>
        <translation>%1 %2 % ggü. Vorzeitraum</translation>
    </message>
    <message>
        <source>vs the same days last week</source>
        <translation>ggü. denselben Tagen der Vorwoche</translation>
    </message>
    <message>
        <source>vs the same days last month</source>
        <translation>ggü. denselben Tagen des Vormonats</translation>
    </message>
    <message>
        <source>vs the same days of the previous period</source>
        <translation>ggü. denselben Tagen des Vorzeitraums</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1
The period is still running: the change compares %2 with %3.</source>
        <translation>%1
Der Zeitraum läuft noch: Die Veränderung vergleicht %2 mit %3.</translation>
    </message>
    <message>
        <source>%1 %2 pts %3</source>
        <translation>%1 %2 Pkt. %3</translation>
    </message>
    <message>
        <source>%1 %2% %3</source>
        <translation>%1 %2 % %3</translation>
    </message>
</context>
<context>
    <name>routiq::LapsedCountModel</name>
    <message>
        <source>Dropped off</source>
        <translation>Abgesprungen</translation>
    </message>
    <message>
        <source>Patients whose last attended visit was %1 to %2 days ago and who have nothing booked since: the re-engagement worklist.</source>
        <translation>Patienten, deren letzter wahrgenommener Besuch %1 bis %2 Tage zurückliegt und die seitdem nichts gebucht haben: die Arbeitsliste zur Wiederansprache.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>Last visit %1–%2 days ago</source>
        <translation>Letzter Besuch vor %1–%2 Tagen</translation>
    </message>
</context>
<context>
    <name>routiq::LapsedListModel</name>
    <message>
        <source>Patient %1</source>
        <translation>Patient %1</translation>
    </message>
    <message>
        <source>Practitioner %1</source>
        <translation>Behandler %1</translation>
    </message>
    <message>
        <source>Noted by %1 on %2</source>
        <translation>Notiert von %1 am %2</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Letzter Besuch</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Tage seitdem</translation>
    </message>
    <message>
        <source>Last practitioner</source>
        <translation>Letzter Behandler</translation>
    </message>
    <message>
        <source>Attended (12 mo)</source>
        <translation>Erschienen (12 Mon.)</translation>
    </message>
    <message>
        <source>Missed (12 mo)</source>
        <translation>Versäumt (12 Mon.)</translation>
    </message>
    <message>
        <source>Contacted on</source>
        <translation>Kontaktiert am</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>routiq::LapsedPatientsFinder</name>
    <message>
        <source>The days since the last visit run from 0 to 3650, minimum not above maximum.</source>
        <translation>Die Tage seit dem letzten Besuch reichen von 0 bis 3650, das Minimum nicht über dem Maximum.</translation>
    </message>
</context>
<context>
    <name>routiq::LapsedPatientsWindow</name>
    <message>
        <source>Dropped-off patients</source>
        <translation>Abgesprungene Patienten</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Last visit at least this many days ago</source>
        <translation>Letzter Besuch vor mindestens so vielen Tagen</translation>
    </message>
    <message>
        <source>Last visit at most this many days ago</source>
        <translation>Letzter Besuch vor höchstens so vielen Tagen</translation>
    </message>
    <message>
        <source>Location of the last visit</source>
        <translation>Standort des letzten Besuchs</translation>
    </message>
    <message>
        <source>Practitioner of the last visit</source>
        <translation>Behandler des letzten Besuchs</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>All practitioners</source>
        <translation>Alle Behandler</translation>
    </message>
    <message>
        <source>Last visit &amp;from</source>
        <translation>Letzter Besuch &amp;von</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>ago</source>
        <translation>her</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Contacted on</source>
        <translation>Kontaktiert am</translation>
    </message>
    <message>
        <source>e.g. left a message, booked for next week</source>
        <translation>z. B. Nachricht hinterlassen, für nächste Woche gebucht</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation>Notiz &amp;speichern</translation>
    </message>
    <message>
        <source>Clear n&amp;ote</source>
        <translation>N&amp;otiz löschen</translation>
    </message>
    <message>
        <source>Contacted o&amp;n</source>
        <translation>Kontaktiert a&amp;m</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>Erg&amp;ebnis</translation>
    </message>
    <message>
        <source>Dropped-off patients — %1</source>
        <translation>Abgesprungene Patienten — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) whose last visit was %1 to %2 days before %3 and who have nothing booked since. The freshest drop-offs come first: they are the easiest to win back.</source>
        <translation>
            <numerusform>%n Patient, dessen letzter Besuch %1 bis %2 Tage vor dem %3 lag und der seitdem nichts gebucht hat. Die jüngsten Abgänge stehen zuerst: Sie sind am leichtesten zurückzugewinnen.</numerusform>
            <numerusform>%n Patienten, deren letzter Besuch %1 bis %2 Tage vor dem %3 lag und die seitdem nichts gebucht haben. Die jüngsten Abgänge stehen zuerst: Sie sind am leichtesten zurückzugewinnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) dropped off (last visit %1 to %2 days before %3).

Your account sees this number only: names and phone numbers are for staff and administrators.</source>
        <translation>
            <numerusform>%n Patient abgesprungen (letzter Besuch %1 bis %2 Tage vor dem %3).

Ihr Konto sieht nur diese Zahl: Namen und Telefonnummern sind Mitarbeitern und Administratoren vorbehalten.</numerusform>
            <numerusform>%n Patienten abgesprungen (letzter Besuch %1 bis %2 Tage vor dem %3).

Ihr Konto sieht nur diese Zahl: Namen und Telefonnummern sind Mitarbeitern und Administratoren vorbehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a patient first.</source>
        <translation>Wählen Sie zuerst einen Patienten.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Notiz gespeichert.</translation>
    </message>
    <message>
        <source>There is no list to export.</source>
        <translation>Es gibt keine Liste zum Exportieren.</translation>
    </message>
    <message>
        <source>Export dropped-off patients as CSV</source>
        <translation>Abgesprungene Patienten als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>routiq-dropped-off.csv</source>
        <translation>routiq-abgesprungen.csv</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>routiq::LiveIndicator</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
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
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>noch keine Daten</translation>
    </message>
    <message>
        <source>showing data from %1 (%2 old)</source>
        <translation>Daten von %1 (%2 alt)</translation>
    </message>
    <message>
        <source>Connecting — %1</source>
        <translation>Verbinde — %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Updated %1 ago</source>
        <translation>Vor %1 aktualisiert</translation>
    </message>
    <message>
        <source>Updated just now</source>
        <translation>Gerade aktualisiert</translation>
    </message>
    <message>
        <source>Loading history — %1 of %2 records</source>
        <translation>Lade Verlauf — %1 von %2 Datensätzen</translation>
    </message>
    <message>
        <source>Updated %1 ago — waiting for the next update</source>
        <translation>Vor %1 aktualisiert — warte auf die nächste Aktualisierung</translation>
    </message>
    <message>
        <source>Waiting for the next update</source>
        <translation>Warte auf die nächste Aktualisierung</translation>
    </message>
    <message>
        <source>Offline — %1</source>
        <translation>Offline — %1</translation>
    </message>
    <message>
        <source>Sign-in rejected — %1</source>
        <translation>Anmeldung abgelehnt — %1</translation>
    </message>
    <message>
        <source>Routiq cannot reach your practice management system. Check the internet connection; Routiq keeps retrying by itself.</source>
        <translation>Routiq erreicht Ihre Praxissoftware nicht. Prüfen Sie die Internetverbindung; Routiq versucht es selbstständig weiter.</translation>
    </message>
    <message>
        <source>Your practice management system rejected the API key. Ask a clinic admin to enter a new key in the clinic connection settings.</source>
        <translation>Ihre Praxissoftware hat den API-Schlüssel abgelehnt. Bitten Sie einen Praxis-Admin, in den Verbindungseinstellungen einen neuen Schlüssel einzugeben.</translation>
    </message>
    <message>
        <source>Loading history — %1 records so far</source>
        <translation>Lade Verlauf — bisher %1 Datensätze</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reconnecting to the server — %1</source>
        <translation>Verbindung zum Server wird wiederhergestellt — %1</translation>
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
        <translation>Warte auf die ersten Zahlen…</translation>
    </message>
    <message>
        <source>Bookings per day</source>
        <translation>Buchungen pro Tag</translation>
    </message>
    <message>
        <source>Peak hours (bookings by start time)</source>
        <translation>Stoßzeiten (Buchungen nach Beginn)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Export dashboard as &amp;PDF…</source>
        <translation>Dashboard als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export daily figures as &amp;CSV…</source>
        <translation>Tageszahlen als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>Follow &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
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
        <translation>%1, verglichen mit %2</translation>
    </message>
    <message>
        <source>Export dashboard as PDF</source>
        <translation>Dashboard als PDF exportieren</translation>
    </message>
    <message>
        <source>Export daily figures as CSV</source>
        <translation>Tageszahlen als CSV exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>routiq-dashboard.pdf</source>
        <translation>routiq-dashboard.pdf</translation>
    </message>
    <message>
        <source>routiq-daily-figures.csv</source>
        <translation>routiq-tageszahlen.csv</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Sign out %1</source>
        <translation>%1 &amp;abmelden</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Today board</source>
        <translation>Tagesübersicht</translation>
    </message>
    <message>
        <source>The clinic&apos;s figures for the period (Ctrl+1)</source>
        <translation>Die Kennzahlen der Praxis für den Zeitraum (Strg+1)</translation>
    </message>
    <message>
        <source>Today&apos;s and tomorrow&apos;s bookings with no-show risk (Ctrl+2)</source>
        <translation>Die Buchungen von heute und morgen mit Ausfallrisiko (Strg+2)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Today board</source>
        <translation>&amp;Tagesübersicht</translation>
    </message>
    <message>
        <source>Today board: t&amp;oday</source>
        <translation>Tagesübersicht: &amp;heute</translation>
    </message>
    <message>
        <source>Today board: &amp;next day</source>
        <translation>Tagesübersicht: &amp;nächster Tag</translation>
    </message>
    <message>
        <source>Exports need a signed-in account.</source>
        <translation>Für Exporte ist ein angemeldetes Konto nötig.</translation>
    </message>
    <message>
        <source>Clinic &amp;connections…</source>
        <translation>Praxis&amp;verbindungen…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Data out of date</source>
        <translation>Daten veraltet</translation>
    </message>
    <message>
        <source>Sync &amp;health…</source>
        <translation>&amp;Synchronisierungsstatus…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Save &amp;diagnostics…</source>
        <translation>&amp;Diagnosedaten speichern…</translation>
    </message>
</context>
<context>
    <name>routiq::NewPasswordPage</name>
    <message>
        <source>&amp;Save and continue</source>
        <translation>&amp;Speichern und weiter</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message numerus="yes">
        <source>An administrator reset the password of &lt;b&gt;%1&lt;/b&gt;. Choose your own password now (at least %n characters); nobody else will know it.</source>
        <translation>
            <numerusform>Ein Administrator hat das Passwort von &lt;b&gt;%1&lt;/b&gt; zurückgesetzt. Wählen Sie jetzt Ihr eigenes Passwort (mindestens %n Zeichen); niemand sonst wird es kennen.</numerusform>
            <numerusform>Ein Administrator hat das Passwort von &lt;b&gt;%1&lt;/b&gt; zurückgesetzt. Wählen Sie jetzt Ihr eigenes Passwort (mindestens %n Zeichen); niemand sonst wird es kennen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>routiq::NewUserDialog</name>
    <message>
        <source>&amp;Temporary: last day</source>
        <translation>&amp;Befristet: letzter Tag</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Nur Lesen</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Last day of the account</source>
        <translation>Letzter Tag des Kontos</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>Erstes Passwort</translation>
    </message>
    <message>
        <source>First password again</source>
        <translation>Erstes Passwort wiederholen</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>mindestens %n Zeichen</numerusform>
            <numerusform>mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>Benutzer&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Clinics:</source>
        <translation>&amp;Praxen:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>Passwort wie&amp;derholen:</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>Benutzer &amp;hinzufügen</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>routiq::NoShowInsights</name>
    <message>
        <source>Waiting for the risk model</source>
        <translation>Warte auf das Risikomodell</translation>
    </message>
    <message>
        <source>Choose one clinic to see its no-show risk.</source>
        <translation>Wählen Sie eine einzelne Praxis, um ihr Ausfallrisiko zu sehen.</translation>
    </message>
    <message>
        <source>Choose one clinic to see its Today board.</source>
        <translation>Wählen Sie eine einzelne Praxis, um ihre Tagesübersicht zu sehen.</translation>
    </message>
    <message>
        <source>Choose one clinic to see the appointments behind a figure.</source>
        <translation>Wählen Sie eine einzelne Praxis, um die Termine hinter einer Kennzahl zu sehen.</translation>
    </message>
    <message>
        <source>Expected no-shows (next 7 days) — %1</source>
        <translation>Erwartete Ausfälle (nächste 7 Tage) — %1</translation>
    </message>
    <message>
        <source>Not in shared mode yet</source>
        <translation>Im gemeinsamen Modus noch nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>routiq::NoShowKpiModel</name>
    <message>
        <source>Expected no-shows (next 7 days)</source>
        <translation>Erwartete Ausfälle (nächste 7 Tage)</translation>
    </message>
    <message>
        <source>The sum of the no-show risks of the bookings that start in the next 7 days: how many of them are likely not to arrive.</source>
        <translation>Die Summe der Ausfallrisiken der Buchungen, die in den nächsten 7 Tagen beginnen: wie viele davon voraussichtlich nicht erscheinen.</translation>
    </message>
    <message>
        <source>Waiting for the risk model</source>
        <translation>Warte auf das Risikomodell</translation>
    </message>
    <message>
        <source>Bookings counted: %1</source>
        <translation>Gezählte Buchungen: %1</translation>
    </message>
</context>
<context>
    <name>routiq::NoShowModelCard</name>
    <message>
        <source>No-show model</source>
        <translation>Ausfallmodell</translation>
    </message>
    <message>
        <source>Retrain &amp;now</source>
        <translation>Jetzt &amp;neu trainieren</translation>
    </message>
    <message>
        <source>Train the model again on the clinic&apos;s history (in the background).</source>
        <translation>Das Modell erneut mit dem Verlauf der Praxis trainieren (im Hintergrund).</translation>
    </message>
    <message>
        <source>Waiting for the risk model</source>
        <translation>Warte auf das Risikomodell</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Training läuft…</translation>
    </message>
    <message>
        <source>AUC: how well the risks rank who does not arrive (0.5 = chance, 1 = perfect). Brier skill: how much better the probabilities are than the clinic&apos;s flat base rate (above 0 = better). Both measured on the clinic&apos;s most recent weeks, held out of training.</source>
        <translation>AUC: wie gut die Risiken ordnen, wer nicht erscheint (0,5 = Zufall, 1 = perfekt). Brier-Skill: wie viel besser die Wahrscheinlichkeiten sind als die pauschale Basisrate der Praxis (über 0 = besser). Beides gemessen an den jüngsten Wochen der Praxis, die vom Training ausgenommen sind.</translation>
    </message>
    <message>
        <source>Not enough history yet</source>
        <translation>Noch nicht genug Verlauf</translation>
    </message>
    <message>
        <source>No scores until the clinic has more marked bookings.</source>
        <translation>Keine Werte, bis die Praxis mehr markierte Buchungen hat.</translation>
    </message>
    <message>
        <source>AUC %1 · Brier skill %2</source>
        <translation>AUC %1 · Brier-Skill %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>On the last %1 held-out bookings · trained %2 on %3 bookings · base rate %4</source>
        <translation>An den letzten %1 zurückgehaltenen Buchungen · trainiert: %2, mit %3 Buchungen · Basisrate %4</translation>
    </message>
</context>
<context>
    <name>routiq::NoShowReasonText</name>
    <message>
        <source>on a Monday</source>
        <translation>an einem Montag</translation>
    </message>
    <message>
        <source>on a Tuesday</source>
        <translation>an einem Dienstag</translation>
    </message>
    <message>
        <source>on a Wednesday</source>
        <translation>an einem Mittwoch</translation>
    </message>
    <message>
        <source>on a Thursday</source>
        <translation>an einem Donnerstag</translation>
    </message>
    <message>
        <source>on a Friday</source>
        <translation>an einem Freitag</translation>
    </message>
    <message>
        <source>on a Saturday</source>
        <translation>an einem Samstag</translation>
    </message>
    <message>
        <source>on a Sunday</source>
        <translation>an einem Sonntag</translation>
    </message>
    <message>
        <source>booking date unknown</source>
        <translation>Buchungsdatum unbekannt</translation>
    </message>
    <message>
        <source>booked the same day</source>
        <translation>am selben Tag gebucht</translation>
    </message>
    <message>
        <source>booked %n day(s) ahead</source>
        <translation>%n Tag(e) im Voraus gebucht</translation>
    </message>
    <message>
        <source>no attendance record yet</source>
        <translation>noch keine Anwesenheitsdaten</translation>
    </message>
    <message>
        <source>missed %1 of the last %2</source>
        <translation>%1 der letzten %2 versäumt</translation>
    </message>
    <message>
        <source>no late cancellations before</source>
        <translation>bisher keine kurzfristigen Stornierungen</translation>
    </message>
    <message>
        <source>cancelled late %n time(s) before</source>
        <translation>bisher %n-mal kurzfristig storniert</translation>
    </message>
    <message>
        <source>first visit</source>
        <translation>erster Besuch</translation>
    </message>
    <message>
        <source>%n visit(s) attended before</source>
        <translation>bisher %n-mal erschienen</translation>
    </message>
    <message>
        <source>no earlier visit</source>
        <translation>kein früherer Besuch</translation>
    </message>
    <message>
        <source>last visit %n day(s) before</source>
        <translation>letzter Besuch %n Tag(e) zuvor</translation>
    </message>
    <message>
        <source>early-morning slot</source>
        <translation>Termin am frühen Morgen</translation>
    </message>
    <message>
        <source>morning slot</source>
        <translation>Vormittagstermin</translation>
    </message>
    <message>
        <source>midday slot</source>
        <translation>Mittagstermin</translation>
    </message>
    <message>
        <source>afternoon slot</source>
        <translation>Nachmittagstermin</translation>
    </message>
    <message>
        <source>evening slot</source>
        <translation>Abendtermin</translation>
    </message>
    <message>
        <source>age not recorded</source>
        <translation>Alter nicht erfasst</translation>
    </message>
    <message>
        <source>aged under 18</source>
        <translation>unter 18 Jahre</translation>
    </message>
    <message>
        <source>aged 18–24</source>
        <translation>18–24 Jahre</translation>
    </message>
    <message>
        <source>aged 25–34</source>
        <translation>25–34 Jahre</translation>
    </message>
    <message>
        <source>aged 35–49</source>
        <translation>35–49 Jahre</translation>
    </message>
    <message>
        <source>aged 50–64</source>
        <translation>50–64 Jahre</translation>
    </message>
    <message>
        <source>aged 65 or over</source>
        <translation>65 Jahre oder älter</translation>
    </message>
    <message>
        <source>this appointment type</source>
        <translation>diese Terminart</translation>
    </message>
    <message>
        <source>type: %1</source>
        <translation>Terminart: %1</translation>
    </message>
    <message>
        <source>this practitioner</source>
        <translation>dieser Behandler</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <source>&lt;1 pt</source>
        <translation>&lt;1 Pkt.</translation>
    </message>
    <message>
        <source>%1%2 pts</source>
        <translation>%1%2 Pkt.</translation>
    </message>
</context>
<context>
    <name>routiq::NoShowTrainer</name>
    <message>
        <source>needs %1 marked bookings (has %2)</source>
        <translation>benötigt %1 markierte Buchungen (vorhanden: %2)</translation>
    </message>
    <message>
        <source>needs %1 no-shows (has %2)</source>
        <translation>benötigt %1 Ausfälle (vorhanden: %2)</translation>
    </message>
    <message>
        <source>the most recent weeks hold too few no-shows to check a model</source>
        <translation>die jüngsten Wochen enthalten zu wenige Ausfälle, um ein Modell zu prüfen</translation>
    </message>
    <message>
        <source>the model could not be trained on this history</source>
        <translation>das Modell konnte mit diesem Verlauf nicht trainiert werden</translation>
    </message>
    <message>
        <source>the model could not be calibrated on this history</source>
        <translation>das Modell konnte mit diesem Verlauf nicht kalibriert werden</translation>
    </message>
    <message>
        <source>the training was stopped</source>
        <translation>das Training wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>routiq::OwnAccountPage</name>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>New password a&amp;gain:</source>
        <translation>Neues Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>Passwort än&amp;dern</translation>
    </message>
    <message numerus="yes">
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; (%2). Passwords need at least %n characters.</source>
        <translation>
            <numerusform>Angemeldet als &lt;b&gt;%1&lt;/b&gt; (%2). Passwörter brauchen mindestens %n Zeichen.</numerusform>
            <numerusform>Angemeldet als &lt;b&gt;%1&lt;/b&gt; (%2). Passwörter brauchen mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Die beiden neuen Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
</context>
<context>
    <name>routiq::PeakHoursHeatMap</name>
    <message>
        <source>Peak hours</source>
        <translation>Stoßzeiten</translation>
    </message>
    <message>
        <source>Bookings by weekday and start hour</source>
        <translation>Buchungen nach Wochentag und Anfangsstunde</translation>
    </message>
    <message>
        <source>No bookings in this period yet.</source>
        <translation>Noch keine Buchungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Fewer</source>
        <translation>Weniger</translation>
    </message>
    <message>
        <source>More (%1)</source>
        <translation>Mehr (%1)</translation>
    </message>
</context>
<context>
    <name>routiq::PeakHoursModel</name>
    <message numerus="yes">
        <source>%1, %2:00–%3:00: %n booking(s)</source>
        <translation>
            <numerusform>%1, %2:00–%3:00: %n Buchung</numerusform>
            <numerusform>%1, %2:00–%3:00: %n Buchungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>routiq::PractitionerTableModel</name>
    <message>
        <source>Practitioner %1</source>
        <translation>Behandler %1</translation>
    </message>
    <message>
        <source>%1 for %2: %3; previous period: %4</source>
        <translation>%1 für %2: %3; Vorzeitraum: %4</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>%1, with its change against the previous period</source>
        <translation>%1, mit der Veränderung gegenüber dem Vorzeitraum</translation>
    </message>
    <message>
        <source>%1 %2 pts</source>
        <translation>%1 %2 Pkt.</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2 %</translation>
    </message>
</context>
<context>
    <name>routiq::PractitionerTableView</name>
    <message>
        <source>Practitioners side by side</source>
        <translation>Behandler im Vergleich</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Press Enter on a practitioner to show the dashboard for them only.</source>
        <translation>Drücken Sie die Eingabetaste bei einem Behandler, um das Dashboard nur für ihn anzuzeigen.</translation>
    </message>
    <message>
        <source>Double-click a practitioner (or press Enter) to narrow the dashboard to them. Each figure shows its change against the previous period.</source>
        <translation>Doppelklicken Sie auf einen Behandler (oder drücken Sie die Eingabetaste), um das Dashboard auf ihn einzugrenzen. Jede Kennzahl zeigt ihre Veränderung gegenüber dem Vorzeitraum.</translation>
    </message>
    <message>
        <source>The period is still running: these changes compare the whole periods, while the dashboard&apos;s outcome cards compare the same days so far.</source>
        <translation>Der Zeitraum läuft noch: Diese Veränderungen vergleichen die ganzen Zeiträume, während die Ergebniskarten des Dashboards die bisher gleichen Tage vergleichen.</translation>
    </message>
    <message>
        <source>Practitioners side by side — %1</source>
        <translation>Behandler im Vergleich — %1</translation>
    </message>
    <message>
        <source>%1 · %2 – %3, compared with %4 – %5</source>
        <translation>%1 · %2 – %3, verglichen mit %4 – %5</translation>
    </message>
    <message>
        <source>%1: no practitioner has bookings in this period.</source>
        <translation>%1: Kein Behandler hat Buchungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Exports need a signed-in account.</source>
        <translation>Für Exporte ist ein angemeldetes Konto nötig.</translation>
    </message>
    <message>
        <source>Export practitioners as PDF</source>
        <translation>Behandler als PDF exportieren</translation>
    </message>
    <message>
        <source>Export practitioners as CSV</source>
        <translation>Behandler als CSV exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>routiq-practitioners.pdf</source>
        <translation>routiq-behandler.pdf</translation>
    </message>
    <message>
        <source>routiq-practitioners.csv</source>
        <translation>routiq-behandler.csv</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>routiq::RecoveryPage</name>
    <message>
        <source>Use the recovery key</source>
        <translation>Wiederherstellungsschlüssel verwenden</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when Routiq was set up, and a new password for an admin account.</source>
        <translation>Geben Sie den Wiederherstellungsschlüssel ein, den Sie bei der Einrichtung von Routiq notiert haben, und ein neues Passwort für ein Administratorkonto.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Admin user name</source>
        <translation>Benutzername des Administrators</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>No recovery key? Then the data Routiq cached on this computer cannot be read by anyone. You can start this data folder fresh (the old folder is kept aside, not deleted), create a new administrator and sync everything again from your PMS.</source>
        <translation>Kein Wiederherstellungsschlüssel? Dann kann niemand die Daten lesen, die Routiq auf diesem Computer zwischengespeichert hat. Sie können diesen Datenordner neu beginnen (der alte Ordner wird beiseitegelegt, nicht gelöscht), einen neuen Administrator anlegen und alles erneut aus Ihrem PMS synchronisieren.</translation>
    </message>
    <message>
        <source>Start fresh and resync from the PMS…</source>
        <translation>Neu beginnen und aus dem PMS neu synchronisieren…</translation>
    </message>
    <message>
        <source>Start fresh?</source>
        <translation>Neu beginnen?</translation>
    </message>
    <message>
        <source>Routiq will move this data folder aside and start an empty one. Clinic connections and accounts are set up again, and the data is synced again from the PMS.</source>
        <translation>Routiq legt diesen Datenordner beiseite und beginnt einen leeren. Praxisverbindungen und Konten werden neu eingerichtet, und die Daten werden erneut aus dem PMS synchronisiert.</translation>
    </message>
    <message>
        <source>Back to sign-in</source>
        <translation>Zurück zur Anmeldung</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <source>Open with the recovery key</source>
        <translation>Mit dem Wiederherstellungsschlüssel öffnen</translation>
    </message>
    <message numerus="yes">
        <source>The password is too short: use at least %n characters.</source>
        <translation>
            <numerusform>Das Passwort ist zu kurz: Verwenden Sie mindestens %n Zeichen.</numerusform>
            <numerusform>Das Passwort ist zu kurz: Verwenden Sie mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>routiq::RiskCountsModel</name>
    <message>
        <source>All practitioners</source>
        <translation>Alle Behandler</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Geringes Risiko</translation>
    </message>
    <message>
        <source>Elevated risk</source>
        <translation>Erhöhtes Risiko</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Hohes Risiko</translation>
    </message>
    <message>
        <source>Upcoming bookings</source>
        <translation>Anstehende Buchungen</translation>
    </message>
    <message>
        <source>(no practitioner)</source>
        <translation>(kein Behandler)</translation>
    </message>
</context>
<context>
    <name>routiq::RiskListDialog</name>
    <message>
        <source>Upcoming bookings by no-show risk</source>
        <translation>Anstehende Buchungen nach Ausfallrisiko</translation>
    </message>
    <message>
        <source>No upcoming bookings in the next 7 days.</source>
        <translation>Keine anstehenden Buchungen in den nächsten 7 Tagen.</translation>
    </message>
    <message>
        <source>%1 no-shows expected among the %2 upcoming bookings of the next 7 days, highest risk first</source>
        <translation>%1 Ausfälle erwartet bei den %2 anstehenden Buchungen der nächsten 7 Tage, höchstes Risiko zuerst</translation>
    </message>
    <message>
        <source>Select a booking to see every reason behind its risk.</source>
        <translation>Wählen Sie eine Buchung, um alle Gründe für ihr Risiko zu sehen.</translation>
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
        <translation>(verborgen)</translation>
    </message>
    <message>
        <source>No-show risk</source>
        <translation>Ausfallrisiko</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Main reasons</source>
        <translation>Hauptgründe</translation>
    </message>
</context>
<context>
    <name>routiq::RiskText</name>
    <message>
        <source>Low</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>Elevated</source>
        <translation>Erhöht</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
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
        <translation>%1%2 Pkt.</translation>
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
        <translation>Risiko des Nichterscheinens: %2 (%1)</translation>
    </message>
    <message>
        <source>Clinic base rate %1; the reasons add up to the difference.</source>
        <translation>Basisrate der Praxis %1; die Gründe ergeben zusammen die Differenz.</translation>
    </message>
    <message>
        <source>Not enough history yet</source>
        <translation>Noch nicht genug Verlauf</translation>
    </message>
    <message>
        <source>Not enough history yet: %1</source>
        <translation>Noch nicht genug Verlauf: %1</translation>
    </message>
</context>
<context>
    <name>routiq::SecurityPage</name>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after minutes without activity</source>
        <translation>Sperren nach Minuten ohne Aktivität</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>Minimum password length</source>
        <translation>Mindestlänge des Passworts</translation>
    </message>
    <message>
        <source>Keep names</source>
        <translation>Namen behalten</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>Blank patient names unseen for years</source>
        <translation>Patientennamen leeren, die seit Jahren nicht vorkamen</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>&amp;Lock the screen after:</source>
        <translation>Bildschirm &amp;sperren nach:</translation>
    </message>
    <message>
        <source>Minimum password &amp;length:</source>
        <translation>Mindest&amp;länge des Passworts:</translation>
    </message>
    <message>
        <source>Applies to every account, in the app and in routiq-cli. Passwords already set are asked to change only when an admin resets them.</source>
        <translation>Gilt für jedes Konto, in der App und in routiq-cli. Bereits gesetzte Passwörter müssen erst geändert werden, wenn ein Administrator sie zurücksetzt.</translation>
    </message>
    <message>
        <source>&amp;Save sign-in settings</source>
        <translation>Anmelde&amp;einstellungen speichern</translation>
    </message>
    <message>
        <source>Patient-name retention</source>
        <translation>Aufbewahrung von Patientennamen</translation>
    </message>
    <message>
        <source>&amp;Clinic:</source>
        <translation>&amp;Praxis:</translation>
    </message>
    <message>
        <source>Blank names &amp;unseen for:</source>
        <translation>Namen leeren, wenn &amp;nicht gesehen seit:</translation>
    </message>
    <message>
        <source>Names of patients with no appointment for this long are blanked in the clinic&apos;s cache the next time it opens; figures stay.</source>
        <translation>Namen von Patienten, die so lange keinen Termin hatten, werden beim nächsten Öffnen im Cache der Praxis geleert; die Kennzahlen bleiben.</translation>
    </message>
    <message>
        <source>Save &amp;retention</source>
        <translation>&amp;Aufbewahrung speichern</translation>
    </message>
    <message>
        <source>Saved. The idle lock applies now; the minimum length at the next password set.</source>
        <translation>Gespeichert. Die Sperre bei Inaktivität gilt ab sofort; die Mindestlänge beim nächsten Setzen eines Passworts.</translation>
    </message>
    <message>
        <source>Saved: applied when the clinic&apos;s cache next opens.</source>
        <translation>Gespeichert: wird angewendet, wenn der Cache der Praxis das nächste Mal geöffnet wird.</translation>
    </message>
</context>
<context>
    <name>routiq::ServerClinicImport</name>
    <message>
        <source>The server has this clinic already; nothing of it was imported again.</source>
        <translation>Der Server hat diese Praxis bereits; nichts davon wurde erneut importiert.</translation>
    </message>
</context>
<context>
    <name>routiq::ServerClinicReader</name>
    <message>
        <source>Your account may not see patient names.</source>
        <translation>Ihr Konto darf keine Patientennamen sehen.</translation>
    </message>
</context>
<context>
    <name>routiq::ServerConnInfo</name>
    <message>
        <source>Passwords never go on the command line or in ROUTIQ_SERVER. Put the password in the PostgreSQL password file (PGPASSFILE, ~/.pgpass) or a service file (service=NAME).</source>
        <translation>Passwörter gehören nie in die Befehlszeile oder in ROUTIQ_SERVER. Legen Sie das Passwort in der PostgreSQL-Passwortdatei (PGPASSFILE, ~/.pgpass) oder einer Dienstdatei (service=NAME) ab.</translation>
    </message>
    <message>
        <source>Routiq talks to a server on another computer only over TLS that checks the server&apos;s certificate: add sslmode=verify-full (and sslrootcert=FILE for your own certificate authority). Without TLS only this computer (localhost or a unix socket) is allowed.</source>
        <translation>Routiq spricht mit einem Server auf einem anderen Computer nur über TLS, das das Zertifikat des Servers prüft: Ergänzen Sie sslmode=verify-full (und sslrootcert=DATEI für Ihre eigene Zertifizierungsstelle). Ohne TLS ist nur dieser Computer (localhost oder ein Unix-Socket) erlaubt.</translation>
    </message>
</context>
<context>
    <name>routiq::ServerConnection</name>
    <message>
        <source>The connection reached a server on another computer without verified TLS (a service file or PGHOST named it). Add sslmode=verify-full.</source>
        <translation>Die Verbindung erreichte einen Server auf einem anderen Computer ohne geprüftes TLS (eine Dienstdatei oder PGHOST nannte ihn). Ergänzen Sie sslmode=verify-full.</translation>
    </message>
</context>
<context>
    <name>routiq::ServerError</name>
    <message>
        <source>Routiq cannot reach its server. Check the network and that the server is running; the figures shown are from the last connection.</source>
        <translation>Routiq erreicht seinen Server nicht. Prüfen Sie das Netzwerk und ob der Server läuft; die angezeigten Zahlen stammen von der letzten Verbindung.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: wrong name or password.</source>
        <translation>Der Server hat die Anmeldung abgelehnt: falscher Name oder falsches Passwort.</translation>
    </message>
    <message>
        <source>This account is disabled on the server.</source>
        <translation>Dieses Konto ist auf dem Server deaktiviert.</translation>
    </message>
    <message>
        <source>The server wants a password: set ROUTIQ_PASSWORD_FILE or PGPASSFILE, or run at a terminal.</source>
        <translation>Der Server verlangt ein Passwort: Setzen Sie ROUTIQ_PASSWORD_FILE oder PGPASSFILE, oder starten Sie im Terminal.</translation>
    </message>
    <message>
        <source>Routiq did not connect: the server&apos;s certificate could not be checked, or names another computer. Give the clinic&apos;s certificate authority with sslrootcert=FILE and the server&apos;s name as it is in its certificate.</source>
        <translation>Routiq hat sich nicht verbunden: Das Zertifikat des Servers konnte nicht geprüft werden oder nennt einen anderen Computer. Geben Sie die Zertifizierungsstelle der Praxis mit sslrootcert=DATEI an und den Namen des Servers so, wie er in seinem Zertifikat steht.</translation>
    </message>
    <message>
        <source>The server takes only TLS connections: add sslmode=verify-full to the server address.</source>
        <translation>Der Server nimmt nur TLS-Verbindungen an: Ergänzen Sie sslmode=verify-full in der Serveradresse.</translation>
    </message>
    <message>
        <source>The server refused this for your account (its role lacks the privilege).</source>
        <translation>Der Server hat dies für Ihr Konto abgelehnt (seiner Rolle fehlt das Recht).</translation>
    </message>
    <message>
        <source>Routiq&apos;s server reported an error.</source>
        <translation>Der Server von Routiq hat einen Fehler gemeldet.</translation>
    </message>
</context>
<context>
    <name>routiq::ServerFolderImport</name>
    <message>
        <source>Only the set-up role (the role that ran &apos;server init&apos;) imports a folder: give its connection in --server.</source>
        <translation>Nur die Einrichtungsrolle (die Rolle, die &apos;server init&apos; ausgeführt hat) importiert einen Ordner: Geben Sie ihre Verbindung in --server an.</translation>
    </message>
    <message>
        <source>An account&apos;s name cannot be a server login name; rename it in the folder first.</source>
        <translation>Der Name eines Kontos kann kein Anmeldename auf dem Server sein; benennen Sie es zuerst im Ordner um.</translation>
    </message>
    <message>
        <source>The server has a role with this account&apos;s name already (was the folder imported before?); nothing was written.</source>
        <translation>Der Server hat bereits eine Rolle mit dem Namen dieses Kontos (wurde der Ordner schon importiert?); nichts wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>routiq::ServerShell</name>
    <message>
        <source>Routiq — Sign in to %1</source>
        <translation>Routiq — Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>This PC shows the clinic server %1. Accounts, clinics and their settings are kept there: change your password with &apos;routiq-cli --server … user passwd&apos;; an admin manages accounts and clinics with &apos;routiq-cli --server … user&apos; and &apos;… clinic&apos;.</source>
        <translation>Dieser PC zeigt den Praxisserver %1. Konten, Praxen und ihre Einstellungen liegen dort: Ändern Sie Ihr Passwort mit &apos;routiq-cli --server … user passwd&apos;; ein Administrator verwaltet Konten und Praxen mit &apos;routiq-cli --server … user&apos; und &apos;… clinic&apos;.</translation>
    </message>
    <message>
        <source>Shared mode: this PC shows the clinic server %1. Sign in with your account on that server.</source>
        <translation>Gemeinsamer Modus: Dieser PC zeigt den Praxisserver %1. Melden Sie sich mit Ihrem Konto auf diesem Server an.</translation>
    </message>
    <message>
        <source>Routiq — %1</source>
        <translation>Routiq — %1</translation>
    </message>
    <message>
        <source>No clinic on this server is shared with &apos;%1&apos; yet. Ask the clinic admin to grant one (&apos;routiq-cli --server … user grant&apos;).</source>
        <translation>Auf diesem Server ist noch keine Praxis für „%1“ freigegeben. Bitten Sie den Praxis-Admin, eine freizugeben (&apos;routiq-cli --server … user grant&apos;).</translation>
    </message>
</context>
<context>
    <name>routiq::ServerSyncStore</name>
    <message>
        <source>The server has no clinic with this id.</source>
        <translation>Der Server hat keine Praxis mit dieser Kennung.</translation>
    </message>
</context>
<context>
    <name>routiq::SettingsWindow</name>
    <message>
        <source>Routiq — Settings</source>
        <translation>Routiq — Einstellungen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>S&amp;ecurity</source>
        <translation>&amp;Sicherheit</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Audit-Protokoll</translation>
    </message>
    <message>
        <source>&amp;My account</source>
        <translation>&amp;Mein Konto</translation>
    </message>
</context>
<context>
    <name>routiq::SharedSchema</name>
    <message>
        <source>The server&apos;s schema could not be brought up to date; the step that failed was rolled back.</source>
        <translation>Das Schema des Servers konnte nicht aktualisiert werden; der fehlgeschlagene Schritt wurde zurückgenommen.</translation>
    </message>
</context>
<context>
    <name>routiq::SignInGate</name>
    <message>
        <source>The password could not be secured.</source>
        <translation>Das Passwort konnte nicht geschützt werden.</translation>
    </message>
</context>
<context>
    <name>routiq::SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Use the account your clinic admin gave you.</source>
        <translation>Verwenden Sie das Konto, das Sie von Ihrem Praxis-Admin erhalten haben.</translation>
    </message>
    <message>
        <source>e.g. sam.lee</source>
        <translation>z. B. sam.lee</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minutes without activity. Sign in to continue.</source>
        <translation>
            <numerusform>Nach %n Minute ohne Aktivität gesperrt. Melden Sie sich an, um fortzufahren.</numerusform>
            <numerusform>Nach %n Minuten ohne Aktivität gesperrt. Melden Sie sich an, um fortzufahren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Wrong name or password.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Signing in did not work. Try again.</source>
        <translation>Die Anmeldung hat nicht funktioniert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Sie können es jetzt erneut versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts: try again in %n s.</source>
        <translation>
            <numerusform>Zu viele Versuche: Versuchen Sie es in %n s erneut.</numerusform>
            <numerusform>Zu viele Versuche: Versuchen Sie es in %n s erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts: try again in %1:%2 min.</source>
        <translation>Zu viele Versuche: Versuchen Sie es in %1:%2 min erneut.</translation>
    </message>
    <message>
        <source>Forgot your password? Use the recovery key</source>
        <translation>Passwort vergessen? Verwenden Sie den Wiederherstellungsschlüssel</translation>
    </message>
</context>
<context>
    <name>routiq::StatusBanner</name>
    <message>
        <source>Connection problem</source>
        <translation>Verbindungsproblem</translation>
    </message>
</context>
<context>
    <name>routiq::SyncHealthController</name>
    <message>
        <source>Data is out of date</source>
        <translation>Die Daten sind veraltet</translation>
    </message>
    <message>
        <source>Routiq: data is out of date</source>
        <translation>Routiq: Die Daten sind veraltet</translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation>Diagnosedaten speichern</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Diagnostics saved to %1. They hold no patient data and no keys.</source>
        <translation>Diagnosedaten in %1 gespeichert. Sie enthalten keine Patientendaten und keine Schlüssel.</translation>
    </message>
</context>
<context>
    <name>routiq::SyncHealthTracker</name>
    <message numerus="yes">
        <source>%1 (%n min old)</source>
        <translation>
            <numerusform>%1 (%n min alt)</numerusform>
            <numerusform>%1 (%n min alt)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (never synced)</source>
        <translation>%1 (nie synchronisiert)</translation>
    </message>
    <message>
        <source>%1: Routiq has not been able to update it from the practice system. See View › Sync health.</source>
        <translation>%1: Routiq konnte die Daten nicht aus der Praxissoftware aktualisieren. Siehe Ansicht › Synchronisierungsstatus.</translation>
    </message>
</context>
<context>
    <name>routiq::SyncHealthWindow</name>
    <message>
        <source>Idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbinde</translation>
    </message>
    <message>
        <source>Downloading the history</source>
        <translation>Verlauf wird heruntergeladen</translation>
    </message>
    <message>
        <source>Catching up</source>
        <translation>Rückstand wird aufgeholt</translation>
    </message>
    <message>
        <source>Checking for changes</source>
        <translation>Prüft auf Änderungen</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Last pass failed</source>
        <translation>Letzter Durchlauf fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Appointment types</source>
        <translation>Terminarten</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
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
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Letzte erfolgreiche Synchronisierung</translation>
    </message>
    <message>
        <source>Data age</source>
        <translation>Alter der Daten</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>Anfragen pro Minute</translation>
    </message>
    <message>
        <source>Connection guard</source>
        <translation>Verbindungsschutz</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Last success per resource</source>
        <translation>Letzter Erfolg je Ressource</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Give the reference to your support contact: it finds the matching lines in the log (Help › Save diagnostics…).</source>
        <translation>Nennen Sie die Referenz Ihrem Support-Kontakt: Damit findet er die passenden Zeilen im Protokoll (Hilfe › Diagnosedaten speichern…).</translation>
    </message>
    <message>
        <source>No clinic is open.</source>
        <translation>Es ist keine Praxis geöffnet.</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>noch keine Daten</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>%1 of %2 allowed by the practice system</source>
        <translation>%1 von %2, die die Praxissoftware erlaubt</translation>
    </message>
    <message>
        <source>%1 (no limit applies)</source>
        <translation>%1 (es gilt keine Grenze)</translation>
    </message>
    <message>
        <source>Closed: requests go through</source>
        <translation>Geschlossen: Anfragen werden durchgelassen</translation>
    </message>
    <message>
        <source>Open: paused after repeated failures, trial in %1</source>
        <translation>Offen: nach wiederholten Fehlern pausiert, Testanfrage in %1</translation>
    </message>
    <message>
        <source>Half-open: one trial request is under way</source>
        <translation>Halboffen: Eine Testanfrage läuft</translation>
    </message>
    <message>
        <source>none due</source>
        <translation>keiner fällig</translation>
    </message>
    <message>
        <source>Errors in the last 24 hours: %1</source>
        <translation>Fehler in den letzten 24 Stunden: %1</translation>
    </message>
</context>
<context>
    <name>routiq::SyncStatusPanel</name>
    <message>
        <source>less than a minute left</source>
        <translation>weniger als eine Minute übrig</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>noch etwa %n Minute</numerusform>
            <numerusform>noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n h left</source>
        <translation>
            <numerusform>noch etwa %n Stunde</numerusform>
            <numerusform>noch etwa %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading appointment history</source>
        <translation>Terminverlauf wird geladen</translation>
    </message>
    <message>
        <source>History loading progress</source>
        <translation>Fortschritt beim Laden des Verlaufs</translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 von %2 Datensätzen</translation>
    </message>
    <message>
        <source>estimating time left…</source>
        <translation>Restzeit wird geschätzt…</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 Datensätze</translation>
    </message>
</context>
<context>
    <name>routiq::TableCsvExporter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>routiq::TablePdfExporter</name>
    <message>
        <source>The folder for %1 does not exist.</source>
        <translation>Der Ordner für %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Made with Routiq</source>
        <translation>Erstellt mit Routiq</translation>
    </message>
</context>
<context>
    <name>routiq::TodayBoardController</name>
    <message>
        <source>Waiting for the clinic…</source>
        <translation>Warte auf die Praxis…</translation>
    </message>
    <message>
        <source>Loading the day…</source>
        <translation>Tag wird geladen…</translation>
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
        <translation>(kein Behandler)</translation>
    </message>
    <message>
        <source>Bookings: %1</source>
        <translation>Buchungen: %1</translation>
    </message>
    <message>
        <source>gaps: %1</source>
        <translation>Lücken: %1</translation>
    </message>
    <message>
        <source>high risk: %1</source>
        <translation>hohes Risiko: %1</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(verborgen)</translation>
    </message>
    <message>
        <source>Cancelled less than 24 hours before the start: a slot to refill.</source>
        <translation>Weniger als 24 Stunden vor Beginn abgesagt: ein Termin zum Nachbesetzen.</translation>
    </message>
    <message>
        <source>Free: %1 min</source>
        <translation>Frei: %1 min</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No-show risk</source>
        <translation>Ausfallrisiko</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Erschienen</translation>
    </message>
    <message>
        <source>DNA</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Late cancellation</source>
        <translation>Kurzfristig abgesagt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
</context>
<context>
    <name>routiq::TodayBoardPage</name>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>To&amp;morrow</source>
        <translation>&amp;Morgen</translation>
    </message>
    <message>
        <source>Show today&apos;s bookings (Alt+T)</source>
        <translation>Buchungen von heute anzeigen (Alt+H)</translation>
    </message>
    <message>
        <source>Show tomorrow&apos;s bookings (Alt+M)</source>
        <translation>Buchungen von morgen anzeigen (Alt+M)</translation>
    </message>
    <message>
        <source>Waiting for the clinic…</source>
        <translation>Warte auf die Praxis…</translation>
    </message>
    <message>
        <source>Bookings by practitioner</source>
        <translation>Buchungen nach Behandler</translation>
    </message>
    <message>
        <source>Selected booking</source>
        <translation>Ausgewählte Buchung</translation>
    </message>
    <message>
        <source>Late cancellations: slots to refill</source>
        <translation>Kurzfristige Stornierungen: Termine zum Nachbesetzen</translation>
    </message>
    <message>
        <source>Cancelled less than 24 hours before the start and still ahead today.</source>
        <translation>Weniger als 24 Stunden vor Beginn abgesagt und heute noch bevorstehend.</translation>
    </message>
    <message>
        <source>Late cancellations to refill</source>
        <translation>Kurzfristige Stornierungen zum Nachbesetzen</translation>
    </message>
    <message>
        <source>No late cancellations left to refill.</source>
        <translation>Keine kurzfristigen Stornierungen mehr nachzubesetzen.</translation>
    </message>
    <message>
        <source>Upcoming bookings by no-show risk. Patient names and reasons are for staff and administrator accounts.</source>
        <translation>Anstehende Buchungen nach Ausfallrisiko. Patientennamen und Gründe sehen nur Mitarbeiter- und Administratorkonten.</translation>
    </message>
    <message>
        <source>Upcoming bookings by risk band</source>
        <translation>Anstehende Buchungen nach Risikostufe</translation>
    </message>
    <message>
        <source>Select a booking to see its no-show risk and the reasons.</source>
        <translation>Wählen Sie eine Buchung, um ihr Ausfallrisiko und die Gründe zu sehen.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(verborgen)</translation>
    </message>
    <message>
        <source>%1 risk of not arriving: %2</source>
        <translation>Risiko des Nichterscheinens: %2 (%1)</translation>
    </message>
    <message>
        <source>Clinic base rate %1; the reasons add up to the difference.</source>
        <translation>Basisrate der Praxis %1; die Gründe ergeben zusammen die Differenz.</translation>
    </message>
    <message>
        <source>Cancelled less than 24 hours before the start: a slot to refill.</source>
        <translation>Weniger als 24 Stunden vor Beginn abgesagt: ein Termin zum Nachbesetzen.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Bookings: %1 · gaps: %2 · high risk: %3 · late cancellations to refill: %4</source>
        <translation>Buchungen: %1 · Lücken: %2 · hohes Risiko: %3 · kurzfristige Stornierungen zum Nachbesetzen: %4</translation>
    </message>
    <message>
        <source>Upcoming bookings: %1 · high risk: %2</source>
        <translation>Anstehende Buchungen: %1 · hohes Risiko: %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
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
        <translation>Ausfallrisiko: die kalibrierte Wahrscheinlichkeit, dass der Patient nicht erscheint. Erhöht ab %1, hoch ab %2 (Einstellungen).</translation>
    </message>
</context>
<context>
    <name>routiq::TrendsCsvExporter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>routiq::UsersPage</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Nur Lesen</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Clinics</source>
        <translation>Praxen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Account ends</source>
        <translation>Konto endet</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Benutzerkonten</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>&amp;Rolle ändern…</translation>
    </message>
    <message>
        <source>C&amp;linics…</source>
        <translation>&amp;Praxen…</translation>
    </message>
    <message>
        <source>E&amp;xpiry…</source>
        <translation>A&amp;blauf…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Passwort &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>, new password due</source>
        <translation>, neues Passwort fällig</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 is disabled: signed out at their next action.</source>
        <translation>%1 ist deaktiviert: wird bei der nächsten Aktion abgemeldet.</translation>
    </message>
    <message>
        <source>%1 is enabled again.</source>
        <translation>%1 ist wieder aktiviert.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>Clinics of %1 saved.</source>
        <translation>Praxen von %1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 ends %2.</source>
        <translation>%1 endet am %2.</translation>
    </message>
    <message>
        <source>%1 no longer ends.</source>
        <translation>%1 endet nicht mehr.</translation>
    </message>
    <message>
        <source>New password for %1: they choose their own at the next sign-in.</source>
        <translation>Neues Passwort für %1 gesetzt: Bei der nächsten Anmeldung wählt die Person ein eigenes.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>Rolle von %1:</translation>
    </message>
    <message>
        <source>Clinics of %1</source>
        <translation>Praxen von %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Expiry of %1</source>
        <translation>Ablauf von %1</translation>
    </message>
    <message>
        <source>&amp;Temporary account</source>
        <translation>&amp;Befristetes Konto</translation>
    </message>
    <message>
        <source>Last day of the account</source>
        <translation>Letzter Tag des Kontos</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Letzter Tag:</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Passwort von %1 zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Vorläufiges Passwort</translation>
    </message>
    <message>
        <source>Temporary password again</source>
        <translation>Vorläufiges Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Vorläufiges Passwort:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>%1 must choose a new password at the next sign-in.</source>
        <translation>%1 muss bei der nächsten Anmeldung ein neues Passwort wählen.</translation>
    </message>
    <message>
        <source>The two passwords differ: nothing was changed.</source>
        <translation>Die beiden Passwörter stimmen nicht überein: Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>routiq::WorkingHours</name>
    <message>
        <source>&apos;%1&apos; is not a day and time range like &apos;Mon 08:00-17:00&apos;.</source>
        <translation>&apos;%1&apos; ist kein Tag mit Zeitraum wie &apos;Mon 08:00-17:00&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; ends before it starts.</source>
        <translation>&apos;%1&apos; endet, bevor es beginnt.</translation>
    </message>
    <message>
        <source>No working hours given: use e.g. &apos;Mon 08:00-17:00, Tue 08:00-12:30&apos;.</source>
        <translation>Keine Arbeitszeiten angegeben: Verwenden Sie z. B. &apos;Mon 08:00-17:00, Tue 08:00-12:30&apos;.</translation>
    </message>
    <message>
        <source>Two ranges on %1 overlap.</source>
        <translation>Zwei Zeiträume am %1 überschneiden sich.</translation>
    </message>
</context>
<context>
    <name>routiq::WorkingHoursEditor</name>
    <message>
        <source>Working hours — %1</source>
        <translation>Arbeitszeiten — %1</translation>
    </message>
    <message>
        <source>Hours per weekday, e.g. “Mon 08:00-17:00, Tue 08:00-12:30” (several intervals on one day are allowed). Leave a field empty when the practitioner has no set hours. Capacity and utilisation are computed from these.</source>
        <translation>Stunden je Wochentag, z. B. „Mon 08:00-17:00, Tue 08:00-12:30“ (mehrere Intervalle an einem Tag sind erlaubt). Lassen Sie ein Feld leer, wenn der Behandler keine festen Zeiten hat. Kapazität und Auslastung werden daraus berechnet.</translation>
    </message>
    <message>
        <source>Working hours of %1</source>
        <translation>Arbeitszeiten von %1</translation>
    </message>
    <message>
        <source>no set hours</source>
        <translation>keine festen Zeiten</translation>
    </message>
    <message>
        <source>Only an administrator can change working hours.</source>
        <translation>Nur ein Administrator kann Arbeitszeiten ändern.</translation>
    </message>
</context>
</TS>
