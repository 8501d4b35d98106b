#include "railstimezones.h"

#include <QByteArray>
#include <QTimeZone>

#include <array>
#include <utility>

namespace routiq {

namespace {

// From ActiveSupport::TimeZone::MAPPING (the labels Cliniko shows), for the regions Routiq
// serves.
constexpr std::array<std::pair<const char *, const char *>, 45> kLabels{{
    // Australia
    {"Adelaide", "Australia/Adelaide"},
    {"Brisbane", "Australia/Brisbane"},
    {"Canberra", "Australia/Canberra"},
    {"Darwin", "Australia/Darwin"},
    {"Hobart", "Australia/Hobart"},
    {"Melbourne", "Australia/Melbourne"},
    {"Perth", "Australia/Perth"},
    {"Sydney", "Australia/Sydney"},
    // New Zealand and the Pacific
    {"Auckland", "Pacific/Auckland"},
    {"Wellington", "Pacific/Auckland"},
    {"Chatham Is.", "Pacific/Chatham"},
    {"Fiji", "Pacific/Fiji"},
    // United Kingdom and Ireland
    {"London", "Europe/London"},
    {"Edinburgh", "Europe/London"},
    {"Dublin", "Europe/Dublin"},
    {"UTC", "Etc/UTC"},
    // United States
    {"Hawaii", "Pacific/Honolulu"},
    {"Alaska", "America/Juneau"},
    {"Pacific Time (US & Canada)", "America/Los_Angeles"},
    {"Arizona", "America/Phoenix"},
    {"Mountain Time (US & Canada)", "America/Denver"},
    {"Central Time (US & Canada)", "America/Chicago"},
    {"Eastern Time (US & Canada)", "America/New_York"},
    {"Indiana (East)", "America/Indiana/Indianapolis"},
    {"American Samoa", "Pacific/Pago_Pago"},
    {"Midway Island", "Pacific/Midway"},
    {"Puerto Rico", "America/Puerto_Rico"},
    // Canada
    {"Atlantic Time (Canada)", "America/Halifax"},
    {"Newfoundland", "America/St_Johns"},
    {"Saskatchewan", "America/Regina"},
    {"Tijuana", "America/Tijuana"},
    // A few more English-speaking and nearby regions Cliniko serves
    {"Singapore", "Asia/Singapore"},
    {"Hong Kong", "Asia/Hong_Kong"},
    {"Kuala Lumpur", "Asia/Kuala_Lumpur"},
    {"Pretoria", "Africa/Johannesburg"},
    {"Amsterdam", "Europe/Amsterdam"},
    {"Berlin", "Europe/Berlin"},
    {"Paris", "Europe/Paris"},
    {"Madrid", "Europe/Madrid"},
    {"Rome", "Europe/Rome"},
    {"Stockholm", "Europe/Stockholm"},
    {"Copenhagen", "Europe/Copenhagen"},
    {"Brussels", "Europe/Brussels"},
    {"Lisbon", "Europe/Lisbon"},
    {"Guam", "Pacific/Guam"},
}};

} // namespace

QString RailsTimeZones::toIana(const QString &label)
{
    const QString trimmed = label.trimmed();
    if (trimmed.isEmpty())
        return {};
    for (const auto &[rails, iana] : kLabels) {
        if (trimmed.compare(QLatin1String(rails), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(iana);
    }
    // Accounts with advanced time zone support may already give an IANA id.
    if (trimmed.contains(QLatin1Char('/')) && QTimeZone::isTimeZoneIdAvailable(trimmed.toUtf8()))
        return trimmed;
    return {};
}

} // namespace routiq
