<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <translation>Auf dieser Seite öffnen: dashboard oder today (die Tagesübersicht).</translation>
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
</TS>
