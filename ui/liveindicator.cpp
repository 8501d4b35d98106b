#include "liveindicator.h"

#include "live/livestatustracker.h"
#include "statusdot.h"
#include "theme.h"

#include <QEasingCurve>
#include <QHBoxLayout>
#include <QLabel>
#include <QVariantAnimation>

namespace routiq {

LiveIndicator::LiveIndicator(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("LiveIndicator"));
    m_dot = new StatusDot(this);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("LiveIndicatorText"));
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_dot);
    layout->addWidget(m_label);

    // A slow, gentle breath while live: halo 0 -> 0.6 -> 0 over 2.4 s.
    m_breath = new QVariantAnimation(this);
    m_breath->setStartValue(0.0);
    m_breath->setKeyValueAt(0.5, 0.6);
    m_breath->setEndValue(0.0);
    m_breath->setDuration(2400);
    m_breath->setEasingCurve(QEasingCurve::InOutSine);
    m_breath->setLoopCount(-1);
    connect(m_breath, &QVariantAnimation::valueChanged, this, [this](const QVariant &v) {
        if (m_flash->state() != QAbstractAnimation::Running)
            m_dot->setHalo(v.toReal());
    });

    // One stronger flash per incoming change.
    m_flash = new QVariantAnimation(this);
    m_flash->setStartValue(1.0);
    m_flash->setEndValue(0.0);
    m_flash->setDuration(700);
    m_flash->setEasingCurve(QEasingCurve::OutCubic);
    connect(m_flash, &QVariantAnimation::valueChanged, this,
            [this](const QVariant &v) { m_dot->setHalo(v.toReal()); });

    setPlaceholderText(tr("Not connected"));
    sync();
}

void LiveIndicator::setTracker(LiveStatusTracker *tracker)
{
    if (m_tracker)
        disconnect(m_tracker, nullptr, this, nullptr);
    m_tracker = tracker;
    if (tracker) {
        connect(tracker, &LiveStatusTracker::ticked, this, &LiveIndicator::sync);
        connect(tracker, &LiveStatusTracker::statusChanged, this, &LiveIndicator::sync);
        connect(tracker, &LiveStatusTracker::changeArrived, this, &LiveIndicator::flash);
    }
    sync();
}

void LiveIndicator::setPlaceholderText(const QString &text)
{
    if (!m_tracker)
        m_label->setText(text);
}

QString LiveIndicator::text() const
{
    return m_label->text();
}

QColor LiveIndicator::dotColor() const
{
    return m_dot->color();
}

bool LiveIndicator::isBreathing() const
{
    return m_breath->state() == QAbstractAnimation::Running;
}

void LiveIndicator::sync()
{
    const ThemeColors c = themeColors(palette());
    if (!m_tracker) {
        m_status = LiveStatus::Connecting;
        m_dot->setColor(c.offline);
        updateAnimation();
        return;
    }
    m_status = m_tracker->status();
    switch (m_status) {
    case LiveStatus::Live:
        m_dot->setColor(c.live);
        break;
    case LiveStatus::Syncing:
    case LiveStatus::Connecting:
        m_dot->setColor(c.syncing);
        break;
    case LiveStatus::Stale:
        m_dot->setColor(c.stale);
        break;
    case LiveStatus::Offline:
        m_dot->setColor(c.offline);
        break;
    case LiveStatus::AuthError:
        m_dot->setColor(c.error);
        break;
    }
    m_label->setText(m_tracker->bannerText());
    setAccessibleName(m_label->text());
    updateAnimation();
}

void LiveIndicator::updateAnimation()
{
    const bool shouldBreathe = m_tracker && m_status == LiveStatus::Live;
    if (shouldBreathe && m_breath->state() != QAbstractAnimation::Running)
        m_breath->start();
    else if (!shouldBreathe && m_breath->state() == QAbstractAnimation::Running) {
        m_breath->stop();
        m_dot->setHalo(0);
    }
}

void LiveIndicator::flash()
{
    ++m_flashes;
    m_flash->stop();
    m_flash->start();
}

} // namespace routiq
