#pragma once

#include <QColor>
#include <QString>

class QPalette;

namespace routiq {

// Light and dark appearance. By default Routiq follows the system palette; ROUTIQ_THEME=light
// or =dark (or applyTheme) forces one, e.g. for screenshots. Widgets read colours from the
// palette and the semantic colours below, and repaint on QEvent::PaletteChange.
enum class ThemeMode
{
    System,
    Light,
    Dark
};

// ROUTIQ_THEME=light|dark|system (anything else: System).
ThemeMode themeModeFromEnvironment();
// Installs the palette for `mode` on the running QApplication (Fusion style when forced).
void applyTheme(ThemeMode mode);
ThemeMode currentThemeMode();

bool isDark(const QPalette &palette);

// Semantic colours that stay readable on the given palette.
struct ThemeColors
{
    QColor good;      // a change in the right direction
    QColor bad;       // a change in the wrong direction (e.g. more missed appointments)
    QColor live;      // indicator: live
    QColor syncing;   // indicator: loading history
    QColor stale;     // indicator: amber
    QColor offline;   // indicator: grey
    QColor error;     // indicator / banner: sign-in rejected
    QColor accent;    // charts and heat map
    QColor series[3]; // bookings, missed, cancelled
    QColor cardBackground;
    QColor cardBorder;
    // No-show risk bands (text and badge outline); each readable on Base.
    QColor riskLow;
    QColor riskElevated;
    QColor riskHigh;
    QColor gapBackground; // free time on the Today board
};
ThemeColors themeColors(const QPalette &palette);

} // namespace routiq
