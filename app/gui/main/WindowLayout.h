#pragma once

#include <QSize>

// The layout numbers of the main window and its panes, each defined once. The window is laid out
// for the smallest screen in the municipal offices, a 1366×768 laptop: there the filters, the
// results and the preview with its details fit side by side, and nothing (status bar, buttons under
// the details) lies below the screen's edge. Sizes that follow the font are computed from it where
// they are used; these are the pixels that do not.
namespace WindowLayout {

// --- The window on the screen (MainWindow)

// A window manager's frame and title bar around the window: not known before the window is shown,
// so room is left for it when the window is fitted to the screen.
constexpr QSize FrameAllowance(16, 48);
// The first window fills the screen up to this size: beyond it lines get too long to read (at
// 1920×1080 the form's 1280×800 left titles cut beside an empty third of the screen).
constexpr QSize FirstWindowMaximum(1800, 1100);
// The main splitter's first widths: filters, results, preview. Together 1350 px, within a 1366 px
// screen; a wider screen widens the results and the preview.
constexpr int FilterPaneWidth = 250;
constexpr int ResultPaneWidth = 600;
constexpr int PreviewPaneWidth = 500;
// A dialog as large as its content wants, but within the screen less the window manager's frame
// and the desktop's panel (UseTemplateDialog).
constexpr QSize DialogScreenMargin(60, 80);

// --- The preview (PreviewPane, PageThumbnails)

// The page thumbnails show from this width of the preview on; narrower (the preview's first 500 px
// on a 1366 px screen) the page needs the room.
constexpr int ThumbnailsFromWidth = 640;
// Beside the thumbnails' column: room for its vertical scroll bar.
constexpr int ThumbnailScrollBarRoom = 30;
constexpr int ThumbnailSpacing = 4;
constexpr int ThumbnailsToPageGap = 2;
// Between the page buttons and the hit buttons above the page.
constexpr int PageButtonGroupGap = 8;
// Fitting a page to the width leaves this much of the view free: the vertical scroll bar's room.
constexpr int FitWidthMargin = 24;

// --- The details below the preview (DetailsSplitter, PersonalNoteEdit)

// The details' share of the preview's height until the user moves the line (then it is remembered).
constexpr double DetailsShare = 0.3;
// The details area never shrinks below this many lines of text.
constexpr int DetailsMinimumLines = 3;
// Between the page view and the first detail.
constexpr int DetailsTopMargin = 4;
// The personal note shows this many lines; a longer note scrolls inside.
constexpr int NoteLines = 4;

// --- A search result's row (ResultItemDelegate, TagChips)

// Above and below the row's lines, and left and right of them.
constexpr int ResultPadding = 5;
// Between title, snippet and metadata.
constexpr int ResultLineGap = 2;
// A tag chip is this much taller than its text, and so is the metadata line that holds the chips.
constexpr int TagChipExtraHeight = 2;
// A chip's text plus this much: half of it left, half right of the text.
constexpr int TagChipPadding = 10;
// A chip's text is elided to the line's width less this.
constexpr int TagChipElideMargin = 16;
// Between two chips, and between the personal chips and the library's.
constexpr int TagChipGap = 5;
// Between the metadata and the first chip.
constexpr int MetadataToChipsGap = 12;

} // namespace WindowLayout
