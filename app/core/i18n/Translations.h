#pragma once

#include <QString>

// Installs the application's translations (embedded as :/i18n/srtoolbox_<lang>.qm) and Qt's own
// (qtbase_<lang> from the system). German is the first language; English is the source language.
namespace Translations {
// "de" or "en" from the system locale (anything not German falls back to English).
QString systemLanguage();
// "de", "en", or "" / "system" for the system language. Replaces previously installed translators.
bool install(const QString &language);
QString currentLanguage();
} // namespace Translations
