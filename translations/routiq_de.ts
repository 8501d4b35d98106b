<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>NoShowReasonText</name>
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
        <source>Open on this page: dashboard or today (the Today board).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>routiq::FirstAdminPage</name>
    <message>
        <source>Create the administrator</source>
        <translation>Administrator anlegen</translation>
    </message>
    <message>
        <source>This account adds clinic connections and the accounts of your team. Keep its password safe: nobody can recover it.</source>
        <translation>Mit diesem Konto richten Sie Praxisverbindungen und die Konten Ihres Teams ein. Bewahren Sie das Passwort sicher auf: Niemand kann es wiederherstellen.</translation>
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
        <translation type="unfinished">Wählen Sie eine einzelne Praxis, um die Termine hinter einer Kennzahl zu sehen.</translation>
    </message>
    <message>
        <source>Expected no-shows (next 7 days) — %1</source>
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
        <source>aged 18ጤ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aged 25ጴ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aged 35ፉ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aged 50፤</source>
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
    <name>routiq::RiskCountsModel</name>
    <message>
        <source>All practitioners</source>
        <translation type="unfinished">Alle Behandler</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished">Behandler</translation>
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
        <translation type="unfinished">%1 % {1 %2?}</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation type="unfinished">(verborgen)</translation>
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
        <translation type="unfinished">Behandler</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished">Patient</translation>
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
        <translation type="unfinished">%1 %</translation>
    </message>
    <message>
        <source>%1%2 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
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
</context>
<context>
    <name>routiq::StatusBanner</name>
    <message>
        <source>Connection problem</source>
        <translation>Verbindungsproblem</translation>
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
        <translation type="unfinished">%1 % {1–%2?}</translation>
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
        <translation type="unfinished">(verborgen)</translation>
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
        <translation type="unfinished">Uhrzeit</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished">Patient</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>No-show risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished">Gebucht</translation>
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
        <translation type="unfinished">Abgesagt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished">Gelöscht</translation>
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
        <translation type="unfinished">%1 % {1–%2?}</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation type="unfinished">(verborgen)</translation>
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
        <translation type="unfinished">%1: %2 {1,?}</translation>
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
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
</TS>
