#include "cli/CliCommand.h"
#include "core/library/Catalog.h"
#include "core/library/ContentStore.h"
#include "core/library/Library.h"
#include "core/templating/MunicipalityProfile.h"
#include "core/templating/TemplateFiller.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace {
// A filled copy of a template for the municipality (issue #14): the placeholders get the values of
// --set, else of the profile; the stored template is only read, so this works on a read-only
// library too.
class UseTemplateCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("use-template"); }
    QString description() const override
    {
        return tr("Write a filled copy of a template (DOCX, ODT): its placeholders get the municipality "
                  "profile's values or those given with --set.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("ID"),
                                     tr("The template's document id (see 'list' or 'search')."));
        parser.addOption(
            { QStringLiteral("to"), tr("Write the filled copy to this file."), QStringLiteral("FILE") });
        parser.addOption(
            { QStringLiteral("set"),
              tr("The value of a placeholder, by its name without brackets (Gemeinde for [Gemeinde]; "
                 "_1, _2 … for blanks); repeat for more. Wins over the profile."),
              QStringLiteral("NAME=VALUE") });
        parser.addOption({ QStringLiteral("profile"),
                           tr("Take the values from this profile file instead of your own profile and the "
                              "library's default."),
                           QStringLiteral("FILE") });
        parser.addOption(
            { QStringLiteral("dry-run"), tr("Only list the placeholders and the values they would get.") });
        parser.addOption({ QStringLiteral("replace"), tr("Replace the file given with --to if it exists.") });
    }

    int run(const QCommandLineParser &parser, Library &library) override
    {
        const QStringList args = parser.positionalArguments();
        bool ok = false;
        const qint64 id = args.value(0).toLongLong(&ok);
        if (args.size() != 1 || !ok || id <= 0) {
            err() << tr("use-template: give one document id (a whole number, see 'list').") << '\n';
            return ExitCode::Usage;
        }
        const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
        const QString target = parser.value(QStringLiteral("to"));
        if (!dryRun && target.isEmpty()) {
            err() << tr("use-template: name the file to write with --to FILE.") << '\n';
            return ExitCode::Usage;
        }
        // NAME=VALUE, NAME by placeholderKey: case and umlauts do not matter.
        QHash<QString, QString> given;
        QHash<QString, QString> givenNames; // key → NAME as typed, for the message about unknown ones
        for (const QString &assignment : parser.values(QStringLiteral("set"))) {
            const qsizetype equals = assignment.indexOf(u'=');
            if (equals <= 0) {
                err() << tr("use-template: --set needs NAME=VALUE, not \"%1\".").arg(printable(assignment))
                      << '\n';
                return ExitCode::Usage;
            }
            const QString name = assignment.left(equals).trimmed();
            const QString key = keyOf(name);
            given.insert(key, assignment.mid(equals + 1));
            givenNames.insert(key, name);
        }

        const std::optional<DocumentRecord> doc = library.catalog().document(id);
        if (!doc) {
            if (catalogReadFailed(library))
                return ExitCode::Failure;
            err() << tr("There is no document with the id %1.").arg(id) << '\n';
            return ExitCode::Failure;
        }
        QString error;
        MunicipalityProfile profile;
        if (parser.isSet(QStringLiteral("profile"))) {
            const QString path = parser.value(QStringLiteral("profile"));
            if (!QFileInfo(path).isFile()) {
                err() << tr("use-template: the profile %1 does not exist.")
                             .arg(printable(QDir::toNativeSeparators(path)))
                      << '\n';
                return ExitCode::Failure;
            }
            const auto loaded = ProfileStore::load(path, &error);
            if (!loaded) {
                err() << tr("use-template: %1").arg(printable(error)) << '\n';
                return ExitCode::Failure;
            }
            profile = *loaded;
        } else {
            profile = ProfileStore::effective(ProfileStore::userProfilePath(), library.catalog(), &error);
            if (!error.isEmpty())
                err() << tr("use-template: %1; the profile is left out.").arg(printable(error)) << '\n';
        }

        const QHash<QString, QString> declared = library.catalog().declaredPlaceholders(id);
        TemplateFiller filler(library.store().pathFor(doc->sha256), doc->filename);
        filler.setExtraStandInNames(profile.extraStandInNames);
        TemplateScan scan;
        if (!filler.scan(declared, &scan, &error)) {
            err() << tr("use-template: %1").arg(printable(error)) << '\n';
            return ExitCode::Failure;
        }
        if (!scan.fillable)
            err() << tr("use-template: %1 is no DOCX or ODT file; its fields cannot be filled, the copy is "
                        "written as it is.")
                         .arg(printable(doc->filename))
                  << '\n';

        QHash<QString, QString> values;
        QSet<QString> known;
        for (const Placeholder &p : std::as_const(scan.placeholders)) {
            known.insert(p.key);
            const QString proposed = p.proposedValue(profile);
            if (!proposed.isEmpty())
                values.insert(p.key, proposed);
        }
        for (const Placeholder &p : std::as_const(scan.inFields))
            known.insert(p.key);
        for (auto it = given.cbegin(); it != given.cend(); ++it) {
            values.insert(it.key(), it.value());
            if (!known.contains(it.key()))
                err() << tr("use-template: the template has no placeholder \"%1\".")
                             .arg(printable(givenNames.value(it.key())))
                      << '\n';
        }

        if (dryRun) {
            for (const Placeholder &p : std::as_const(scan.placeholders)) {
                const QString value = values.value(p.key);
                const QString source = given.contains(p.key) ? tr("--set")
                    : !value.isEmpty()                       ? tr("profile")
                                                             : tr("no value");
                // The sentence around the first occurrence tells the blanks (_1, _2 …) apart.
                out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                             .arg(printable(p.written), printable(value), source,
                                  printable(p.locations.join(QStringLiteral(", "))),
                                  printable(p.contexts.value(0)));
            }
            for (const Placeholder &p : std::as_const(scan.inFields))
                out() << QStringLiteral("%1\t\t%2\t%3\n")
                             .arg(printable(p.written), tr("inside a field code, not filled"),
                                  printable(p.locations.join(QStringLiteral(", "))));
            return ExitCode::Ok;
        }

        const QFileInfo targetInfo(target);
        if ((targetInfo.exists() || targetInfo.isSymLink()) && !parser.isSet(QStringLiteral("replace"))) {
            err() << tr("use-template: %1 exists already; --replace replaces it.")
                         .arg(printable(QDir::toNativeSeparators(target)))
                  << '\n';
            return ExitCode::Failure;
        }
        FillResult result;
        if (!filler.fill(declared, values, target, &result, &error)) {
            err() << tr("use-template: %1").arg(printable(error)) << '\n';
            return ExitCode::Failure;
        }
        for (const auto &[written, value] : std::as_const(result.replaced))
            out() << tr("replaced %1 by %2").arg(printable(written), printable(value)) << '\n';
        for (const Placeholder &p : std::as_const(result.left))
            out() << tr("left %1 (%2): %3")
                         .arg(printable(p.written), printable(p.locations.join(QStringLiteral(", "))),
                              printable(p.reason))
                  << '\n';
        out() << tr("Written: %1").arg(printable(QDir::toNativeSeparators(targetInfo.absoluteFilePath())))
              << '\n';
        return ExitCode::Ok;
    }

private:
    // Blanks are named by their number ("_1"); every other name as placeholderKey() folds it.
    static QString keyOf(const QString &name)
    {
        static const QRegularExpression blank(QStringLiteral("^_\\d+$"));
        return blank.match(name).hasMatch() ? name : placeholderKey(name);
    }
};
} // namespace

std::unique_ptr<CliCommand> makeUseTemplateCommand()
{
    return std::make_unique<UseTemplateCommand>();
}
