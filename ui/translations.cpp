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
        // An explicit choice (--lang de) means German numbers and dates too, not only words.
        if (!language.isEmpty())
            QLocale::setDefault(QLocale(translator->language()));
        return translator->language();
    }
    delete translator;
    return QStringLiteral("en");
}

} // namespace routiq
