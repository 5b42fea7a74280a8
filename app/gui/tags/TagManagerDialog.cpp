#include "gui/tags/TagManagerDialog.h"

#include "core/library/Catalog.h"
#include "core/library/TagNames.h"
#include "gui/editing/EditCommands.h"
#include "gui/text/DisplayText.h"
#include "ui_TagManagerDialog.h"

#include <QColorDialog>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QUndoStack>

namespace {
constexpr int NameRole = Qt::UserRole + 1;
}

TagManagerDialog::TagManagerDialog(QUndoStack *undoStack, CatalogEditor *editor, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TagManagerDialog>())
    , m_undoStack(undoStack)
    , m_editor(editor)
{
    m_ui->setupUi(this);
    m_ui->tagTree->header()->setStretchLastSection(false);
    m_ui->tagTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_ui->newButton, &QPushButton::clicked, this, &TagManagerDialog::createTag);
    connect(m_ui->renameButton, &QPushButton::clicked, this, &TagManagerDialog::renameTag);
    connect(m_ui->mergeButton, &QPushButton::clicked, this, &TagManagerDialog::mergeTag);
    connect(m_ui->colorButton, &QPushButton::clicked, this, &TagManagerDialog::recolorTag);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &TagManagerDialog::deleteTag);
    connect(m_ui->undoButton, &QPushButton::clicked, m_undoStack, &QUndoStack::undo);
    connect(m_undoStack, &QUndoStack::canUndoChanged, m_ui->undoButton, &QPushButton::setEnabled);
    // The step's text, not its menu text (undoText() has "&" doubled), as rich text with the tag escaped.
    connect(m_undoStack, &QUndoStack::undoTextChanged, this, [this] {
        const int index = m_undoStack->index();
        m_ui->undoButton->setToolTip(index > 0 ? DisplayText::toolTip(m_undoStack->text(index - 1))
                                               : QString());
    });
    connect(m_ui->tagTree, &QTreeWidget::currentItemChanged, this, &TagManagerDialog::updateButtons);
    m_ui->undoButton->setEnabled(m_undoStack->canUndo());
    updateButtons();
}

TagManagerDialog::~TagManagerDialog() = default;

QIcon TagManagerDialog::colorIcon(const QString &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    if (QColor(color).isValid()) {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(color));
        painter.drawRoundedRect(QRectF(1, 1, 12, 12), 3, 3);
    }
    return QIcon(pixmap);
}

void TagManagerDialog::setTags(const QList<TagRecord> &tags)
{
    const QString selected = currentTag();
    m_tags = tags;
    m_ui->tagTree->clear();
    QHash<QString, QTreeWidgetItem *> nodes; // tag key of a path → its item
    QTreeWidgetItem *current = nullptr;
    for (const TagRecord &tag : tags) {
        // Parents first: "A/B" needs "A", whether or not "A" is a tag of its own.
        const QStringList parts = tag.name.split(QLatin1Char('/'));
        QTreeWidgetItem *parent = nullptr;
        QString path;
        for (int i = 0; i < parts.size(); ++i) {
            path += (i ? QStringLiteral("/") : QString()) + parts.at(i);
            const QString key = TagNames::key(path);
            QTreeWidgetItem *&node = nodes[key];
            if (!node) {
                const QStringList columns { DisplayText::elided(parts.at(i)) };
                node = parent ? new QTreeWidgetItem(parent, columns)
                              : new QTreeWidgetItem(m_ui->tagTree, columns);
                node->setToolTip(0, DisplayText::toolTip(path));
                node->setExpanded(true);
            }
            parent = node;
        }
        parent->setData(0, NameRole, tag.name);
        parent->setIcon(0, colorIcon(tag.color));
        parent->setText(1, QLocale().toString(tag.documentCount));
        parent->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        parent->setData(0, Qt::AccessibleTextRole, tr("%1, %n document(s)", nullptr, tag.documentCount).arg(tag.name));
        if (TagNames::key(tag.name) == TagNames::key(selected))
            current = parent;
    }
    if (current)
        m_ui->tagTree->setCurrentItem(current);
    updateButtons();
}

QString TagManagerDialog::currentTag() const
{
    const QTreeWidgetItem *item = m_ui->tagTree->currentItem();
    return item ? item->data(0, NameRole).toString() : QString();
}

QStringList TagManagerDialog::tagNames() const
{
    QStringList names;
    for (const TagRecord &tag : m_tags)
        names.append(tag.name);
    return names;
}

void TagManagerDialog::updateButtons()
{
    const bool hasTag = !currentTag().isEmpty();
    for (QPushButton *button : {m_ui->renameButton, m_ui->mergeButton, m_ui->colorButton, m_ui->deleteButton})
        button->setEnabled(hasTag);
}

void TagManagerDialog::createTag()
{
    const QString parent = currentTag();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New tag"), tr("Name (\"/\" nests a tag below another):"), QLineEdit::Normal,
                                               parent.isEmpty() ? QString() : parent + QLatin1Char('/'), &ok);
    if (!ok || TagNames::normalized(name).isEmpty())
        return;
    if (tagNames().contains(TagNames::normalized(name), Qt::CaseInsensitive)) {
        DisplayText::information(this, tr("New tag"),
                                 tr("The tag \"%1\" exists already.").arg(DisplayText::quoted(name)));
        return;
    }
    m_undoStack->push(new CreateTagCommand(m_editor, name, QString()));
}

void TagManagerDialog::renameTag()
{
    const QString from = currentTag();
    bool ok = false;
    const QString to = TagNames::normalized(QInputDialog::getText(
        this, tr("Rename tag"),
        DisplayText::richText(tr("New name for \"%1\":").arg(DisplayText::quoted(from))), QLineEdit::Normal,
        from, &ok));
    if (!ok || to.isEmpty() || to == from)
        return;
    const bool exists = TagNames::key(to) != TagNames::key(from) && tagNames().contains(to, Qt::CaseInsensitive);
    if (exists) {
        const auto answer
            = DisplayText::question(this, tr("Rename tag"),
                                    tr("A tag \"%1\" exists already. Merge \"%2\" into it?")
                                        .arg(DisplayText::quoted(to), DisplayText::quoted(from)));
        if (answer == QMessageBox::Yes)
            m_undoStack->push(new MergeTagCommand(m_editor, from, to));
        return;
    }
    m_undoStack->push(new RenameTagCommand(m_editor, from, to));
}

void TagManagerDialog::mergeTag()
{
    const QString from = currentTag();
    QStringList others = tagNames();
    others.removeAll(from);
    bool ok = false;
    const QString into = QInputDialog::getItem(
        this, tr("Merge tag"),
        DisplayText::richText(
            tr("Give every document of \"%1\" this tag and delete \"%1\":").arg(DisplayText::quoted(from))),
        others, 0, true, &ok);
    if (ok && !TagNames::normalized(into).isEmpty() && TagNames::key(into) != TagNames::key(from))
        m_undoStack->push(new MergeTagCommand(m_editor, from, into));
}

void TagManagerDialog::recolorTag()
{
    const QString name = currentTag();
    QColor initial;
    for (const TagRecord &tag : std::as_const(m_tags)) {
        if (tag.name == name)
            initial = QColor(tag.color);
    }
    const QColor color = QColorDialog::getColor(
        initial.isValid() ? initial : QColor(Qt::gray), this,
        DisplayText::windowTitle(tr("Color of \"%1\"").arg(DisplayText::quoted(name))));
    if (color.isValid())
        m_undoStack->push(new RecolorTagCommand(m_editor, name, color.name()));
}

void TagManagerDialog::deleteTag()
{
    const QString name = currentTag();
    int count = 0;
    for (const TagRecord &tag : std::as_const(m_tags)) {
        if (tag.name == name)
            count = tag.documentCount;
    }
    if (count > 0) {
        const auto answer = DisplayText::question(
            this, tr("Delete tag"),
            tr("Remove the tag \"%1\" from %n document(s) and delete it? (Ctrl+Z undoes it.)", nullptr, count)
                .arg(DisplayText::quoted(name)));
        if (answer != QMessageBox::Yes)
            return;
    }
    m_undoStack->push(new DeleteTagCommand(m_editor, name));
}
