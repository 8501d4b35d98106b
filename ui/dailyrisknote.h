#pragma once

#include "insights/noshowsnapshot.h"
#include "localzones.h"

#include <QDate>
#include <QObject>
#include <QTime>
#include <QTimer>

#include <functional>
#include <optional>

class QSettings;

namespace routiq {

class Clock;

// The optional daily note "Tomorrow: 5 high-risk bookings", due once a day at a set local time
// (settings insights/dailyNoteEnabled, default off; insights/dailyNoteTime, default 17:00).
// Time comes from the injected Clock, so tests move a ManualClock and call check(); the app's
// timer only decides how often to look.
class DailyRiskNote : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        bool enabled = false;
        QTime at = QTime(17, 0);
        RiskBands bands; // insights/elevatedRisk 0.15, insights/highRisk 0.30

        static Settings read(const QSettings &settings);
    };
    // Tomorrow's high-risk bookings (local date `tomorrow`), or nullopt while no model can say.
    using HighRiskCount = std::function<std::optional<int>(QDate tomorrow)>;

    DailyRiskNote(const Clock &clock, QObject *parent = nullptr);

    void setSettings(const Settings &settings);
    const Settings &settings() const { return m_settings; }
    // The zone of the set time and of "tomorrow" (the clinic's, else this computer's).
    void setZone(const QTimeZone &zone);
    void setCounter(HighRiskCount counter) { m_counter = std::move(counter); }
    // How often the app looks at the clock (never needed by tests).
    void setCheckIntervalMs(int ms) { m_timer.setInterval(ms); }

    // Emits noteDue when the set time has passed today and today's note was not given yet.
    void check();

    // High-risk bookings of `snapshot` whose local date is `day`.
    static int highRiskOn(const NoShowSnapshot &snapshot, QDate day, const LocalZones &zones,
                          const RiskBands &bands);
    static QString text(int highRisk);

signals:
    void noteDue(const QString &text);

private:
    const Clock &m_clock;
    Settings m_settings;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    HighRiskCount m_counter;
    QDate m_lastGiven;
    QTimer m_timer;
};

} // namespace routiq
