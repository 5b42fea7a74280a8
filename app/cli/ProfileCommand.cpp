#include "cli/CliCommand.h"
#include "core/library/Library.h"
#include "core/templating/MunicipalityProfile.h"

#include <QFile>

namespace {
// The municipality profile templates are filled from (issue #14): "show" prints the values in
// effect (the user's own over the library's default) and where each comes from; "set-default FILE"
// stores a profile file as the library's default, which the library's admin sets for all staff;
// "clear-default" removes it.
class ProfileCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("profile"); }
    QString description() const override
    {
        return tr(
            "The municipality profile templates are filled from: show | set-default FILE | clear-default.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(
            QStringLiteral("ACTION"),
            tr("show (the values in effect and where they come from), set-default FILE "
               "(store a profile file as the library's default for all staff) or "
               "clear-default"));
        parser.addPositionalArgument(
            QStringLiteral("FILE"), tr("A profile file (JSON, as the program saves it in your data folder)."),
            QStringLiteral("[FILE]"));
    }
    bool writes(const QCommandLineParser &parser) const override
    {
        return parser.positionalArguments().value(0) != QLatin1String("show");
    }

    int run(const QCommandLineParser &parser, Library &library) override
    {
        const QStringList args = parser.positionalArguments();
        const QString action = args.value(0);
        if (action == QLatin1String("show") && args.size() == 1)
            return show(library);
        if (action == QLatin1String("set-default") && args.size() == 2)
            return setDefault(library, args.at(1));
        if (action == QLatin1String("clear-default") && args.size() == 1)
            return clearDefault(library);
        err() << tr("profile: give show, set-default FILE or clear-default.") << '\n';
        return ExitCode::Usage;
    }

private:
    static int show(Library &library)
    {
        QString error;
        const QString userPath = ProfileStore::userProfilePath();
        const auto mine = ProfileStore::load(userPath, &error);
        if (!mine) {
            err() << printable(error) << '\n';
            return ExitCode::Failure;
        }
        const auto libraryDefault = ProfileStore::loadLibraryDefault(library.catalog(), &error);
        if (!libraryDefault) {
            err() << printable(error) << '\n';
            return ExitCode::Failure;
        }
        out() << tr("Your profile: %1").arg(printable(userPath)) << '\n';
        for (const auto field : MunicipalityProfile::fields()) {
            const QString own = mine->value(field).trimmed();
            const QString shared = libraryDefault->value(field).trimmed();
            const QString source = !own.isEmpty() ? tr("your profile")
                : !shared.isEmpty()               ? tr("library default")
                                                  : tr("not set");
            out() << QStringLiteral("%1\t%2\t%3\n")
                         .arg(MunicipalityProfile::key(field), printable(own.isEmpty() ? shared : own),
                              source);
        }
        const QStringList names = mine->over(*libraryDefault).extraStandInNames;
        if (!names.isEmpty())
            out() << QStringLiteral("standInNames\t%1\n").arg(printable(names.join(QStringLiteral(", "))));
        return ExitCode::Ok;
    }

    static int setDefault(Library &library, const QString &path)
    {
        QString error;
        if (!QFile::exists(path)) {
            err() << tr("There is no profile file %1.").arg(printable(path)) << '\n';
            return ExitCode::Failure;
        }
        const auto profile = ProfileStore::load(path, &error);
        if (!profile) {
            err() << printable(error) << '\n';
            return ExitCode::Failure;
        }
        if (profile->isEmpty()) {
            err() << tr("The profile file %1 holds no values; use clear-default to remove the library's "
                        "default.")
                         .arg(printable(path))
                  << '\n';
            return ExitCode::Failure;
        }
        if (!ProfileStore::saveLibraryDefault(library, *profile, &error)) {
            err() << printable(error) << '\n';
            return ExitCode::Failure;
        }
        out() << tr("The library's default municipality profile is now the one of %1.").arg(printable(path))
              << '\n';
        return ExitCode::Ok;
    }

    static int clearDefault(Library &library)
    {
        QString error;
        if (!ProfileStore::saveLibraryDefault(library, MunicipalityProfile(), &error)) {
            err() << printable(error) << '\n';
            return ExitCode::Failure;
        }
        out() << tr("The library has no default municipality profile now.") << '\n';
        return ExitCode::Ok;
    }
};
} // namespace

std::unique_ptr<CliCommand> makeProfileCommand()
{
    return std::make_unique<ProfileCommand>();
}
