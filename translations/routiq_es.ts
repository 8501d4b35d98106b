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
        <source>Demo clinic (simulator)</source>
        <translation>Clínica de demostración (simulador)</translation>
    </message>
    <message>
        <source>Demo — connecting…</source>
        <translation>Demo — conectando…</translation>
    </message>
</context>
<context>
    <name>routiq::KpiCard</name>
    <message>
        <source>no previous data</source>
        <translation>sin datos previos</translation>
    </message>
    <message>
        <source>waiting for data</source>
        <translation>esperando datos</translation>
    </message>
    <message>
        <source>%1 %2% vs previous</source>
        <translation>%1 %2% frente al anterior</translation>
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
</context>
<context>
    <name>routiq::MainWindow</name>
    <message>
        <source>Routiq</source>
        <translation>Routiq</translation>
    </message>
    <message>
        <source>&amp;Clinic:</source>
        <translation>&amp;Clínica:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
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
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
</context>
</TS>
