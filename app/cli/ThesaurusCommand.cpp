#include "cli/CliCommand.h"
#include "core/library/Library.h"
#include "core/search/Thesaurus.h"

namespace {
// The abbreviations the search knows: "abbreviations" lists the list shipped with the program and the
// library's own, which the admin adds with "add-abbreviation" and removes with "remove-abbreviation".
class ThesaurusCommand : public CliCommand
{
public:
    enum class Action { List, Add, Remove };
    explicit ThesaurusCommand(Action action)
        : m_action(action)
    {
    }

    QString name() const override
    {
        return m_action == Action::List ? QStringLiteral("abbreviations")
            : m_action == Action::Add   ? QStringLiteral("add-abbreviation")
                                        : QStringLiteral("remove-abbreviation");
    }
    QString description() const override
    {
        switch (m_action) {
        case Action::List:
            return tr("List the abbreviations the search knows (the library's own first, then the built-in "
                      "list with sources).");
        case Action::Add:
            return tr(
                "Teach the search an abbreviation of this library: ABBREVIATION \"LONG FORM\" [SOURCE].");
        case Action::Remove:
            return tr("Remove the library's own long forms of ABBREVIATION.");
        }
        return {};
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        if (m_action == Action::List)
            return;
        parser.addPositionalArgument(QStringLiteral("ABBREVIATION"), tr("The short form, e.g. KVV."));
        if (m_action == Action::Add) {
            parser.addPositionalArgument(QStringLiteral("LONG FORM"),
                                         tr("The long form, e.g. \"Kreisverkehrsverbund\"."));
            parser.addPositionalArgument(QStringLiteral("SOURCE"),
                                         tr("Where the long form is documented (optional)."),
                                         QStringLiteral("[SOURCE]"));
        }
    }
    bool writes() const override { return m_action != Action::List; }

    int run(const QCommandLineParser &parser, Library &library) override
    {
        const QStringList args = parser.positionalArguments();
        QString error;
        switch (m_action) {
        case Action::Add:
            if (args.size() != 2 && args.size() != 3) {
                err() << tr(
                    "add-abbreviation: give the abbreviation, the long form and optionally the source.")
                      << '\n';
                return ExitCode::Usage;
            }
            if (!Thesaurus::addLibraryEntry(library.database(), { args.at(0), args.at(1), args.value(2) },
                                            &error)) {
                err() << tr("The abbreviation could not be added: %1").arg(printable(error)) << '\n';
                return ExitCode::Failure;
            }
            return ExitCode::Ok;
        case Action::Remove:
            if (args.size() != 1) {
                err() << tr("remove-abbreviation: give the abbreviation.") << '\n';
                return ExitCode::Usage;
            }
            if (!Thesaurus::removeLibraryEntry(library.database(), args.at(0), &error)) {
                err() << tr("The abbreviation could not be removed: %1").arg(printable(error)) << '\n';
                return ExitCode::Failure;
            }
            return ExitCode::Ok;
        case Action::List:
            break;
        }
        const QList<Thesaurus::Entry> own = Thesaurus::libraryEntries(library.database(), &error);
        if (!error.isEmpty()) {
            err() << tr("The library's abbreviations cannot be read: %1").arg(printable(error)) << '\n';
            return ExitCode::Failure;
        }
        for (const Thesaurus::Entry &entry : own)
            out() << QStringLiteral("%1\t%2\t%3\n")
                         .arg(printable(entry.abbreviation), printable(entry.longForm),
                              entry.source.isEmpty() ? tr("this library") : printable(entry.source));
        for (const Thesaurus::Entry &entry : Thesaurus::builtIn())
            out() << QStringLiteral("%1\t%2\t%3\n")
                         .arg(printable(entry.abbreviation), printable(entry.longForm),
                              printable(entry.source));
        return ExitCode::Ok;
    }

private:
    Action m_action;
};
} // namespace

std::unique_ptr<CliCommand> makeThesaurusCommand(int action)
{
    return std::make_unique<ThesaurusCommand>(ThesaurusCommand::Action(action));
}
