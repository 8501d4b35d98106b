<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountService</name>
    <message>
        <source>There is no account with this user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last active admin account. Make another account admin first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a user name of letters and digits (and . _ - @), up to 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user name is taken already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be secured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account list could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password of at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first admin account exists already. Sign in, or ask the clinic admin for an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Try again in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled. Ask the clinic admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This temporary account has expired. Ask the clinic admin to extend it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent slot&apos;s admin account is disabled or gone: an admin removes the slot and makes a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogQuery</name>
    <message>
        <source>The audit log could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionFailureText</name>
    <message>
        <source>Cliniko did not accept this API key. Check that you copied the whole key, or create a new one in Cliniko (My Info &gt; Manage API keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nookal did not accept this API key. Check that you copied the whole key, or ask Nookal for a new one (Setup &gt; Connections &gt; API Keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliniko could not find this key&apos;s account on the server the key points to. A Cliniko key ends with its region, such as &quot;-uk1&quot; or &quot;-au2&quot;: paste the whole key, including that ending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routiq cannot reach %1: there seems to be no internet connection, or the address could not be looked up (DNS). Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered, but with an error page instead of its data: it is probably down or under maintenance. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked Routiq to slow down: this key (or another app using the same user) made too many requests. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be set up: a proxy server or a security program on this network is in the way, or the certificate is not trusted. Ask whoever looks after this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsBundle</name>
    <message>
        <source>The diagnostics bundle could not be saved. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderKeys</name>
    <message>
        <source>No key slot of this data folder can be opened, so its cached data cannot be read. An admin can restore access with the recovery key (&apos;routiq-cli recover&apos;). Without it, start the folder fresh and resync from the PMS: the PMS holds the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Try again in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be secured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a recovery key: it has eight groups of four letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key does not open the data folder&apos;s key slot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutiqError</name>
    <message>
        <source>The clinic&apos;s cache is not open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routiq refused to connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not answering properly, so Routiq paused requests to it. It will try again in %2 s; the dashboard shows the cached data meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer far larger than any real page, so Routiq stopped reading it. Please report this to Routiq support with the details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked Routiq to slow down (too many requests with this API key). Syncing resumes automatically; if it keeps happening, stop other apps that use the same %1 user&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the API key. Check the key in this clinic&apos;s connection settings, or create a new one in %1 (My Info &gt; Manage API keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is having problems right now (server error). Routiq will keep trying; the dashboard shows the cached data meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused a request from Routiq. Please report this to Routiq support with the details below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routiq cannot reach %1 (%2). Check the internet connection; the dashboard shows the cached data meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer (localhost); use an https:// address for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only https:// addresses are supported (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Cliniko API key does not end with a region such as &quot;-au2&quot; or &quot;-uk1&quot;; copy the whole key from Cliniko.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliniko requires a contact email in every request. Set the contact email in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliniko sent an answer Routiq cannot read. Routiq will try again at the next sync; if this persists, check status.cliniko.com or contact Routiq support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nookal sent an answer Routiq cannot read. Routiq will try again at the next sync; if this persists, contact Routiq support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routiq refused the %1 address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 API key is set for this clinic. Add one in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nookal rejected the API key. Check the key in this clinic&apos;s connection settings, or generate a new one in Nookal (Setup &gt; Connections &gt; API Keys) with every location ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nookal could not answer Routiq&apos;s request. Routiq will try again at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routiq&apos;s PostgreSQL driver is not installed (on Debian: libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Routiq server&apos;s database was set up by a newer version of Routiq. Update Routiq on this computer; the server was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Routiq server&apos;s database is not set up for this version yet. Run &apos;routiq-cli --server ... server init&apos; as its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message>
        <source>The security settings could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a value from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no clinic connection with this id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerViewerSignIn</name>
    <message>
        <source>&apos;%1&apos; is the sync agent&apos;s account: it syncs, it does not sign in to the app. Sign in with your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Routiq account on this server. Ask the clinic admin to add it with &apos;routiq-cli --server … user add&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Live clinic dashboard for Cliniko and Nookal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on the built-in demo clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the main window to &lt;file&gt; and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: wait &lt;seconds&gt; of live updates first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language (en, de, es).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the encrypted databases live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headless: keys sealed with this 0600 key file instead of the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this clinic connection first (&apos;all&apos; for the roll-up of every clinic).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on this page: dashboard, today (the Today board), lapsed (dropped-off patients), practitioners (side by side), forward (forward bookings), drilldown (the appointments behind Total bookings) or synchealth (View › Sync health).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark: write the moments of this start to &lt;file&gt;, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark: read the user name and password as two lines from standard input and sign in with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared mode: show the clinics of this Routiq server (a libpq connection string; default: ROUTIQ_SERVER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared mode: the account name to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ROUTIQ_PASSWORD_FILE names cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq</name>
    <message>
        <source>The server address is not a connection string Routiq can use. Write it as key=value pairs, e.g. &quot;host=db.clinic.lan dbname=routiq sslmode=verify-full&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::AccessPolicy</name>
    <message>
        <source>This temporary account has expired. Ask the clinic admin to extend it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was reset: choose a new one first (&apos;routiq-cli user passwd&apos; or the app).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is not allowed to do this. Ask the clinic admin if you need it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::AgentPmsConnection</name>
    <message>
        <source>This computer&apos;s keychain holds no PMS connection for clinic &apos;%1&apos; on this server. Add it here, on the agent&apos;s computer, as the OS account the agent runs as: routiq-cli --server … clinic add --id %1 --name … --pms … --api-key-file -</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::ApiHost</name>
    <message>
        <source>&apos;%1&apos; is not an IP address (e.g. 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::ApiServer</name>
    <message>
        <source>Plain HTTP is served on loopback only (127.0.0.1 or ::1): give a TLS certificate and key to listen on %1, or put a TLS reverse proxy in front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2 (in use, or not an address of this computer).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::ApiServerPage</name>
    <message>
        <source>&amp;Serve the API while Routiq runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for an address other than loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate file (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS private key file (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API server state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS &amp;certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall displays, web dashboards and BI tools read the live figures from it, each with its own Routiq account (docs/api.md). Plain HTTP is served on this computer only (127.0.0.1); any other address needs a certificate and key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS needs both a certificate and a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::ApiTls</name>
    <message>
        <source>Cannot read the TLS certificate or key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate or key is not a PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::AppShell</name>
    <message>
        <source>Routiq — Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clinic connected yet: an administrator adds one with &apos;routiq-cli clinic add&apos;, or try &apos;routiq --demo&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routiq — Create the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routiq keeps your clinics&apos; data encrypted with a key that only a sign-in opens. Syncing starts after the first sign-in and then carries on, even while the screen is locked, until Routiq is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clinics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routiq — Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no admin account with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder could not be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routiq — Choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;PI server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::AppointmentListDialog</name>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments make up this figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n appointment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>routiq::AppointmentListModel</name>
    <message>
        <source>(hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::AuditLog</name>
    <message>
        <source>The audit log could not be written or read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::AuditLogModel</name>
    <message>
        <source>Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::AuditLogPage</name>
    <message>
        <source>Audit log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks every entry, the anchor beside the database and the keychain&apos;s counter, as &apos;routiq-cli audit verify&apos; does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries, newest first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not intact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Intact: all %n entries verified.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::BookingTrendsChart</name>
    <message>
        <source>No days to show yet.
Daily bookings appear here once the first sync has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::BookingTrendsModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::ClinicChecklist</name>
    <message>
        <source>Clinics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::ClinicConnectionService</name>
    <message>
        <source>Give the clinic a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic id may use a-z, 0-9, &apos;-&apos; and &apos;_&apos; (1 to 64 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic id &apos;%1&apos; is reserved for routiq --demo: choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention period is a whole number of years, 0 to 100 (0 keeps names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone &apos;%1&apos;: use an IANA name such as Australia/Melbourne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no clinic with the id &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clinic with the id &apos;%1&apos; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::ClinicConnectionsPanel</name>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first sync running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The practice management systems Routiq reads from. Each clinic has its own encrypted cache and API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests (last minute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add clinic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace API &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the new key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new API key works and replaced the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old key was kept. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from Routiq?

This deletes, on this computer:
• its cache: every appointment, patient and figure Routiq copied from the PMS;
• its keys: the API key and the cache&apos;s encryption key in the keychain;
• its grants: every user&apos;s access to this clinic.

Nothing is deleted in the PMS itself. Adding the clinic again later starts with a new, empty cache and no user grants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic, its cache, its keys and its grants were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the new API key. Routiq tests it first; the old key stays until the new one works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routiq — Clinic connections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::ClinicSession</name>
    <message>
        <source>The local data of this clinic is damaged and could not be set aside.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::ConnectClinicWizard</name>
    <message>
        <source>Routiq — Connect your clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routiq reads your appointments from your practice management system with an API key, and keeps an encrypted copy on this computer. Which system does your clinic use?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cliniko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ookal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Cliniko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Nookal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect and sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close — the sync carries on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::ConnectDetailsPage</name>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. manager@yourclinic.com.au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Northside Physio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep patient names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention period in years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for the PMS&apos;s own server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic &amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget patient names after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Cliniko, open My Info &gt; Manage API keys and create a key, then paste all of it here: its ending (such as -au2) tells Routiq which Cliniko server holds your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Nookal, an administrator creates a key under Setup &gt; Connections &gt; API Keys. Paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (time zone not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Businesses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioners: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioners: more than one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments: at least %1 (the first sync counts them all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments: %1 to sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::DailyNoteBar</name>
    <message>
        <source>Open tomorrow&apos;s board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::DailyRiskNote</name>
    <message>
        <source>Tomorrow: no high-risk bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow: 1 high-risk booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow: %1 high-risk bookings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::DashboardController</name>
    <message>
        <source> (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account has no clinic assigned yet: ask a Routiq administrator to give you access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one clinic to see the appointments behind a figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments behind %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports need a signed-in account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports are not available in shared mode yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::DashboardFilters</name>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All practitioners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clinic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ractitioner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clinics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::DashboardPdfExporter</name>
    <message>
        <source>The folder for %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Routiq</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::DemoEnvironment</name>
    <message>
        <source>Demo Physio (Cliniko simulator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bayside Chiro (Nookal simulator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo folder could not be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data folder holds real Routiq accounts: the demo runs only in its own folder. Start &apos;routiq --demo&apos; without --data-dir, or give it an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data folder holds data but no demo key: the demo will not make a new key next to it. Give &apos;routiq --demo&apos; an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo folder&apos;s key is not in the keychain any more (a new keyring?), so its data cannot be read. Delete the demo folder to start the demo afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data folder holds real clinic connections: the demo runs only in its own folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::FirstAdminPage</name>
    <message>
        <source>Create the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. practice.manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. A short sentence is easy to remember.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password is too short: use at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be created. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account adds clinic connections and the accounts of your team. Keep its password safe; the next page shows a recovery key for the day it is forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routiq encrypts your clinics&apos; data with a key that only a sign-in opens. If every admin password is forgotten, this recovery key is the only way back in; without it the data on this computer cannot be read and must be synced again from your PMS. It is shown only this once: write it down or print it, and keep it away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written it down — continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::FirstSyncPage</name>
    <message>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the clinic&apos;s sync to start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First sync progress per resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first sync is complete. From now on Routiq fetches changes every few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync stopped for now: %1 It tries again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1… The dashboard opens as soon as the first figures are in; the rest keeps arriving behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left: not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests to the PMS: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests to the PMS in the last minute: %1 of %2 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests to the PMS in the last minute: %1 (no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the first sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the first sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. Routiq remembers this, also after a restart; Resume continues where the sync stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::FolderUnlock</name>
    <message>
        <source>Choose a user name of letters and digits (and . _ - @), up to 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password of at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be secured.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::ForwardBookingsCalculator</name>
    <message>
        <source>The number of weeks runs from 1 to 52.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::ForwardBookingsChart</name>
    <message>
        <source>Booked hours against capacity per week and practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bookings in the weeks ahead yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 capacity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::ForwardBookingsModel</name>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All practitioners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not all hours set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hours set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some practitioners of this week have no working hours: their bookings are in the booked total but not in the capacity, so a clinic utilisation would overstate (%1% from the sums).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation needs working hours: an administrator sets them under “Working hours…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::ForwardBookingsView</name>
    <message>
        <source>Forward bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working hours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every booking counts as booked time, whatever its outcome: a booking the patient did not arrive for (DNA) still occupied the slot, as Nookal&apos;s utilisation counts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward bookings per week and practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward bookings — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set each practitioner&apos;s working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the working hours (only an administrator can change them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s), %1 booked%2 from %3 to %4.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Some practitioners have no working hours yet: their utilisation says “set working hours”. An administrator sets them under “Working hours…”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::InsightSettingsService</name>
    <message>
        <source>The contact date must be a real date, not in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome is limited to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::InsightViewsController</name>
    <message>
        <source>Dropped-off &amp;patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients who stopped coming mid-treatment: the re-engagement worklist (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioners &amp;side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every figure per practitioner for this period (Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings and utilisation of the weeks ahead (Ctrl+5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clinic is shown yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one clinic to see its patients and practitioners.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::KpiModel</name>
    <message>
        <source>Total bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments in the period that are neither cancelled nor deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct patients with at least one booking in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients whose earliest booking ever falls in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings divided by the number of days in the period that have at least one booking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed (DNA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings in the period marked as did not arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed bookings as a percentage of all bookings in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled (not deleted) appointments in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellations as a percentage of bookings plus cancellations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late cancellations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellations made less than 24 hours before the appointment start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings in the period where the patient arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebook rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended bookings whose patient has another booking later, as a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient visit average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended appointments divided by new patients in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new patients in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value for this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No previous data to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 pts vs previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2% vs previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs the same days last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs the same days last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs the same days of the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The period is still running: the change compares %2 with %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 pts %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2% %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::LapsedCountModel</name>
    <message>
        <source>Dropped off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients whose last attended visit was %1 to %2 days ago and who have nothing booked since: the re-engagement worklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit %1–%2 days ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::LapsedListModel</name>
    <message>
        <source>Patient %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended (12 mo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed (12 mo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::LapsedPatientsFinder</name>
    <message>
        <source>The days since the last visit run from 0 to 3650, minimum not above maximum.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::LapsedPatientsWindow</name>
    <message>
        <source>Dropped-off patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit at least this many days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit at most this many days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location of the last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner of the last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All practitioners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. left a message, booked for next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear n&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted o&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped-off patients — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) whose last visit was %1 to %2 days before %3 and who have nothing booked since. The freshest drop-offs come first: they are the easiest to win back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) dropped off (last visit %1 to %2 days before %3).

Your account sees this number only: names and phone numbers are for staff and administrators.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a patient first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no list to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export dropped-off patients as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routiq-dropped-off.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::LiveIndicator</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::LiveStatusTracker</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing data from %1 (%2 old)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading history — %1 of %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 ago — waiting for the next update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the next update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in rejected — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routiq cannot reach your practice management system. Check the internet connection; Routiq keeps retrying by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your practice management system rejected the API key. Ask a clinic admin to enter a new key in the clinic connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading history — %1 records so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting to the server — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::MainWindow</name>
    <message>
        <source>Routiq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak hours (bookings by start time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export dashboard as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export daily figures as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routiq — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, compared with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export dashboard as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export daily figures as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routiq-dashboard.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routiq-daily-figures.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign out %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s figures for the period (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s and tomorrow&apos;s bookings with no-show risk (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today board: t&amp;oday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today board: &amp;next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports need a signed-in account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic &amp;connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;health…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;diagnostics…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::NewPasswordPage</name>
    <message>
        <source>&amp;Save and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An administrator reset the password of &lt;b&gt;%1&lt;/b&gt;. Choose your own password now (at least %n characters); nobody else will know it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::NewUserDialog</name>
    <message>
        <source>&amp;Temporary: last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clinics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::NoShowInsights</name>
    <message>
        <source>Waiting for the risk model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one clinic to see its no-show risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one clinic to see its Today board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one clinic to see the appointments behind a figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected no-shows (next 7 days) — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in shared mode yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::NoShowKpiModel</name>
    <message>
        <source>Expected no-shows (next 7 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sum of the no-show risks of the bookings that start in the next 7 days: how many of them are likely not to arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the risk model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::NoShowModelCard</name>
    <message>
        <source>No-show model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrain &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the model again on the clinic&apos;s history (in the background).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the risk model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUC: how well the risks rank who does not arrive (0.5 = chance, 1 = perfect). Brier skill: how much better the probabilities are than the clinic&apos;s flat base rate (above 0 = better). Both measured on the clinic&apos;s most recent weeks, held out of training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough history yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scores until the clinic has more marked bookings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUC %1 · Brier skill %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the last %1 held-out bookings · trained %2 on %3 bookings · base rate %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::NoShowReasonText</name>
    <message>
        <source>on a Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booking date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booked the same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booked %n day(s) ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no attendance record yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed %1 of the last %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no late cancellations before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled late %n time(s) before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n visit(s) attended before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no earlier visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last visit %n day(s) before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>early-morning slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>morning slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>midday slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afternoon slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evening slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aged under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aged 18–24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aged 25–34</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aged 35–49</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aged 50–64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aged 65 or over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this appointment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;1 pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 pts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::NoShowTrainer</name>
    <message>
        <source>needs %1 marked bookings (has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs %1 no-shows (has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the most recent weeks hold too few no-shows to check a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model could not be trained on this history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model could not be calibrated on this history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the training was stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::OwnAccountPage</name>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password a&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; (%2). Passwords need at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::PeakHoursHeatMap</name>
    <message>
        <source>Peak hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings by weekday and start hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bookings in this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::PeakHoursModel</name>
    <message numerus="yes">
        <source>%1, %2:00–%3:00: %n booking(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>routiq::PractitionerTableModel</name>
    <message>
        <source>Practitioner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2: %3; previous period: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, with its change against the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::PractitionerTableView</name>
    <message>
        <source>Practitioners side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter on a practitioner to show the dashboard for them only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a practitioner (or press Enter) to narrow the dashboard to them. Each figure shows its change against the previous period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is still running: these changes compare the whole periods, while the dashboard&apos;s outcome cards compare the same days so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioners side by side — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 – %3, compared with %4 – %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no practitioner has bookings in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports need a signed-in account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export practitioners as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export practitioners as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routiq-practitioners.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routiq-practitioners.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::RecoveryPage</name>
    <message>
        <source>Use the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when Routiq was set up, and a new password for an admin account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recovery key? Then the data Routiq cached on this computer cannot be read by anyone. You can start this data folder fresh (the old folder is kept aside, not deleted), create a new administrator and sync everything again from your PMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start fresh and resync from the PMS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start fresh?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routiq will move this data folder aside and start an empty one. Clinic connections and accounts are set up again, and the data is synced again from the PMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password is too short: use at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::RiskCountsModel</name>
    <message>
        <source>All practitioners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elevated risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no practitioner)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::RiskListDialog</name>
    <message>
        <source>Upcoming bookings by no-show risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No upcoming bookings in the next 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no-shows expected among the %2 upcoming bookings of the next 7 days, highest risk first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a booking to see every reason behind its risk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::RiskListModel</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main reasons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::RiskText</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elevated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 risk of not arriving: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic base rate %1; the reasons add up to the difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough history yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough history yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::SecurityPage</name>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after minutes without activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum password length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank patient names unseen for years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock the screen after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum password &amp;length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to every account, in the app and in routiq-cli. Passwords already set are asked to change only when an admin resets them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save sign-in settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient-name retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clinic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank names &amp;unseen for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names of patients with no appointment for this long are blanked in the clinic&apos;s cache the next time it opens; figures stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The idle lock applies now; the minimum length at the next password set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: applied when the clinic&apos;s cache next opens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::ServerClinicImport</name>
    <message>
        <source>The server has this clinic already; nothing of it was imported again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::ServerClinicReader</name>
    <message>
        <source>Your account may not see patient names.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::ServerConnInfo</name>
    <message>
        <source>Passwords never go on the command line or in ROUTIQ_SERVER. Put the password in the PostgreSQL password file (PGPASSFILE, ~/.pgpass) or a service file (service=NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routiq talks to a server on another computer only over TLS that checks the server&apos;s certificate: add sslmode=verify-full (and sslrootcert=FILE for your own certificate authority). Without TLS only this computer (localhost or a unix socket) is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::ServerConnection</name>
    <message>
        <source>The connection reached a server on another computer without verified TLS (a service file or PGHOST named it). Add sslmode=verify-full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::ServerError</name>
    <message>
        <source>Routiq cannot reach its server. Check the network and that the server is running; the figures shown are from the last connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the sign-in: wrong name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server wants a password: set ROUTIQ_PASSWORD_FILE or PGPASSFILE, or run at a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routiq did not connect: the server&apos;s certificate could not be checked, or names another computer. Give the clinic&apos;s certificate authority with sslrootcert=FILE and the server&apos;s name as it is in its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server takes only TLS connections: add sslmode=verify-full to the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this for your account (its role lacks the privilege).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routiq&apos;s server reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::ServerFolderImport</name>
    <message>
        <source>Only the set-up role (the role that ran &apos;server init&apos;) imports a folder: give its connection in --server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account&apos;s name cannot be a server login name; rename it in the folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has a role with this account&apos;s name already (was the folder imported before?); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::ServerShell</name>
    <message>
        <source>Routiq — Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC shows the clinic server %1. Accounts, clinics and their settings are kept there: change your password with &apos;routiq-cli --server … user passwd&apos;; an admin manages accounts and clinics with &apos;routiq-cli --server … user&apos; and &apos;… clinic&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared mode: this PC shows the clinic server %1. Sign in with your account on that server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routiq — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clinic on this server is shared with &apos;%1&apos; yet. Ask the clinic admin to grant one (&apos;routiq-cli --server … user grant&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::ServerSyncStore</name>
    <message>
        <source>The server has no clinic with this id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::SettingsWindow</name>
    <message>
        <source>Routiq — Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecurity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::SharedSchema</name>
    <message>
        <source>The server&apos;s schema could not be brought up to date; the step that failed was rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::SignInGate</name>
    <message>
        <source>The password could not be secured.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the account your clinic admin gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. sam.lee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minutes without activity. Sign in to continue.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in did not work. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts: try again in %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts: try again in %1:%2 min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot your password? Use the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::StatusBanner</name>
    <message>
        <source>Connection problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::SyncHealthController</name>
    <message>
        <source>Data is out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routiq: data is out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics saved to %1. They hold no patient data and no keys.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::SyncHealthTracker</name>
    <message numerus="yes">
        <source>%1 (%n min old)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (never synced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Routiq has not been able to update it from the practice system. See View › Sync health.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::SyncHealthWindow</name>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catching up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last pass failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection guard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last success per resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reference to your support contact: it finds the matching lines in the log (Help › Save diagnostics…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clinic is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 allowed by the practice system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no limit applies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: requests go through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: paused after repeated failures, trial in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-open: one trial request is under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors in the last 24 hours: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::SyncStatusPanel</name>
    <message>
        <source>less than a minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n h left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loading appointment history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History loading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimating time left…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::TableCsvExporter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::TablePdfExporter</name>
    <message>
        <source>The folder for %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Routiq</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::TodayBoardController</name>
    <message>
        <source>Waiting for the clinic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the day…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::TodayBoardModel</name>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no practitioner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gaps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high risk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled less than 24 hours before the start: a slot to refill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free: %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::TodayBoardPage</name>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;morrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show today&apos;s bookings (Alt+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show tomorrow&apos;s bookings (Alt+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the clinic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings by practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late cancellations: slots to refill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled less than 24 hours before the start and still ahead today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late cancellations to refill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No late cancellations left to refill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming bookings by no-show risk. Patient names and reasons are for staff and administrator accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming bookings by risk band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a booking to see its no-show risk and the reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 risk of not arriving: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic base rate %1; the reasons add up to the difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled less than 24 hours before the start: a slot to refill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings: %1 · gaps: %2 · high risk: %3 · late cancellations to refill: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming bookings: %1 · high risk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show risk: the calibrated chance that the patient does not arrive. Elevated from %1, high from %2 (settings).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::TrendsCsvExporter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::UsersPage</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;linics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpiry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, new password due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled: signed out at their next action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinics of %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: they choose their own at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinics of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temporary account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must choose a new password at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::WorkingHours</name>
    <message>
        <source>&apos;%1&apos; is not a day and time range like &apos;Mon 08:00-17:00&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No working hours given: use e.g. &apos;Mon 08:00-17:00, Tue 08:00-12:30&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two ranges on %1 overlap.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::WorkingHoursEditor</name>
    <message>
        <source>Working hours — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per weekday, e.g. “Mon 08:00-17:00, Tue 08:00-12:30” (several intervals on one day are allowed). Leave a field empty when the practitioner has no set hours. Capacity and utilisation are computed from these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no set hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can change working hours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
