<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <source>Demo clinic (simulator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo — connecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routiq::KpiCard</name>
    <message>
        <source>no previous data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2% vs previous</source>
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
</context>
<context>
    <name>routiq::MainWindow</name>
    <message>
        <source>Routiq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clinic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
