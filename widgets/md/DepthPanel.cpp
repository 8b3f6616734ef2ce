#include "md/DepthPanel.h"

#include "core/AppCore.h"
#include "md/MarketDataHub.h"
#include "md/MdFormat.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <array>

namespace ws::widgets {

namespace {

// Row labels, asks worst first then bids best first.
constexpr std::array<const char*, 20> kLevelNames{
    QT_TRANSLATE_NOOP("ws::widgets::DepthModel", "Ask 10"),
    QT_TRANSLATE_NOOP("ws::widgets::DepthModel", "Ask 9"),
    QT_TRANSLATE_NOOP("ws::widgets::DepthModel", "Ask 8"),
    QT_TRANSLATE_NOOP("ws::widgets::DepthModel", "Ask 7"),
    QT_TRANSLATE_NOOP("ws::widgets::DepthModel", "Ask 6"),
    QT_TRANSLATE_NOOP("ws::widgets::DepthModel", "Ask 5"),
    QT_TRANSLATE_NOOP("ws::widgets::DepthModel", "Ask 4"),
    QT_TRANSLATE_NOOP("ws::widgets::DepthModel", "Ask 3"),
    QT_TRANSLATE_NOOP("ws::widgets::DepthModel", "Ask 2"),
    QT_TRANSLATE_NOOP("ws::widgets::DepthModel", "Ask 1"),
    QT_TRANSLATE_NOOP("ws::widgets::DepthModel", "Bid 1"),
    QT_TRANSLATE_NOOP("ws::widgets::DepthModel", "Bid 2"),
    QT_TRANSLATE_NOOP("ws::widgets::DepthModel", "Bid 3"),
    QT_TRANSLATE_NOOP("ws::widgets::DepthModel", "Bid 4"),
    QT_TRANSLATE_NOOP("ws::widgets::DepthModel", "Bid 5"),
    QT_TRANSLATE_NOOP("ws::widgets::DepthModel", "Bid 6"),
    QT_TRANSLATE_NOOP("ws::widgets::DepthModel", "Bid 7"),
    QT_TRANSLATE_NOOP("ws::widgets::DepthModel", "Bid 8"),
    QT_TRANSLATE_NOOP("ws::widgets::DepthModel", "Bid 9"),
    QT_TRANSLATE_NOOP("ws::widgets::DepthModel", "Bid 10"),
};

// Draws a size bar behind a cell's text (BarRole: 0..1 of the widest) and the line between the
// ask and the bid halves of the ladder.
class BarDelegate : public TextCellDelegate
{
public:
    BarDelegate(int barColumn, bool ladder, QObject* parent)
        : TextCellDelegate(parent), barColumn_(barColumn), ladder_(ladder)
    {}
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        if (barColumn_ < 0 || index.column() == barColumn_) {
            const double ratio = index.data(DepthModel::BarRole).toDouble();
            if (ratio > 0) {
                QColor c = index.data(DepthModel::SideRole).toInt() == static_cast<int>(md::Side::Buy)
                               ? mdfmt::upColor()
                               : mdfmt::downColor();
                c.setAlpha(55);
                QRect r = option.rect.adjusted(1, 2, -1, -2);
                r.setWidth(std::max(1, static_cast<int>(r.width() * std::min(1.0, ratio))));
                painter->fillRect(r, c);
            }
        }
        TextCellDelegate::paint(painter, option, index);
        if (ladder_ && index.row() == DepthModel::kLevels - 1) {
            painter->save();
            painter->setPen(QPen(option.palette.color(QPalette::Mid), 2));
            painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());
            painter->restore();
        }
    }

private:
    int barColumn_;
    bool ladder_;
};

} // namespace

void DepthModel::update(const std::vector<md::LadderLevel>& bids, const std::vector<md::LadderLevel>& asks,
                        std::int64_t prevClose)
{
    std::array<md::LadderLevel, kLevels> b{}, a{};
    std::int64_t maxQty = 0;
    for (std::size_t i = 0; i < kLevels; ++i) {
        if (i < bids.size())
            b[i] = bids[i];
        if (i < asks.size())
            a[i] = asks[i];
        maxQty = std::max({maxQty, b[i].qty, a[i].qty});
    }
    const bool rescaled = maxQty != maxQty_; // every bar's length changes with the widest
    const bool recoloured = prevClose != prevClose_;
    prevClose_ = prevClose;
    maxQty_ = maxQty;
    auto cell = [this](int row, int column) {
        const QModelIndex i = index(row, column);
        Q_EMIT dataChanged(i, i);
    };
    auto compare = [&](const md::LadderLevel& now, md::LadderLevel& shown, int row) {
        const bool shownChanged = (now.price != 0) != (shown.price != 0);
        if (now.price != shown.price || recoloured)
            cell(row, Price);
        if (now.qty != shown.qty || shownChanged || rescaled)
            cell(row, Volume);
        if (now.orders != shown.orders || shownChanged)
            cell(row, Orders);
        shown = now;
    };
    for (std::size_t i = 0; i < kLevels; ++i) {
        compare(b[i], bids_[i], kLevels + static_cast<int>(i));
        compare(a[i], asks_[i], kLevels - 1 - static_cast<int>(i));
    }
}

void DepthModel::clear()
{
    update({}, {}, 0);
}

void DepthModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    Q_EMIT dataChanged(index(0, Level), index(rowCount() - 1, Level));
}

md::LadderLevel DepthModel::levelAt(int row) const
{
    if (row < 0 || row >= 2 * kLevels)
        return {};
    return row < kLevels ? asks_[static_cast<std::size_t>(kLevels - 1 - row)]
                         : bids_[static_cast<std::size_t>(row - kLevels)];
}

int DepthModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 2 * kLevels;
}

int DepthModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DepthModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const md::LadderLevel l = levelAt(index.row());
    const bool ask = index.row() < kLevels;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Level:
            return tr(kLevelNames[static_cast<std::size_t>(index.row())]);
        case Price:
            return l.price ? mdfmt::price(l.price) : QStringLiteral("—");
        case Volume:
            return l.price ? mdfmt::lotsText(l.qty) : QString();
        case Orders:
            return l.price ? QString::number(l.orders) : QString();
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == Price && l.price && prevClose_)
            return mdfmt::directionColor(static_cast<double>(l.price - prevClose_), QPalette());
        if (index.column() == Level)
            return ask ? mdfmt::downColor() : mdfmt::upColor();
        return {};
    case Qt::TextAlignmentRole:
        return (index.column() == Level ? Qt::AlignLeft | Qt::AlignVCenter
                                        : Qt::AlignRight | Qt::AlignVCenter)
            .toInt();
    case BarRole:
        return maxQty_ > 0 && l.price ? static_cast<double>(l.qty) / static_cast<double>(maxQty_) : 0.0;
    case SideRole:
        return static_cast<int>(ask ? md::Side::Sell : md::Side::Buy);
    case RawPriceRole:
        return static_cast<qlonglong>(l.price);
    case RawQtyRole:
        return static_cast<qlonglong>(l.qty);
    default:
        return {};
    }
}

QVariant DepthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return (section == Level ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter)
            .toInt();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Level:
        return tr("Level");
    case Price:
        return tr("Price");
    case Volume:
        return tr("Volume (lots)");
    case Orders:
        return tr("Orders");
    default:
        return {};
    }
}

void QueueModel::update(const std::vector<std::int64_t>& queue)
{
    if (queue == queue_)
        return;
    const int oldRows = rows_;
    const int newRows = static_cast<int>((queue.size() + kColumns - 1) / kColumns);
    // Rows go or come at the end; the cells of the rows kept are compared one by one.
    if (newRows < oldRows) {
        beginRemoveRows({}, newRows, oldRows - 1);
        rows_ = newRows;
        endRemoveRows();
    }
    const std::vector<std::int64_t> old = std::exchange(queue_, queue);
    const std::int64_t maxQty = queue_.empty() ? 0 : *std::max_element(queue_.begin(), queue_.end());
    const bool rescaled = maxQty != maxQty_;
    maxQty_ = maxQty;
    const int kept = std::min(oldRows, newRows);
    if (rescaled && kept > 0) {
        Q_EMIT dataChanged(index(0, 0), index(kept - 1, kColumns - 1));
    } else {
        for (std::size_t i = 0; i < static_cast<std::size_t>(kept) * kColumns; ++i) {
            const bool was = i < old.size(), is = i < queue_.size();
            if (was != is || (is && old[i] != queue_[i])) {
                const QModelIndex c = index(static_cast<int>(i) / kColumns, static_cast<int>(i) % kColumns);
                Q_EMIT dataChanged(c, c);
            }
        }
    }
    if (newRows > oldRows) {
        beginInsertRows({}, oldRows, newRows - 1);
        rows_ = newRows;
        endInsertRows();
    }
}

int QueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : rows_;
}

int QueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kColumns;
}

QVariant QueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const std::size_t i = static_cast<std::size_t>(index.row() * kColumns + index.column());
    if (i >= queue_.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return mdfmt::lotsText(queue_[i]);
    case Qt::TextAlignmentRole:
        return (Qt::AlignRight | Qt::AlignVCenter).toInt();
    case Qt::ToolTipRole:
        return tr("Order %1 in the queue: %2 shares")
            .arg(i + 1)
            .arg(QLocale().toString(static_cast<qlonglong>(queue_[i] / 100)));
    case DepthModel::BarRole:
        return maxQty_ > 0 ? static_cast<double>(queue_[i]) / static_cast<double>(maxQty_) : 0.0;
    case DepthModel::SideRole:
        return static_cast<int>(side_);
    case DepthModel::RawQtyRole:
        return static_cast<qlonglong>(queue_[i]);
    default:
        return {};
    }
}

DepthPanel::DepthPanel(core::AppCore& core, QWidget* parent)
    : MdPanel(core, parent), model_(new DepthModel(this)), bidQueue_(new QueueModel(md::Side::Buy, this)),
      askQueue_(new QueueModel(md::Side::Sell, this)), view_(new QTableView(this)),
      bidQueueView_(makeQueueView(bidQueue_)), askQueueView_(makeQueueView(askQueue_)),
      title_(new QLabel(this)), lastLabel_(new LiveLabel(this)), stats_(new QWidget(this)),
      banner_(new QLabel(this)), auction_(new LiveLabel(this)), bidQueueTitle_(new LiveLabel(this)),
      askQueueTitle_(new LiveLabel(this)), placeholder_(new QLabel(this))
{
    QFont big = title_->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    title_->setFont(big);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    lastLabel_->setFont(big);
    lastLabel_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Open / high / low, previous close / volume / turnover, limits / order ratio: three rows of
    // name and value pairs, the values updated many times a second without a re-layout.
    auto* statsLayout = new QGridLayout(stats_);
    statsLayout->setContentsMargins(0, 0, 0, 0);
    statsLayout->setHorizontalSpacing(4);
    statsLayout->setVerticalSpacing(1);
    for (int i = 0; i < StatCount; ++i) {
        auto* name = new QLabel(stats_);
        auto* value = new LiveLabel(stats_);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setContentsMargins(0, 0, 10, 0);
        statsLayout->addWidget(name, i / 3, 2 * (i % 3));
        statsLayout->addWidget(value, i / 3, 2 * (i % 3) + 1);
        statNames_[static_cast<std::size_t>(i)] = name;
        statValues_[static_cast<std::size_t>(i)] = value;
    }
    statsLayout->setColumnStretch(6, 1);
    banner_->setObjectName(QStringLiteral("invalidBanner"));
    banner_->setWordWrap(true);
    banner_->setStyleSheet(QStringLiteral("QLabel { background: #c62828; color: white; font-weight: bold; "
                                          "border-radius: 3px; padding: 4px; }"));
    banner_->hide();
    auction_->setObjectName(QStringLiteral("auction"));
    auction_->setWordWrap(true);
    auction_->setBackground(QColor(0xFF, 0xF3, 0xCD), 3);
    auction_->setColor(QColor(0x5C, 0x45, 0x00));
    auction_->setContentsMargins(6, 3, 6, 3);
    auction_->hide();
    placeholder_->setWordWrap(true);
    placeholder_->setAlignment(Qt::AlignCenter);

    view_->setObjectName(QStringLiteral("ladderView"));
    view_->setModel(model_);
    view_->setItemDelegate(new BarDelegate(DepthModel::Volume, true, view_));
    view_->verticalHeader()->hide();
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 4);
    view_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    view_->horizontalHeader()->setSectionResizeMode(DepthModel::Level, QHeaderView::ResizeToContents);
    view_->setSelectionMode(QAbstractItemView::NoSelection);
    view_->setShowGrid(false);
    view_->setFocusPolicy(Qt::NoFocus);

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(createLinkButton());
    top->addWidget(title_, 1);
    top->addWidget(lastLabel_);

    auto* queues = new QWidget(this);
    auto* queueLayout = new QGridLayout(queues);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    queueLayout->addWidget(askQueueTitle_, 0, 0);
    queueLayout->addWidget(bidQueueTitle_, 0, 1);
    queueLayout->addWidget(askQueueView_, 1, 0);
    queueLayout->addWidget(bidQueueView_, 1, 1);

    // The ladder grows to its twenty rows and no further; the queues take the rest. In a short
    // dock the ladder scrolls.
    view_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view_->viewport()->installEventFilter(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(stats_);
    layout->addWidget(banner_);
    layout->addWidget(auction_);
    layout->addWidget(placeholder_);
    layout->addWidget(view_, 4);
    layout->addWidget(queues, 1);

    retranslate();
    refreshNow();
}

QTableView* DepthPanel::makeQueueView(QueueModel* model)
{
    auto* v = new QTableView(this);
    v->setModel(model);
    v->setItemDelegate(new BarDelegate(-1, false, v));
    v->horizontalHeader()->hide();
    v->verticalHeader()->hide();
    v->verticalHeader()->setDefaultSectionSize(v->fontMetrics().height() + 2);
    v->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    v->setSelectionMode(QAbstractItemView::NoSelection);
    v->setShowGrid(false);
    v->setFocusPolicy(Qt::NoFocus);
    v->setMinimumHeight(2 * (v->fontMetrics().height() + 2) + 2 * v->frameWidth());
    return v;
}

bool DepthPanel::eventFilter(QObject* watched, QEvent* event)
{
    // When the dock is too short for twenty rows, keep 卖一 / 买一 in the middle of the view.
    if (watched == view_->viewport() && event->type() == QEvent::Resize)
        view_->scrollTo(model_->index(DepthModel::kLevels, 0), QAbstractItemView::PositionAtCenter);
    return MdPanel::eventFilter(watched, event);
}

void DepthPanel::fitLadder()
{
    // The header's height depends on the language's font (CJK glyphs are taller).
    const int ladderHeight = view_->horizontalHeader()->sizeHint().height() +
                             2 * DepthModel::kLevels * view_->verticalHeader()->defaultSectionSize() +
                             2 * view_->frameWidth() + 2;
    view_->setMaximumHeight(ladderHeight);
    view_->setMinimumHeight(ladderHeight / 3);
}

void DepthPanel::retranslate()
{
    model_->retranslate();
    fitLadder();
    bidQueueTitle_->setToolTip(
        tr("Quantities (lots) of the orders queued at the best bid, in time priority"));
    askQueueTitle_->setToolTip(
        tr("Quantities (lots) of the orders queued at the best ask, in time priority"));
    const std::array<QString, StatCount> names{tr("Open"),       tr("High"),       tr("Low"),
                                               tr("Prev close"), tr("Volume"),     tr("Turnover"),
                                               tr("Limit up"),   tr("Limit down"), tr("Order ratio")};
    for (std::size_t i = 0; i < names.size(); ++i)
        statNames_[i]->setText(names[i]);
    stats_->setToolTip(tr("Order ratio (委比): bid size minus ask size over their sum, ten levels each"));
    refreshNow();
}

void DepthPanel::onCodeChanged()
{
    showFocus(nullptr, nullptr);
}

void DepthPanel::onSnapshot(const md::MarketSnapshot& snapshot)
{
    showFocus(focusOf(snapshot), &snapshot);
}

void DepthPanel::setStat(Stat stat, const QString& text, double direction)
{
    LiveLabel* value = statValues_[static_cast<std::size_t>(stat)];
    value->setText(text);
    value->setColor(direction > 0 ? mdfmt::upColor() : direction < 0 ? mdfmt::downColor() : QColor());
}

void DepthPanel::showFocus(const md::FocusView* f, const md::MarketSnapshot* snapshot)
{
    bidQueueTitle_->setText(
        tr("Queue at bid 1 (%n order(s))", nullptr, f ? static_cast<int>(f->bidQueue.size()) : 0));
    askQueueTitle_->setText(
        tr("Queue at ask 1 (%n order(s))", nullptr, f ? static_cast<int>(f->askQueue.size()) : 0));
    if (!f) {
        model_->clear();
        bidQueue_->update({});
        askQueue_->update({});
        setLabelText(title_, code().isEmpty() ? tr("Depth") : securityTitle(code()));
        lastLabel_->clear();
        for (int i = 0; i < StatCount; ++i)
            setStat(static_cast<Stat>(i), QString());
        stats_->hide();
        banner_->hide();
        auction_->hide();
        setLabelText(placeholder_,
                     code().isEmpty()
                         ? tr("Select a security (watchlist, securities master or Ctrl+K) to see "
                              "its depth.")
                         : tr("Waiting for market data of %1…").arg(code()));
        placeholder_->show();
        return;
    }
    placeholder_->hide();
    stats_->show();
    const md::Quote& q = f->quote;
    const QString code = QString::fromStdString(md::securityCode(f->security));
    setLabelText(title_, securityTitle(code));
    const double delta = q.last ? static_cast<double>(q.last - q.prevClose) : 0;
    lastLabel_->setText(QStringLiteral("%1  %2  %3")
                            .arg(mdfmt::price(q.last), mdfmt::change(q.last, q.prevClose),
                                 mdfmt::changePercent(q.last, q.prevClose)));
    lastLabel_->setColor(mdfmt::directionColor(delta, palette()));

    model_->update(f->bids, f->asks, q.prevClose);
    bidQueue_->update(f->bidQueue);
    askQueue_->update(f->askQueue);

    // 委比: (bid size - ask size) / (bid size + ask size) over the ten levels.
    std::int64_t bidSum = 0, askSum = 0;
    for (std::size_t i = 0; i < DepthModel::kLevels; ++i) {
        bidSum += i < f->bids.size() ? f->bids[i].qty : 0;
        askSum += i < f->asks.size() ? f->asks[i].qty : 0;
    }
    const double ratio = bidSum + askSum > 0 ? 100.0 * static_cast<double>(bidSum - askSum) /
                                                   static_cast<double>(bidSum + askSum)
                                             : 0;
    auto px = [&](Stat stat, std::int64_t p) {
        setStat(stat, mdfmt::price(p), p ? static_cast<double>(p - q.prevClose) : 0);
    };
    px(Open, q.open);
    px(High, q.high);
    px(Low, q.low);
    setStat(PrevClose, mdfmt::price(q.prevClose));
    setStat(Volume, tr("%1 lots").arg(mdfmt::lotsText(q.volume)));
    setStat(Turnover, mdfmt::amountText(q.turnover));
    setStat(LimitUp, mdfmt::price(q.upperLimit), 1);
    setStat(LimitDown, mdfmt::price(q.lowerLimit), -1);
    setStat(OrderRatio, QStringLiteral("%1%").arg(ratio, 0, 'f', 2), ratio);

    if (!q.valid) {
        QString reason;
        if (snapshot)
            for (const md::ChannelView& c : snapshot->channels)
                if (c.channel == q.channel)
                    reason = QString::fromStdString(c.reason);
        setLabelText(
            banner_,
            tr("Book invalid: channel %1 lost data%2. The levels shown may be wrong until the "
               "channel recovers.")
                .arg(q.channel)
                .arg(reason.isEmpty() ? QString() : QStringLiteral(" (") + reason + QLatin1Char(')')));
        banner_->show();
    } else {
        banner_->hide();
    }

    if (f->auction.active) {
        const md::AuctionView& a = f->auction;
        QString side;
        if (a.imbalance > 0)
            side = tr("buy surplus %1 lots").arg(mdfmt::lotsText(a.imbalance));
        else if (a.imbalance < 0)
            side = tr("sell surplus %1 lots").arg(mdfmt::lotsText(-a.imbalance));
        else
            side = tr("balanced");
        auction_->setText(tr("Call auction — indicative price %1, matched volume %2 lots, %3")
                              .arg(mdfmt::price(a.price), mdfmt::lotsText(a.volume), side));
        auction_->show();
    } else {
        auction_->hide();
    }
}

} // namespace ws::widgets
