#include "noshowmodelcard.h"

#include "risktext.h"
#include "theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace routiq {

NoShowModelCard::NoShowModelCard(QWidget *parent) : CardFrame(parent)
{
    setObjectName(QStringLiteral("NoShowModelCard"));
    setMinimumSize(170, 92);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_title = new QLabel(tr("No-show model"), this);
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 0.95);
    tf.setWeight(QFont::DemiBold);
    m_title->setFont(tf);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("NoShowModelStatus"));
    QFont sf = m_status->font();
    sf.setPointSizeF(sf.pointSizeF() * 1.1);
    sf.setBold(true);
    m_status->setFont(sf);
    m_status->setWordWrap(true);
    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);
    QFont small = m_detail->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_detail->setFont(small);
    m_retrain = new QPushButton(tr("Retrain &now"), this);
    m_retrain->setAutoDefault(false);
    m_retrain->setToolTip(tr("Train the model again on the clinic's history (in the "
                             "background)."));
    connect(m_retrain, &QPushButton::clicked, this, &NoShowModelCard::retrainRequested);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_retrain);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_detail);
    layout->addStretch();
    setUnavailable(tr("Waiting for the risk model"));
}

void NoShowModelCard::setModelInfo(const NoShowModelInfo &info)
{
    m_info = info;
    m_unavailable.clear();
    refresh();
}

void NoShowModelCard::setUnavailable(const QString &reason)
{
    m_info.reset();
    m_unavailable = reason;
    refresh();
}

void NoShowModelCard::setTraining(bool running)
{
    m_training = running;
    refresh();
}

QString NoShowModelCard::statusText() const
{
    return m_status->text();
}

QString NoShowModelCard::detailText() const
{
    return m_detail->text();
}

void NoShowModelCard::refresh()
{
    const QLocale l;
    m_retrain->setEnabled(m_info.has_value() && !m_training);
    m_retrain->setText(m_training ? tr("Training\u2026") : tr("Retrain &now"));
    QString definition =
        tr("AUC: how well the risks rank who does not arrive (0.5 = chance, 1 = perfect). Brier "
           "skill: how much better the probabilities are than the clinic's flat base rate (above "
           "0 = better). Both measured on the clinic's most recent weeks, held out of training.");
    if (!m_info) {
        m_status->setText(QStringLiteral("\u2014"));
        m_detail->setText(m_unavailable);
    } else if (m_info->status != NoShowModelInfo::Status::Ready) {
        m_status->setText(tr("Not enough history yet"));
        m_detail->setText(m_info->missing.isEmpty() ? tr("No scores until the clinic has more "
                                                         "marked bookings.")
                                                    : m_info->missing);
    } else {
        m_status->setText(tr("AUC %1 \u00b7 Brier skill %2")
                              .arg(l.toString(m_info->validationAuc, 'f', 2),
                                   l.toString(m_info->brierSkill, 'f', 2)));
        const QString trained =
            m_info->trainedAt.isValid()
                ? l.toString(m_info->trainedAt.toLocalTime(), QStringLiteral("d MMM HH:mm"))
                : tr("never");
        m_detail->setText(tr("On the last %1 held-out bookings \u00b7 trained %2 on %3 bookings "
                             "\u00b7 base rate %4")
                              .arg(l.toString(m_info->validationBookings), trained,
                                   l.toString(m_info->trainingBookings),
                                   RiskText::percent(m_info->baseRate)));
    }
    setToolTip(definition);
    setAccessibleName(m_title->text());
    setAccessibleDescription(m_status->text() + QLatin1String(". ") + m_detail->text());
    QPalette p = m_detail->palette();
    p.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_detail->setPalette(p);
    m_title->setPalette(p);
}

void NoShowModelCard::changeEvent(QEvent *event)
{
    CardFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        refresh();
}

} // namespace routiq
