#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

#include <optional>

namespace routiq {

namespace {

ThemeMode g_mode = ThemeMode::System; // mirrors the application palette, which is global anyway
std::optional<QPalette> g_systemPalette;
QString g_systemStyle;

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf4, 0xf5, 0xf7));
    p.setColor(QPalette::WindowText, QColor(0x1d, 0x21, 0x27));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xee, 0xf0, 0xf3));
    p.setColor(QPalette::Text, QColor(0x1d, 0x21, 0x27));
    p.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x72, 0x80));
    p.setColor(QPalette::Button, QColor(0xfa, 0xfb, 0xfc));
    p.setColor(QPalette::ButtonText, QColor(0x1d, 0x21, 0x27));
    p.setColor(QPalette::Highlight, QColor(0x25, 0x63, 0xeb));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x1d, 0x21, 0x27));
    p.setColor(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0xc8, 0xcd, 0xd5));
    p.setColor(QPalette::Link, QColor(0x25, 0x63, 0xeb));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0xa0, 0xaa));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0xa0, 0xaa));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0xa0, 0xaa));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x17, 0x1a, 0x1f));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Base, QColor(0x22, 0x26, 0x2d));
    p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2f, 0x37));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa3, 0xaf));
    p.setColor(QPalette::Button, QColor(0x2a, 0x2f, 0x37));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Highlight, QColor(0x4f, 0x8c, 0xff));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::ToolTipText, QColor(0x17, 0x1a, 0x1f));
    p.setColor(QPalette::Mid, QColor(0x3a, 0x40, 0x4a));
    p.setColor(QPalette::Dark, QColor(0x10, 0x12, 0x16));
    p.setColor(QPalette::Light, QColor(0x3a, 0x40, 0x4a));
    p.setColor(QPalette::Link, QColor(0x7a, 0xa7, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6b, 0x72, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6b, 0x72, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6b, 0x72, 0x80));
    return p;
}

} // namespace

ThemeMode themeModeFromEnvironment()
{
    const QByteArray v = qgetenv("ROUTIQ_THEME").toLower();
    if (v == "dark")
        return ThemeMode::Dark;
    if (v == "light")
        return ThemeMode::Light;
    return ThemeMode::System;
}

void applyTheme(ThemeMode mode)
{
    if (!g_systemPalette) {
        g_systemPalette = QApplication::palette();
        g_systemStyle = QApplication::style() ? QApplication::style()->name() : QString();
    }
    g_mode = mode;
    if (mode == ThemeMode::System) {
        if (!g_systemStyle.isEmpty())
            QApplication::setStyle(QStyleFactory::create(g_systemStyle));
        QApplication::setPalette(*g_systemPalette);
        return;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(mode == ThemeMode::Dark ? darkPalette() : lightPalette());
}

ThemeMode currentThemeMode()
{
    return g_mode;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.45;
}

ThemeColors themeColors(const QPalette &palette)
{
    const bool dark = isDark(palette);
    ThemeColors c;
    c.good = dark ? QColor(0x5c, 0xd0, 0x8d) : QColor(0x1b, 0x7f, 0x3b);
    c.bad = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    c.live = dark ? QColor(0x3d, 0xd6, 0x7c) : QColor(0x1f, 0xa9, 0x5a);
    c.syncing = dark ? QColor(0x6e, 0xa8, 0xff) : QColor(0x25, 0x63, 0xeb);
    c.stale = dark ? QColor(0xf5, 0xb0, 0x3a) : QColor(0xd9, 0x8e, 0x04);
    c.offline = dark ? QColor(0x8b, 0x93, 0x9e) : QColor(0x80, 0x87, 0x91);
    c.error = dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc9, 0x2a, 0x2a);
    c.accent = dark ? QColor(0x6e, 0xa8, 0xff) : QColor(0x25, 0x63, 0xeb);
    c.series[0] = c.accent;
    c.series[1] = dark ? QColor(0xff, 0x9f, 0x5a) : QColor(0xe0, 0x6c, 0x00);
    c.series[2] = dark ? QColor(0xc0, 0x9b, 0xff) : QColor(0x8e, 0x5c, 0xd9);
    c.cardBackground = palette.color(QPalette::Base);
    c.cardBorder = dark ? QColor(0x33, 0x39, 0x42) : QColor(0xdd, 0xe1, 0xe7);
    c.riskLow = c.good;
    c.riskElevated = dark ? QColor(0xf5, 0xb0, 0x3a) : QColor(0x9a, 0x5b, 0x00);
    c.riskHigh = c.bad;
    c.gapBackground = dark ? QColor(0x1f, 0x33, 0x2a) : QColor(0xe8, 0xf5, 0xec);
    return c;
}

} // namespace routiq
