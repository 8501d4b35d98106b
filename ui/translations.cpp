#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace routiq {

QString installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("routiq"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
        return translator->language();
    }
    delete translator;
    return QStringLiteral("en");
}

} // namespace routiq
