#include "cli/CliCommand.h"
#include "core/library/Library.h"
#include "core/library/LibraryChecker.h"

namespace {
class CheckCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString description() const override
    {
        return tr("Verify the library: catalog integrity, every file present with the right hash, no orphan files.");
    }
    void addOptions(QCommandLineParser &) const override {}

    bool checksCatalog() const override { return true; }
    int run(const QCommandLineParser &, Library &library) override
    {
        const QList<CheckProblem> problems = LibraryChecker::check(library);
        for (const CheckProblem &p : problems)
            out() << LibraryChecker::kindName(p.kind) << ": " << printable(p.message) << '\n';
        const CatalogStats stats = library.catalog().stats();
        if (problems.isEmpty()) {
            out() << tr("The library %1 is consistent: %n document(s) checked.", nullptr,
                        int(stats.documents))
                         .arg(printable(library.path()))
                  << '\n';
            return ExitCode::Ok;
        }
        out() << tr("The library %1 has %n problem(s).", nullptr, int(problems.size()))
                     .arg(printable(library.path()))
              << '\n';
        return ExitCode::Failure;
    }
};
} // namespace

std::unique_ptr<CliCommand> makeCheckCommand()
{
    return std::make_unique<CheckCommand>();
}
