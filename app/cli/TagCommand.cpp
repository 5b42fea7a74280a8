#include "cli/CliCommand.h"
#include "core/library/Library.h"
#include "core/library/PersonalMarksFile.h"
#include "core/library/PersonalOverlay.h"

#include <QFileInfo>
#include <QLocale>

namespace {
// The documents named by ids, or nothing and a message naming the first unknown one.
bool resolve(Library &library, const QStringList &ids, QList<DocumentRecord> *documents)
{
    for (const QString &text : ids) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        const std::optional<DocumentRecord> document = ok ? library.catalog().document(id) : std::nullopt;
        if (!document) {
            CliCommand::err() << CliCommand::tr(
                                     "There is no document with the id \"%1\" (see 'list' or 'search').")
                                     .arg(CliCommand::printable(text))
                              << '\n';
            return false;
        }
        documents->append(*document);
    }
    return true;
}

QStringList shas(const QList<DocumentRecord> &documents)
{
    QStringList result;
    for (const DocumentRecord &d : documents)
        result.append(d.sha256);
    return result;
}

QList<qint64> ids(const QList<DocumentRecord> &documents)
{
    QList<qint64> result;
    for (const DocumentRecord &d : documents)
        result.append(d.id);
    return result;
}

bool openPersonal(PersonalOverlay *overlay)
{
    QString error;
    if (overlay->open(PersonalOverlay::defaultPath(), &error))
        return true;
    CliCommand::err() << CliCommand::printable(error) << '\n';
    return false;
}

// tag add|remove [--personal] ID... TAG, tag list [--personal] [ID...]: the library's tags (an
// admin's scripts) or, with --personal, the user's own, which never change the library.
class TagCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("tag"); }
    QString description() const override
    {
        return tr("Add, remove or list tags of documents (--personal: your own).");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption(
            { QStringLiteral("personal"),
              tr("Your own tags, kept in your user folder (also on a read-only or published library).") });
        parser.addPositionalArgument(QStringLiteral("ACTION"), tr("add, remove or list"));
        parser.addPositionalArgument(QStringLiteral("ID"),
                                     tr("Ids of the documents (see 'list' or 'search')."),
                                     QStringLiteral("ID..."));
        parser.addPositionalArgument(QStringLiteral("TAG"),
                                     tr("The tag (add, remove); \"/\" nests: Förderung/Bund."));
    }
    bool writes(const QCommandLineParser &parser) const override
    {
        const QString action = parser.positionalArguments().value(0);
        return !parser.isSet(QStringLiteral("personal"))
            && (action == QLatin1String("add") || action == QLatin1String("remove"));
    }

    int run(const QCommandLineParser &parser, Library &library) override
    {
        QStringList args = parser.positionalArguments();
        const QString action = args.isEmpty() ? QString() : args.takeFirst();
        const bool personal = parser.isSet(QStringLiteral("personal"));
        PersonalOverlay overlay;
        if (action == QLatin1String("list"))
            return list(library, args, personal);
        if ((action != QLatin1String("add") && action != QLatin1String("remove")) || args.size() < 2) {
            err() << tr("Write: tag add|remove [--personal] ID... TAG, or tag list [--personal] [ID...]")
                  << '\n';
            return ExitCode::Usage;
        }
        const QString tag = args.takeLast();
        QList<DocumentRecord> documents;
        if (!resolve(library, args, &documents))
            return ExitCode::Failure;
        QString error;
        bool ok = false;
        if (personal) {
            if (!openPersonal(&overlay))
                return ExitCode::Failure;
            ok = action == QLatin1String("add") ? overlay.addTag(shas(documents), tag, &error)
                                                : overlay.removeTag(shas(documents), tag, &error);
        } else {
            ok = action == QLatin1String("add") ? library.catalog().addTag(ids(documents), tag)
                                                : library.catalog().removeTag(ids(documents), tag);
            error = library.database().lastError();
        }
        if (!ok) {
            err() << tr("Cannot change the tag \"%1\": %2").arg(printable(tag), printable(error)) << '\n';
            return ExitCode::Failure;
        }
        return ExitCode::Ok;
    }

private:
    int list(Library &library, const QStringList &args, bool personalOnly)
    {
        PersonalOverlay overlay;
        const bool hasPersonal = openPersonal(&overlay);
        if (args.isEmpty()) {
            // Every tag with its number of documents; the user's own marked as such.
            const QLocale locale;
            if (!personalOnly) {
                for (const TagRecord &tag : library.catalog().tags())
                    out() << printable(tag.name) << '\t' << locale.toString(tag.documentCount) << '\n';
            }
            const QHash<QString, int> counts = hasPersonal ? overlay.tagCounts() : QHash<QString, int>();
            QStringList names = counts.keys();
            names.sort(Qt::CaseInsensitive);
            for (const QString &name : std::as_const(names))
                out() << printable(name) << '\t' << locale.toString(counts.value(name)) << '\t'
                      << tr("(personal)") << '\n';
            return catalogReadFailed(library) ? ExitCode::Failure : ExitCode::Ok;
        }
        QList<DocumentRecord> documents;
        if (!resolve(library, args, &documents))
            return ExitCode::Failure;
        for (const DocumentRecord &d : std::as_const(documents)) {
            const QStringList own = hasPersonal ? overlay.tags(d.sha256) : QStringList();
            out() << d.id << '\t' << printable(d.title) << '\t'
                  << (personalOnly ? QString() : printable(d.tags.join(QStringLiteral(", ")))) << '\t'
                  << printable(own.join(QStringLiteral(", "))) << '\n';
        }
        return ExitCode::Ok;
    }
};

// favorites add|remove ID..., favorites list: the user's Merkliste, kept by SHA-256 in the user's
// folder, so it follows the documents into every version and library.
class FavoritesCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("favorites"); }
    QString description() const override { return tr("Add, remove or list your favourites (Merkliste)."); }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("ACTION"), tr("add, remove or list"));
        parser.addPositionalArgument(QStringLiteral("ID"),
                                     tr("Ids of the documents (see 'list' or 'search')."),
                                     QStringLiteral("ID..."));
    }

    int run(const QCommandLineParser &parser, Library &library) override
    {
        QStringList args = parser.positionalArguments();
        const QString action = args.isEmpty() ? QString() : args.takeFirst();
        PersonalOverlay overlay;
        if (!openPersonal(&overlay))
            return ExitCode::Failure;
        if (action == QLatin1String("list")) {
            int elsewhere = 0;
            for (const QString &sha : overlay.favorites()) {
                const std::optional<DocumentRecord> d = library.catalog().documentBySha256(sha);
                if (!d) {
                    ++elsewhere;
                    continue;
                }
                out() << d->id << '\t' << printable(d->title) << '\t' << printable(d->filename) << '\n';
            }
            if (catalogReadFailed(library))
                return ExitCode::Failure;
            if (elsewhere > 0)
                err() << tr("%n favourite(s) not in this library.", nullptr, elsewhere) << '\n';
            return ExitCode::Ok;
        }
        if ((action != QLatin1String("add") && action != QLatin1String("remove")) || args.isEmpty()) {
            err() << tr("Write: favorites add|remove ID..., or favorites list") << '\n';
            return ExitCode::Usage;
        }
        QList<DocumentRecord> documents;
        if (!resolve(library, args, &documents))
            return ExitCode::Failure;
        QString error;
        if (!overlay.setFavorite(shas(documents), action == QLatin1String("add"), &error)) {
            err() << printable(error) << '\n';
            return ExitCode::Failure;
        }
        return ExitCode::Ok;
    }
};

// personal export FILE [--replace], personal import FILE: the user's favourites, own tags and notes
// as a file, to take them to another computer. Importing adds and never removes or overwrites.
class PersonalCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("personal"); }
    QString description() const override
    {
        return tr("Save your favourites, own tags and notes to a file, or add them from one.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption({ QStringLiteral("replace"), tr("Replace an existing file (export).") });
        parser.addPositionalArgument(QStringLiteral("ACTION"), tr("export or import"));
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("The file of personal marks (.json)."));
    }

    int run(const QCommandLineParser &parser, Library &library) override
    {
        const QStringList args = parser.positionalArguments();
        const QString action = args.value(0);
        if (args.size() != 2 || (action != QLatin1String("export") && action != QLatin1String("import"))) {
            err() << tr("Write: personal export FILE [--replace], or personal import FILE") << '\n';
            return ExitCode::Usage;
        }
        PersonalOverlay overlay;
        if (!openPersonal(&overlay))
            return ExitCode::Failure;
        const QString file = args.at(1);
        QString error;
        if (action == QLatin1String("export")) {
            if (QFileInfo(file).exists() && !parser.isSet(QStringLiteral("replace"))) {
                err() << tr("%1 exists already; add --replace to replace it.").arg(printable(file)) << '\n';
                return ExitCode::Failure;
            }
            const QList<DocumentMarks> marks = overlay.allMarks();
            const auto titleOf = [&library](const QString &sha) {
                const std::optional<DocumentRecord> d = library.catalog().documentBySha256(sha);
                return d ? d->title : QString();
            };
            if (!PersonalMarksFile::write(marks, titleOf, file, &error)) {
                err() << printable(error) << '\n';
                return ExitCode::Failure;
            }
            out() << tr("Saved the marks of %n document(s) to %1.", nullptr, int(marks.size()))
                         .arg(printable(file))
                  << '\n';
            return ExitCode::Ok;
        }
        QList<DocumentMarks> marks;
        QStringList warnings;
        PersonalMergeSummary summary;
        if (!PersonalMarksFile::read(file, &marks, &warnings, &error)
            || !overlay.merge(marks, &summary, &error)) {
            err() << printable(error) << '\n';
            return ExitCode::Failure;
        }
        for (const QString &warning : std::as_const(warnings))
            err() << printable(warning) << '\n';
        out() << tr("Read the marks of %n document(s):", nullptr, summary.documents) << ' '
              << tr("%n favourite(s) added,", nullptr, summary.favoritesAdded) << ' '
              << tr("%n tag(s) added,", nullptr, summary.tagsAdded) << ' '
              << tr("%n note(s) added,", nullptr, summary.notesAdded) << ' '
              << tr("%n note(s) appended to your own.", nullptr, summary.notesJoined) << '\n';
        return warnings.isEmpty() ? ExitCode::Ok : ExitCode::PartlyRejected;
    }
};
} // namespace

std::unique_ptr<CliCommand> makePersonalCommand()
{
    return std::make_unique<PersonalCommand>();
}

std::unique_ptr<CliCommand> makeTagCommand()
{
    return std::make_unique<TagCommand>();
}

std::unique_ptr<CliCommand> makeFavoritesCommand()
{
    return std::make_unique<FavoritesCommand>();
}
