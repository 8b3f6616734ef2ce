#include "md/DepthPanel.h"

#include "core/AppCore.h"
#include "md/MarketDataHub.h"
#include "md/MdFormat.h"

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
class BarDelegate : public QStyledItemDelegate
{
public:
    BarDelegate(int barColumn, bool ladder, QObject* parent)
        : QStyledItemDelegate(parent), barColumn_(barColumn), ladder_(ladder)
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
        QStyledItemDelegate::paint(painter, option, index);
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

QString coloured(const QString& text, double delta)
{
    if (delta == 0)
        return text.toHtmlEscaped();
    return QStringLiteral("<span style=\"color:%1\">%2</span>")
        .arg((delta > 0 ? mdfmt::upColor() : mdfmt::downColor()).name(), text.toHtmlEscaped());
}

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
    const bool rescaled = maxQty != maxQty_ || prevClose != prevClose_;
    auto same = [](const md::LadderLevel& x, const md::LadderLevel& y) {
        return x.price == y.price && x.qty == y.qty && x.orders == y.orders;
    };
    for (std::size_t i = 0; i < kLevels; ++i) {
        const bool bidChanged = !same(b[i], bids_[i]), askChanged = !same(a[i], asks_[i]);
        bids_[i] = b[i];
        asks_[i] = a[i];
        if (bidChanged && !rescaled) {
            const int row = kLevels + static_cast<int>(i);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
        if (askChanged && !rescaled) {
            const int row = kLevels - 1 - static_cast<int>(i);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    prevClose_ = prevClose;
    maxQty_ = maxQty;
    if (rescaled) // every bar's length changes with the widest
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
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
    const int oldRows = rowCount();
    queue_ = queue;
    maxQty_ = queue_.empty() ? 0 : *std::max_element(queue_.begin(), queue_.end());
    const int newRows = rowCount();
    if (newRows != oldRows) {
        beginResetModel();
        endResetModel();
    } else if (newRows > 0) {
        Q_EMIT dataChanged(index(0, 0), index(newRows - 1, kColumns - 1));
    }
}

int QueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>((queue_.size() + kColumns - 1) / kColumns);
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
      title_(new QLabel(this)), lastLabel_(new QLabel(this)), stats_(new QLabel(this)),
      banner_(new QLabel(this)), auction_(new QLabel(this)), bidQueueTitle_(new QLabel(this)),
      askQueueTitle_(new QLabel(this)), placeholder_(new QLabel(this))
{
    QFont big = title_->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    title_->setFont(big);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    lastLabel_->setFont(big);
    lastLabel_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    stats_->setTextFormat(Qt::RichText);
    banner_->setObjectName(QStringLiteral("invalidBanner"));
    banner_->setWordWrap(true);
    banner_->setStyleSheet(QStringLiteral("QLabel { background: #c62828; color: white; font-weight: bold; "
                                          "border-radius: 3px; padding: 4px; }"));
    banner_->hide();
    auction_->setObjectName(QStringLiteral("auction"));
    auction_->setWordWrap(true);
    auction_->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff3cd; color: #5c4500; border-radius: 3px; padding: 3px 6px; }"));
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
        title_->setText(code().isEmpty() ? tr("Depth") : securityTitle(code()));
        lastLabel_->clear();
        stats_->clear();
        banner_->hide();
        auction_->hide();
        placeholder_->setText(code().isEmpty()
                                  ? tr("Select a security (watchlist, securities master or Ctrl+K) to see "
                                       "its depth.")
                                  : tr("Waiting for market data of %1…").arg(code()));
        placeholder_->show();
        return;
    }
    placeholder_->hide();
    const md::Quote& q = f->quote;
    const QString code = QString::fromStdString(md::securityCode(f->security));
    title_->setText(securityTitle(code));
    const double delta = q.last ? static_cast<double>(q.last - q.prevClose) : 0;
    lastLabel_->setText(QStringLiteral("%1  %2  %3")
                            .arg(mdfmt::price(q.last), mdfmt::change(q.last, q.prevClose),
                                 mdfmt::changePercent(q.last, q.prevClose)));
    QPalette pal = lastLabel_->palette();
    pal.setColor(QPalette::WindowText, mdfmt::directionColor(delta, palette()));
    lastLabel_->setPalette(pal);

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
    auto cell = [](const QString& label, const QString& value) {
        return QStringLiteral("<td>%1</td><td align=\"right\" style=\"padding-right:10px\">%2</td>")
            .arg(label.toHtmlEscaped(), value);
    };
    auto px = [&](std::int64_t p) {
        return coloured(mdfmt::price(p), p ? static_cast<double>(p - q.prevClose) : 0);
    };
    stats_->setText(
        QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\"><tr>%1%2%3</tr><tr>%4%5%6</tr>"
                       "<tr>%7%8%9</tr></table>")
            .arg(cell(tr("Open"), px(q.open)), cell(tr("High"), px(q.high)), cell(tr("Low"), px(q.low)),
                 cell(tr("Prev close"), mdfmt::price(q.prevClose)),
                 cell(tr("Volume"), tr("%1 lots").arg(mdfmt::lotsText(q.volume)).toHtmlEscaped()),
                 cell(tr("Turnover"), mdfmt::amountText(q.turnover).toHtmlEscaped()),
                 cell(tr("Limit up"), coloured(mdfmt::price(q.upperLimit), 1)),
                 cell(tr("Limit down"), coloured(mdfmt::price(q.lowerLimit), -1)),
                 cell(tr("Order ratio"), coloured(QStringLiteral("%1%").arg(ratio, 0, 'f', 2), ratio))));
    stats_->setToolTip(tr("Order ratio (委比): bid size minus ask size over their sum, ten levels each"));

    if (!q.valid) {
        QString reason;
        if (snapshot)
            for (const md::ChannelView& c : snapshot->channels)
                if (c.channel == q.channel)
                    reason = QString::fromStdString(c.reason);
        banner_->setText(
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
