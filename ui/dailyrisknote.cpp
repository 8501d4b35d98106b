#include "dailyrisknote.h"

#include "core/clock.h"

#include <QSettings>

namespace routiq {

DailyRiskNote::Settings DailyRiskNote::Settings::read(const QSettings &settings)
{
    Settings s;
    s.enabled = settings.value(QStringLiteral("insights/dailyNoteEnabled"), false).toBool();
    const QTime at = QTime::fromString(
        settings.value(QStringLiteral("insights/dailyNoteTime"), QStringLiteral("17:00"))
            .toString(),
        QStringLiteral("HH:mm"));
    if (at.isValid())
        s.at = at;
    bool ok = false;
    const double elevated =
        settings.value(QStringLiteral("insights/elevatedRisk"), s.bands.elevated).toDouble(&ok);
    if (ok && elevated > 0 && elevated < 1)
        s.bands.elevated = elevated;
    const double high =
        settings.value(QStringLiteral("insights/highRisk"), s.bands.high).toDouble(&ok);
    if (ok && high > 0 && high <= 1 && high >= s.bands.elevated)
        s.bands.high = high;
    return s;
}

DailyRiskNote::DailyRiskNote(const Clock &clock, QObject *parent) : QObject(parent), m_clock(clock)
{
    m_timer.setInterval(30 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &DailyRiskNote::check);
}

void DailyRiskNote::setSettings(const Settings &settings)
{
    m_settings = settings;
    if (settings.enabled)
        m_timer.start();
    else
        m_timer.stop();
}

void DailyRiskNote::setZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

void DailyRiskNote::check()
{
    if (!m_settings.enabled || !m_counter)
        return;
    const QDateTime local = m_clock.nowUtc().toTimeZone(m_zone);
    if (local.time() < m_settings.at || m_lastGiven == local.date())
        return;
    const std::optional<int> count = m_counter(local.date().addDays(1));
    if (!count)
        return; // no model ready yet: try again at the next look, still today
    m_lastGiven = local.date();
    emit noteDue(text(*count));
}

int DailyRiskNote::highRiskOn(const NoShowSnapshot &snapshot, QDate day, const LocalZones &zones,
                              const RiskBands &bands)
{
    int n = 0;
    for (const ScoredBooking &b : snapshot.bookings)
        if (bands.bandOf(b.risk) == RiskBand::High &&
            zones.local(b.startsAtUtc, b.locationId).date() == day)
            ++n;
    return n;
}

QString DailyRiskNote::text(int highRisk)
{
    // Whole sentences per count instead of %n: the English plural needs no .ts entry.
    if (highRisk == 0)
        return tr("Tomorrow: no high-risk bookings");
    if (highRisk == 1)
        return tr("Tomorrow: 1 high-risk booking");
    return tr("Tomorrow: %1 high-risk bookings").arg(highRisk);
}

} // namespace routiq
