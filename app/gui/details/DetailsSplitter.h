#pragma once

#include "gui/main/WindowLayout.h"

#include <QSplitter>

class QScrollArea;
class QVBoxLayout;

// The page view above, the selected document's details below in a scroll area of their own. Long
// details (a description, related documents, the note) scroll instead of squeezing the page view
// to a strip on a 1366×768 laptop; the line between them can be moved and is remembered.
class DetailsSplitter : public QSplitter
{
    Q_OBJECT

public:
    // The details' share of the height until the user moves the line.
    static constexpr double DetailsShare = WindowLayout::DetailsShare;

    // Takes preview's place in its parent's layout and shows it above the details.
    explicit DetailsSplitter(QWidget *preview, QWidget *parent = nullptr);

    // Moves widget (out of any layout) to the end of the details.
    void addDetail(QWidget *widget);
    QScrollArea *detailsArea() const { return m_area; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QScrollArea *m_area;
    QVBoxLayout *m_details;
    bool m_sized = false; // the first show: the remembered line, or DetailsShare
};
