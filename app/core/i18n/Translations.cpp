#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace {
std::unique_ptr<QTranslator> g_app;
std::unique_ptr<QTranslator> g_qt;
QString g_language;
} // namespace

QString Translations::systemLanguage()
{
    return QLocale().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
}

QString Translations::currentLanguage()
{
    return g_language;
}

bool Translations::install(const QString &language)
{
    const QString lang = (language.isEmpty() || language == QLatin1String("system")) ? systemLanguage() : language;
    for (auto *translator : {&g_app, &g_qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(translator->get());
            translator->reset();
        }
    }
    g_language = lang;
    // Numbers and dates follow the chosen language too.
    QLocale::setDefault(QLocale(lang == QLatin1String("de") ? QLocale::German : QLocale::English,
                                lang == QLatin1String("de") ? QLocale::Germany : QLocale::UnitedStates));
    g_app = std::make_unique<QTranslator>();
    const bool ok = g_app->load(QStringLiteral(":/i18n/srtoolbox_%1.qm").arg(lang));
    if (ok)
        QCoreApplication::installTranslator(g_app.get());
    g_qt = std::make_unique<QTranslator>();
    if (g_qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qt.get());
    return ok;
}
