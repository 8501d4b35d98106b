#include "statusbanner.h"

#include "live/livestatustracker.h"
#include "theme.h"

#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

namespace routiq {

StatusBanner::StatusBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("StatusBanner"));
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("StatusBannerHeadline"));
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_advice = new QLabel(this);
    m_advice->setObjectName(QStringLiteral("StatusBannerAdvice"));
    m_advice->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->setSpacing(2);
    layout->addWidget(m_headline);
    layout->addWidget(m_advice);
    setAccessibleName(tr("Connection problem"));
    hide();
}

void StatusBanner::setTracker(LiveStatusTracker *tracker)
{
    if (m_tracker)
        disconnect(m_tracker, nullptr, this, nullptr);
    m_tracker = tracker;
    if (tracker)
        connect(tracker, &LiveStatusTracker::ticked, this, &StatusBanner::sync);
    sync();
}

void StatusBanner::showText(const QString &headline, const QString &advice)
{
    m_isError = false;
    m_headline->setText(headline);
    m_advice->setText(advice);
    setAccessibleDescription(headline + QLatin1Char(' ') + advice);
    setVisible(!headline.isEmpty());
    update();
}

QString StatusBanner::headline() const
{
    return m_headline->text();
}

QString StatusBanner::advice() const
{
    return m_advice->text();
}

void StatusBanner::sync()
{
    const LiveStatus s = m_tracker ? m_tracker->status() : LiveStatus::Connecting;
    const bool show = s == LiveStatus::Offline || s == LiveStatus::AuthError;
    if (show) {
        m_isError = s == LiveStatus::AuthError;
        m_headline->setText(m_tracker->bannerText());
        m_advice->setText(m_tracker->adviceText());
        setAccessibleDescription(m_headline->text() + QLatin1Char(' ') + m_advice->text());
        update();
    }
    setVisible(show);
}

void StatusBanner::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const ThemeColors c = themeColors(palette());
    QColor edge = m_isError ? c.error : c.stale;
    QColor fill = edge;
    fill.setAlphaF(isDark(palette()) ? 0.18 : 0.12);
    QPainterPath path;
    path.addRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 8, 8);
    p.fillPath(path, fill);
    p.setPen(QPen(edge, 1));
    p.drawPath(path);
    p.fillRect(QRectF(1, 6, 4, height() - 12), edge);
}

} // namespace routiq
