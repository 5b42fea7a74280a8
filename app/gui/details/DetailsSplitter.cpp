#include "gui/details/DetailsSplitter.h"

#include "gui/main/WindowLayout.h"
#include "gui/settings/AppSettings.h"

#include <QLayout>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {
QString settingsKey()
{
    return QStringLiteral("detailsSplitter");
}
} // namespace

DetailsSplitter::DetailsSplitter(QWidget *preview, QWidget *parent)
    : QSplitter(Qt::Vertical, parent)
    , m_area(new QScrollArea(this))
    , m_details(new QVBoxLayout)
{
    setObjectName(QStringLiteral("detailsSplitter"));
    if (QLayout *layout = preview->parentWidget() ? preview->parentWidget()->layout() : nullptr)
        delete layout->replaceWidget(preview, this);
    addWidget(preview);
    auto *content = new QWidget(m_area);
    content->setLayout(m_details);
    m_details->setContentsMargins(0, WindowLayout::DetailsTopMargin, 0, 0);
    m_details->addStretch(1); // the details at the top of a tall area
    m_area->setObjectName(QStringLiteral("detailsArea"));
    m_area->setWidget(content);
    m_area->setWidgetResizable(true);
    m_area->setFrameShape(QFrame::NoFrame);
    // Wrapped and elided, never wider than the pane: no horizontal scroll bar.
    m_area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_area->setMinimumHeight(fontMetrics().height() * WindowLayout::DetailsMinimumLines);
    m_area->setFocusPolicy(Qt::NoFocus); // its contents take the focus, and scroll into view then
    addWidget(m_area);
    setChildrenCollapsible(false);
    setStretchFactor(0, 1); // a taller window is a taller page
    setStretchFactor(1, 0);
    connect(this, &QSplitter::splitterMoved, this,
            [this] { AppSettings::setWindowValue(settingsKey(), saveState()); });
}

void DetailsSplitter::addDetail(QWidget *widget)
{
    if (QWidget *parent = widget->parentWidget(); parent && parent->layout())
        parent->layout()->removeWidget(widget);
    m_details->insertWidget(m_details->count() - 1, widget);
}

void DetailsSplitter::showEvent(QShowEvent *event)
{
    QSplitter::showEvent(event);
    if (m_sized)
        return;
    m_sized = true;
    if (restoreState(AppSettings::windowValue(settingsKey())))
        return;
    const int total = height() - handleWidth();
    const int details = int(total * DetailsShare);
    setSizes({ total - details, details });
}
