#include "md/WatchlistPanel.h"

#include "core/AppCore.h"
#include "md/MdFormat.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ws::widgets {

namespace {

bool sameQuote(const md::Quote& a, const md::Quote& b)
{
    return a.last == b.last && a.prevClose == b.prevClose && a.open == b.open && a.high == b.high &&
           a.low == b.low && a.volume == b.volume && a.turnover == b.turnover && a.bid1 == b.bid1 &&
           a.ask1 == b.ask1 && a.bid1Qty == b.bid1Qty && a.ask1Qty == b.ask1Qty && a.timeMs == b.timeMs &&
           a.phase == b.phase && a.valid == b.valid;
}

bool isNumeric(int column)
{
    return column != WatchlistModel::Code && column != WatchlistModel::Name &&
           column != WatchlistModel::Status && column != WatchlistModel::Time;
}

// Repaints cells for what is shown only: a raw value that moved under an unchanged text is
// reported for SortRole alone, for the sorting proxy, and needs no repaint.
class WatchlistView : public QTableView
{
public:
    using QTableView::QTableView;

protected:
    void dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                     const QList<int>& roles) override
    {
        if (roles.size() == 1 && roles.front() == WatchlistModel::SortRole)
            return;
        QTableView::dataChanged(topLeft, bottomRight, roles);
    }
};

} // namespace

WatchlistModel::WatchlistModel(QObject* parent) : QAbstractTableModel(parent), fadeTimer_(new QTimer(this))
{
    clock_.start();
    fadeTimer_->setInterval(40);
    connect(fadeTimer_, &QTimer::timeout, this, &WatchlistModel::fade);
}

void WatchlistModel::update(const std::vector<md::Quote>& quotes)
{
    const qint64 now = clock_.elapsed();
    std::vector<const md::Quote*> added;
    for (const md::Quote& q : quotes) {
        const auto it = index_.find(q.security);
        if (it == index_.end()) {
            added.push_back(&q);
            continue;
        }
        Row& row = rows_[static_cast<std::size_t>(it->second)];
        if (sameQuote(row.quote, q))
            continue;
        if (q.last != row.quote.last && row.quote.last != 0 && q.last != 0) {
            row.flashDirection = q.last > row.quote.last ? 1 : -1;
            row.flashStart = now;
        }
        const md::Quote previous = row.quote;
        row.quote = q;
        if (refreshTexts(it->second, previous, false))
            ++rowsReported_;
    }
    if (!added.empty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        for (const md::Quote* q : added) {
            Row row;
            row.quote = *q;
            row.code = QString::fromStdString(md::securityCode(q->security));
            row.name = names_.value(row.code);
            for (int c = 0; c < ColumnCount; ++c)
                row.text[static_cast<std::size_t>(c)] = display(row, c);
            index_[q->security] = static_cast<int>(rows_.size());
            rows_.push_back(std::move(row));
        }
        endInsertRows();
    }
    if (flashingRows() > 0 && !fadeTimer_->isActive())
        fadeTimer_->start();
}

bool WatchlistModel::refreshTexts(int r, const md::Quote& previous, bool all)
{
    Row& row = rows_[static_cast<std::size_t>(r)];
    const md::Quote& q = row.quote;
    // The colours follow the prices against the previous close, the status follows validity.
    all = all || previous.prevClose != q.prevClose || previous.valid != q.valid;
    auto rawChanged = [&](int column) {
        switch (column) {
        case Last:
        case Change:
        case ChangePct:
            return previous.last != q.last;
        case Bid1:
            return previous.bid1 != q.bid1;
        case Ask1:
            return previous.ask1 != q.ask1;
        case Volume:
            return previous.volume != q.volume;
        case Turnover:
            return previous.turnover != q.turnover;
        case High:
            return previous.high != q.high;
        case Low:
            return previous.low != q.low;
        case Time:
            return previous.timeMs != q.timeMs;
        case Status:
            return previous.phase != q.phase;
        default:
            return false;
        }
    };
    bool any = false;
    for (int c = 0; c < ColumnCount; ++c) {
        if (!all && !rawChanged(c))
            continue;
        QString text = display(row, c);
        QString& shown = row.text[static_cast<std::size_t>(c)];
        const QModelIndex i = index(r, c);
        if (all || text != shown || (c == Last && row.flashStart >= 0)) {
            shown = std::move(text);
            Q_EMIT dataChanged(i, i);
            any = true;
        } else {
            // Same text: nothing to repaint, but a proxy sorting on this column reorders.
            Q_EMIT dataChanged(i, i, {SortRole});
        }
    }
    return any;
}

void WatchlistModel::fade()
{
    const qint64 now = clock_.elapsed();
    bool any = false;
    for (std::size_t r = 0; r < rows_.size(); ++r) {
        Row& row = rows_[r];
        if (row.flashStart < 0)
            continue;
        if (now - row.flashStart >= kFlashMs)
            row.flashStart = -1; // one last repaint without the colour
        else
            any = true;
        const QModelIndex i = index(static_cast<int>(r), Last);
        Q_EMIT dataChanged(i, i, {Qt::BackgroundRole});
    }
    if (!any)
        fadeTimer_->stop();
}

int WatchlistModel::invalidCount() const
{
    return static_cast<int>(
        std::count_if(rows_.begin(), rows_.end(), [](const Row& r) { return !r.quote.valid; }));
}

int WatchlistModel::flashingRows() const
{
    const qint64 now = clock_.elapsed();
    return static_cast<int>(std::count_if(rows_.begin(), rows_.end(), [now](const Row& r) {
        return r.flashStart >= 0 && now - r.flashStart < kFlashMs;
    }));
}

void WatchlistModel::setNames(const QHash<QString, QString>& names)
{
    names_ = names;
    for (Row& r : rows_) {
        r.name = names_.value(r.code);
        r.text[Name] = r.name;
    }
    if (!rows_.empty())
        Q_EMIT dataChanged(index(0, Name), index(rowCount() - 1, Name));
}

int WatchlistModel::rowOf(const QString& code) const
{
    const auto it = index_.find(md::securityKey(code.toStdString()));
    return it == index_.end() ? -1 : it->second;
}

void WatchlistModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    for (Row& r : rows_)
        for (int c = 0; c < ColumnCount; ++c)
            r.text[static_cast<std::size_t>(c)] = display(r, c);
    if (!rows_.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int WatchlistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int WatchlistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WatchlistModel::display(const Row& r, int column) const
{
    const md::Quote& q = r.quote;
    switch (column) {
    case Code:
        return r.code;
    case Name:
        return r.name;
    case Last:
        return mdfmt::price(q.last);
    case Change:
        return mdfmt::change(q.last, q.prevClose);
    case ChangePct:
        return mdfmt::changePercent(q.last, q.prevClose);
    case Bid1:
        return mdfmt::price(q.bid1);
    case Ask1:
        return mdfmt::price(q.ask1);
    case Volume:
        return mdfmt::lotsText(q.volume);
    case Turnover:
        return mdfmt::amountText(q.turnover);
    case High:
        return mdfmt::price(q.high);
    case Low:
        return mdfmt::price(q.low);
    case Time:
        return q.timeMs > 0 ? mdfmt::clock(q.timeMs) : QString();
    case Status:
        if (!q.valid)
            return tr("Book invalid");
        switch (q.phase) {
        case 'S':
            return tr("Start-up");
        case 'O':
            return tr("Opening auction");
        case 'B':
            return tr("Break");
        case 'T':
            return tr("Continuous");
        case 'C':
            return tr("Closing auction");
        case 'E':
            return tr("Closed");
        default:
            return QString();
        }
    default:
        return {};
    }
}

QVariant WatchlistModel::sortValue(const Row& r, int column) const
{
    const md::Quote& q = r.quote;
    switch (column) {
    case Code:
        return r.code;
    case Name:
        return r.name;
    case Last:
        return static_cast<qlonglong>(q.last);
    case Change:
        return static_cast<qlonglong>(q.last && q.prevClose ? q.last - q.prevClose : 0);
    case ChangePct:
        return mdfmt::changeRatio(q.last, q.prevClose);
    case Bid1:
        return static_cast<qlonglong>(q.bid1);
    case Ask1:
        return static_cast<qlonglong>(q.ask1);
    case Volume:
        return static_cast<qlonglong>(q.volume);
    case Turnover:
        return static_cast<qlonglong>(q.turnover);
    case High:
        return static_cast<qlonglong>(q.high);
    case Low:
        return static_cast<qlonglong>(q.low);
    case Time:
        return q.timeMs;
    case Status:
        return display(r, Status);
    default:
        return {};
    }
}

QVariant WatchlistModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& r = rows_[static_cast<std::size_t>(index.row())];
    const md::Quote& q = r.quote;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return r.text[static_cast<std::size_t>(column)];
    case SortRole:
        return sortValue(r, column);
    case CodeRole:
        return r.code;
    case ValidRole:
        return q.valid;
    case FlashRole:
        return r.flashStart >= 0 ? r.flashDirection : 0;
    case Qt::TextAlignmentRole:
        return (isNumeric(column) ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter)
            .toInt();
    case Qt::ForegroundRole: {
        const QPalette palette;
        switch (column) {
        case Last:
        case Change:
        case ChangePct:
            return q.last ? mdfmt::directionColor(static_cast<double>(q.last - q.prevClose), palette)
                          : QVariant();
        case Bid1:
            return q.bid1 ? mdfmt::directionColor(static_cast<double>(q.bid1 - q.prevClose), palette)
                          : QVariant();
        case Ask1:
            return q.ask1 ? mdfmt::directionColor(static_cast<double>(q.ask1 - q.prevClose), palette)
                          : QVariant();
        case High:
            return q.high ? mdfmt::directionColor(static_cast<double>(q.high - q.prevClose), palette)
                          : QVariant();
        case Low:
            return q.low ? mdfmt::directionColor(static_cast<double>(q.low - q.prevClose), palette)
                         : QVariant();
        case Status:
            return q.valid ? QVariant() : QColor(0xE0, 0x7B, 0x00);
        default:
            return {};
        }
    }
    case Qt::BackgroundRole: {
        if (column == Status && !q.valid)
            return QColor(0xFF, 0xA0, 0x00, 50);
        if (column != Last || r.flashStart < 0)
            return {};
        const qint64 age = clock_.elapsed() - r.flashStart;
        if (age >= kFlashMs)
            return {};
        QColor c = r.flashDirection > 0 ? mdfmt::upColor() : mdfmt::downColor();
        c.setAlpha(static_cast<int>(170 * (1.0 - static_cast<double>(age) / kFlashMs)));
        return c;
    }
    case Qt::ToolTipRole:
        if (!q.valid)
            return tr("The channel of this security lost data: its book is incomplete until the channel "
                      "recovers");
        return {};
    default:
        return {};
    }
}

QVariant WatchlistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return (isNumeric(section) ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter)
            .toInt();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Last:
        return tr("Last");
    case Change:
        return tr("Change");
    case ChangePct:
        return tr("Change %");
    case Bid1:
        return tr("Bid");
    case Ask1:
        return tr("Ask");
    case Volume:
        return tr("Volume (lots)");
    case Turnover:
        return tr("Turnover");
    case High:
        return tr("High");
    case Low:
        return tr("Low");
    case Time:
        return tr("Time");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

WatchlistFilter::WatchlistFilter(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(WatchlistModel::SortRole);
    setDynamicSortFilter(true);
}

void WatchlistFilter::setText(const QString& text)
{
    text_ = text.trimmed();
    invalidateRowsFilter();
}

bool WatchlistFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (text_.isEmpty())
        return true;
    const QAbstractItemModel* m = sourceModel();
    return m->index(sourceRow, WatchlistModel::Code, sourceParent).data().toString().startsWith(text_) ||
           m->index(sourceRow, WatchlistModel::Name, sourceParent)
               .data()
               .toString()
               .contains(text_, Qt::CaseInsensitive);
}

WatchlistPanel::WatchlistPanel(core::AppCore& core, QWidget* parent)
    : MdPanel(core, parent), model_(new WatchlistModel(this)), filter_(new WatchlistFilter(this)),
      view_(new WatchlistView(this)), filterEdit_(new QLineEdit(this)), summary_(new QLabel(this)),
      hint_(new QLabel(this))
{
    model_->setNames(securityNames());
    filter_->setSourceModel(model_);
    view_->setObjectName(QStringLiteral("watchlistView"));
    view_->setModel(filter_);
    view_->setItemDelegate(new TextCellDelegate(view_));
    view_->setSortingEnabled(true);
    view_->sortByColumn(WatchlistModel::Code, Qt::AscendingOrder);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->verticalHeader()->hide();
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 6);
    view_->horizontalHeader()->setStretchLastSection(true);
    view_->setWordWrap(false);
    filterEdit_->setClearButtonEnabled(true);
    filterEdit_->setMinimumWidth(120);
    hint_->setWordWrap(true);
    hint_->setObjectName(QStringLiteral("noDataHint"));

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(createLinkButton());
    bar->addWidget(filterEdit_, 1);
    bar->addWidget(summary_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(hint_);
    layout->addWidget(view_, 1);

    connect(filterEdit_, &QLineEdit::textChanged, filter_, &WatchlistFilter::setText);
    // A click or Enter / double click makes the row the link group's current security.
    connect(view_, &QTableView::clicked, this, &WatchlistPanel::publish);
    connect(view_, &QTableView::activated, this, &WatchlistPanel::publish);
    connect(model_, &QAbstractItemModel::rowsInserted, this, &WatchlistPanel::updateSummary);
    connect(&core, &core::AppCore::demoDataReady, this, [this] { model_->setNames(securityNames()); });

    fitColumnsToFirstRows(view_);
    retranslate();
    refreshNow();
}

void WatchlistPanel::retranslate()
{
    filterEdit_->setPlaceholderText(tr("Filter by code or name"));
    hint_->setText(tr("No market data yet. Connect a feed or start the demo feed in the Feed health "
                      "panel."));
    view_->setToolTip(tr("Click a row, or press Enter, to follow that security in the linked panels"));
    model_->retranslate();
    updateSummary();
}

void WatchlistPanel::onSnapshot(const md::MarketSnapshot& snapshot)
{
    model_->update(snapshot.quotes);
    updateSummary();
}

void WatchlistPanel::updateSummary()
{
    hint_->setVisible(model_->rowCount() == 0);
    const int invalid = model_->invalidCount();
    QString text = tr("%n security(ies)", nullptr, model_->rowCount());
    if (invalid > 0)
        text += QStringLiteral(" · ") + tr("%n book(s) invalid", nullptr, invalid);
    setLabelText(summary_, text);
}

void WatchlistPanel::publish(const QModelIndex& proxyIndex)
{
    if (following_ || !proxyIndex.isValid())
        return;
    const QString code = proxyIndex.data(WatchlistModel::CodeRole).toString();
    if (linkGroup() == selection::LinkGroup::None)
        setCode(code);
    else
        core().selection().setSecurity(linkGroup(), {code, QStringLiteral("SZSE")});
}

void WatchlistPanel::onCodeChanged()
{
    // Show the group's security as the current row, without publishing it again.
    const int row = model_->rowOf(code());
    if (row < 0)
        return;
    const QModelIndex proxy = filter_->mapFromSource(model_->index(row, WatchlistModel::Code));
    if (!proxy.isValid())
        return;
    following_ = true;
    view_->setCurrentIndex(proxy);
    view_->scrollTo(proxy);
    following_ = false;
}

} // namespace ws::widgets
