#pragma once

#include <QDialog>

class QTextBrowser;

// The query syntax with examples (F1, the "?" beside the search field). Not modal, so it can stay
// open while searching; clicking an example runs it.
class QueryHelpDialog : public QDialog
{
    Q_OBJECT

public:
    explicit QueryHelpDialog(QWidget *parent = nullptr);
    static QString helpHtml();

signals:
    void exampleChosen(const QString &query);

protected:
    void changeEvent(QEvent *event) override;

private:
    QTextBrowser *m_text;
};
