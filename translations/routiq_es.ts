<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <source>Open on this page: dashboard or today (the Today board).</source>
        <translation>Abrir en esta página: dashboard o today (la agenda del día).</translation>
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
</context>
<context>
    <name>routiq::FirstAdminPage</name>
    <message>
        <source>Create the administrator</source>
        <translation>Crear el administrador</translation>
    </message>
    <message>
        <source>This account adds clinic connections and the accounts of your team. Keep its password safe: nobody can recover it.</source>
        <translation>Esta cuenta añade las conexiones de clínicas y las cuentas de su equipo. Guarde bien su contraseña: nadie puede recuperarla.</translation>
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
</context>
<context>
    <name>routiq::StatusBanner</name>
    <message>
        <source>Connection problem</source>
        <translation>Problema de conexión</translation>
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
</TS>
