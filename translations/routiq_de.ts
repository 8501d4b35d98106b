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
        <source>Demo clinic (simulator)</source>
        <translation>Demo-Praxis (Simulator)</translation>
    </message>
    <message>
        <source>Demo — connecting…</source>
        <translation>Demo — verbinde…</translation>
    </message>
</context>
<context>
    <name>routiq::KpiCard</name>
    <message>
        <source>no previous data</source>
        <translation>keine Vorperiode</translation>
    </message>
    <message>
        <source>waiting for data</source>
        <translation>warte auf Daten</translation>
    </message>
    <message>
        <source>%1 %2% vs previous</source>
        <translation>%1 %2% ggü. Vorperiode</translation>
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
</context>
<context>
    <name>routiq::MainWindow</name>
    <message>
        <source>Routiq</source>
        <translation>Routiq</translation>
    </message>
    <message>
        <source>&amp;Clinic:</source>
        <translation>&amp;Praxis:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
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
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
</context>
</TS>
