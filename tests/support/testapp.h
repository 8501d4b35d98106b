#pragma once

// Catch2 lists tests at build time by running each binary; a QApplication created in main()
// would abort there without a display and silently register no test. So tests create the
// application lazily, once per process, on first use.
namespace routiq::test {

void ensureCoreApp(); // a QCoreApplication, unless an application already exists
void ensureGuiApp();  // a QApplication (offscreen platform by default)

} // namespace routiq::test

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QString>

// Readable failure messages for Qt strings.
namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template <>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &b) { return '"' + b.toStdString() + '"'; }
};
} // namespace Catch
