#include "risktext.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace routiq {

QString RiskText::bandName(RiskBand band)
{
    switch (band) {
    case RiskBand::Low:
        return tr("Low");
    case RiskBand::Elevated:
        return tr("Elevated");
    case RiskBand::High:
        return tr("High");
    }
    return {};
}

QString RiskText::percent(double risk)
{
    const double pct = risk * 100.0;
    if (pct > 0 && pct < 1)
        return tr("<1%");
    return tr("%1%").arg(QLocale().toString(qint64(std::llround(pct))));
}

QString RiskText::points(double effect)
{
    // Whole points read best; below one point a decimal keeps small factors from showing as 0.
    const double magnitude = std::abs(effect);
    const QString amount = magnitude < 0.95 ? QLocale().toString(magnitude, 'f', 1)
                                            : QLocale().toString(qint64(std::llround(magnitude)));
    const QString sign = effect < 0 ? QStringLiteral("\u2212") : QStringLiteral("+");
    return tr("%1%2 pts").arg(sign, amount);
}

QString RiskText::reasonLine(const RiskReason &reason)
{
    return tr("%1: %2").arg(reason.text, points(reason.effect));
}

QString RiskText::bandAndPercent(RiskBand band, double risk)
{
    return tr("%1 \u00b7 %2").arg(bandName(band), percent(risk));
}

QString RiskText::expectedCount(double expected)
{
    return QLocale().toString(std::floor(expected * 10 + 0.5 + 1e-9) / 10, 'f', 1);
}

QString RiskText::tooltip(const ScoredBooking &booking, const RiskBands &bands,
                          const NoShowModelInfo &model)
{
    QStringList lines;
    lines << tr("%1 risk of not arriving: %2")
                 .arg(bandName(bands.bandOf(booking.risk)), percent(booking.risk));
    lines << tr("Clinic base rate %1; the reasons add up to the difference.")
                 .arg(percent(model.baseRate));
    for (const RiskReason &r : booking.reasons)
        lines << reasonLine(r);
    return lines.join(QLatin1Char('\n'));
}

QString RiskText::notReady(const NoShowModelInfo &model)
{
    return model.missing.isEmpty() ? tr("Not enough history yet")
                                   : tr("Not enough history yet: %1").arg(model.missing);
}

} // namespace routiq
