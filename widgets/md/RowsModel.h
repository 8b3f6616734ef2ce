#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QStringList>

#include <vector>

namespace ws::widgets {

// A small table of display texts for status-like views (feed health, large orders): the panel
// rebuilds the rows from each snapshot and the model reports only the cells that changed (a view
// repaints just those), so selection and scrolling survive 30 updates a second.
class RowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Cell
    {
        Cell() = default;
        Cell(QString t) : text(std::move(t)) {} // NOLINT: a plain text cell from a string
        Cell(QString t, QColor fg, QColor bg = {}, QString tip = {},
             Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter, bool isBold = false)
            : text(std::move(t)), foreground(fg), background(bg), toolTip(std::move(tip)), alignment(align),
              bold(isBold)
        {}
        QString text;
        QColor foreground; // invalid: the palette's
        QColor background;
        QString toolTip;
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
        bool bold = false;
        bool operator==(const Cell&) const = default;
    };
    using Row = std::vector<Cell>;

    using QAbstractTableModel::QAbstractTableModel;

    void setHeaders(const QStringList& headers);
    void setRows(std::vector<Row> rows);
    const std::vector<Row>& rows() const { return rows_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static Cell number(const QString& text, QColor foreground = {})
    {
        return Cell(text, foreground, {}, {}, Qt::AlignRight | Qt::AlignVCenter);
    }

private:
    QStringList headers_;
    std::vector<Row> rows_;
};

} // namespace ws::widgets
