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
        <source>Open on this page: dashboard or today (the Today board).</source>
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
</context>
<context>
    <name>routiq::FirstAdminPage</name>
    <message>
        <source>Create the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account adds clinic connections and the accounts of your team. Keep its password safe: nobody can recover it.</source>
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
</context>
<context>
    <name>routiq::StatusBanner</name>
    <message>
        <source>Connection problem</source>
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
</TS>
