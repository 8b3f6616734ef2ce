#include "md/TicksPanel.h"

#include "core/AppCore.h"
#include "md/MdFormat.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTabBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <array>

namespace ws::widgets {

namespace {
bool rightAligned(int column)
{
    return column == TickModel::Price || column == TickModel::Volume || column == TickModel::Amount ||
           column == TickModel::Seq;
}

std::int64_t amountOf(const md::TickRow& t)
{
    return t.price * t.qty; // Price(4) x Qty(2) = yuan x 1e6
}
} // namespace

void TickModel::update(const md::FocusView& f)
{
    if (f.security != security_ || f.tickCount < seenCount_) {
        beginResetModel();
        security_ = f.security;
        const std::size_t keep = std::min(f.ticks.size(), static_cast<std::size_t>(maxRows_));
        rows_.assign(f.ticks.end() - static_cast<std::ptrdiff_t>(keep), f.ticks.end());
        pending_.clear();
        seenCount_ = f.tickCount;
        missed_ = 0;
        endResetModel();
        return;
    }
    const std::uint64_t fresh = f.tickCount - seenCount_;
    if (fresh == 0)
        return;
    const std::size_t take = static_cast<std::size_t>(std::min<std::uint64_t>(fresh, f.ticks.size()));
    missed_ += fresh - take;
    seenCount_ = f.tickCount;
    if (take == 0)
        return;
    const std::size_t limit = static_cast<std::size_t>(maxRows_);
    const std::size_t add = std::min(take, limit);
    pending_.insert(pending_.end(), f.ticks.end() - static_cast<std::ptrdiff_t>(add), f.ticks.end());
    if (pending_.size() > limit)
        pending_.erase(pending_.begin(),
                       pending_.begin() + static_cast<std::ptrdiff_t>(pending_.size() - limit));
}

void TickModel::flush()
{
    append(pending_);
}

void TickModel::append(std::deque<md::TickRow>& fresh)
{
    if (fresh.empty())
        return;
    const std::size_t limit = static_cast<std::size_t>(maxRows_);
    if (fresh.size() >= limit) {
        // A whole view's worth arrived since the last flush: nothing of the old rows stays.
        beginResetModel();
        rows_.swap(fresh);
        fresh.clear();
        endResetModel();
        return;
    }
    // Make room first so the view never holds more than maxRows_.
    if (rows_.size() + fresh.size() > limit) {
        const std::size_t drop = rows_.size() + fresh.size() - limit;
        beginRemoveRows({}, 0, static_cast<int>(drop) - 1);
        rows_.erase(rows_.begin(), rows_.begin() + static_cast<std::ptrdiff_t>(drop));
        endRemoveRows();
    }
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    rows_.insert(rows_.end(), fresh.begin(), fresh.end());
    endInsertRows();
    fresh.clear();
}

void TickModel::clear()
{
    beginResetModel();
    rows_.clear();
    pending_.clear();
    security_ = 0;
    seenCount_ = 0;
    missed_ = 0;
    endResetModel();
}

void TickModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!rows_.empty())
        Q_EMIT dataChanged(index(0, Kind), index(rowCount() - 1, Type));
}

int TickModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int TickModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TickModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const md::TickRow& t = rows_[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return mdfmt::clock(t.timeMs, true);
        case Kind:
            return t.kind == 'T' ? tr("Trade") : t.kind == 'C' ? tr("Cancel") : tr("Order");
        case Side:
            return t.side == md::Side::Buy ? tr("Buy") : tr("Sell");
        case Type:
            if (t.kind != 'O')
                return QString();
            return t.ordType == '1' ? tr("Market") : t.ordType == 'U' ? tr("Best own side") : tr("Limit");
        case Price:
            if (t.kind == 'O' && t.ordType != '2')
                return QStringLiteral("—");
            return mdfmt::price(t.price);
        case Volume:
            return mdfmt::lotsText(t.qty);
        case Amount:
            return t.price ? mdfmt::amountText(amountOf(t)) : QString();
        case Seq:
            return QString::number(t.seq);
        case Reference:
            if (t.kind == 'T')
                return tr("buy #%1 / sell #%2").arg(t.bidSeq).arg(t.offerSeq);
            if (t.kind == 'C')
                return tr("order #%1").arg(t.bidSeq ? t.bidSeq : t.offerSeq);
            return QString();
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == Side || (t.kind == 'T' && index.column() == Price))
            return t.side == md::Side::Buy ? mdfmt::upColor() : mdfmt::downColor();
        if (t.kind == 'C' && index.column() != Time)
            return QPalette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        return (rightAligned(index.column()) ? Qt::AlignRight | Qt::AlignVCenter
                                             : Qt::AlignLeft | Qt::AlignVCenter)
            .toInt();
    case KindRole:
        return QChar::fromLatin1(t.kind);
    case SideRole:
        return static_cast<int>(t.side);
    case QtyRole:
        return static_cast<qlonglong>(t.qty);
    case AmountRole:
        return static_cast<qlonglong>(amountOf(t));
    case OrdTypeRole:
        return QChar::fromLatin1(t.ordType);
    case SeqRole:
        return static_cast<qlonglong>(t.seq);
    default:
        return {};
    }
}

QVariant TickModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return (rightAligned(section) ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter)
            .toInt();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Kind:
        return tr("Kind");
    case Side:
        return tr("Side");
    case Type:
        return tr("Type");
    case Price:
        return tr("Price");
    case Volume:
        return tr("Volume (lots)");
    case Amount:
        return tr("Amount");
    case Seq:
        return tr("Seq");
    case Reference:
        return tr("Orders");
    default:
        return {};
    }
}

void TickFilter::setCriteria(const Criteria& c)
{
    criteria_ = c;
    invalidateRowsFilter();
}

bool TickFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const char kind = i.data(TickModel::KindRole).toChar().toLatin1();
    if (criteria_.kind && kind != criteria_.kind)
        return false;
    if (criteria_.side >= 0 && i.data(TickModel::SideRole).toInt() != criteria_.side)
        return false;
    if (criteria_.minQty > 0 && i.data(TickModel::QtyRole).toLongLong() < criteria_.minQty)
        return false;
    if (criteria_.minAmount > 0 && i.data(TickModel::AmountRole).toLongLong() < criteria_.minAmount)
        return false;
    if (criteria_.ordType &&
        (kind != 'O' || i.data(TickModel::OrdTypeRole).toChar().toLatin1() != criteria_.ordType))
        return false;
    return true;
}

TicksPanel::TicksPanel(core::AppCore& core, QWidget* parent)
    : MdPanel(core, parent), model_(new TickModel(this)), filter_(new TickFilter(this)),
      view_(new QTableView(this)), tabs_(new QTabBar(this)), sideBox_(new QComboBox(this)),
      typeBox_(new QComboBox(this)), minLots_(new QDoubleSpinBox(this)), minAmount_(new QDoubleSpinBox(this)),
      followButton_(new QToolButton(this)), title_(new QLabel(this)), summary_(new LiveLabel(this)),
      showThrottle_(new Throttle(this, kViewIntervalMs, [this] { showPending(); }))
{
    filter_->setSourceModel(model_);
    view_->setObjectName(QStringLiteral("ticksView"));
    view_->setModel(filter_);
    view_->setItemDelegate(new TextCellDelegate(view_));
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->verticalHeader()->hide();
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 4);
    view_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view_->horizontalHeader()->setStretchLastSection(true);
    view_->setWordWrap(false);
    view_->setAlternatingRowColors(true);
    for (int i = 0; i < 4; ++i)
        tabs_->addTab(QString());
    tabs_->setExpanding(false);
    tabs_->setDrawBase(false);
    for (QComboBox* box : {sideBox_, typeBox_})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    minLots_->setDecimals(0);
    minLots_->setRange(0, 1e7);
    minLots_->setSingleStep(100);
    minAmount_->setDecimals(0);
    minAmount_->setRange(0, 1e10);
    minAmount_->setSingleStep(100'000);
    minAmount_->setGroupSeparatorShown(true);
    followButton_->setCheckable(true);
    followButton_->setChecked(true);
    followButton_->setObjectName(QStringLiteral("followLatest"));
    QFont bold = title_->font();
    bold.setBold(true);
    title_->setFont(bold);

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(createLinkButton());
    top->addWidget(title_);
    top->addWidget(tabs_, 1);
    auto* filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(sideBox_);
    filters->addWidget(typeBox_);
    filters->addWidget(minLots_);
    filters->addWidget(minAmount_);
    filters->addStretch();
    auto* foot = new QHBoxLayout;
    foot->setContentsMargins(0, 0, 0, 0);
    foot->addWidget(summary_, 1);
    foot->addWidget(followButton_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(view_, 1);
    layout->addLayout(foot);

    connect(tabs_, &QTabBar::currentChanged, this, &TicksPanel::applyFilter);
    connect(sideBox_, &QComboBox::currentIndexChanged, this, &TicksPanel::applyFilter);
    connect(typeBox_, &QComboBox::currentIndexChanged, this, &TicksPanel::applyFilter);
    connect(minLots_, &QDoubleSpinBox::valueChanged, this, &TicksPanel::applyFilter);
    connect(minAmount_, &QDoubleSpinBox::valueChanged, this, &TicksPanel::applyFilter);
    connect(followButton_, &QToolButton::toggled, this, &TicksPanel::setFollow);
    // Scrolling up stops the automatic scroll to the newest tick; back at the end resumes it.
    connect(view_->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (scrolling_)
            return;
        const bool atEnd = value >= view_->verticalScrollBar()->maximum() - 1;
        if (atEnd != follow_)
            followButton_->setChecked(atEnd);
    });

    retranslate();
    applyFilter();
    refreshNow();
}

void TicksPanel::retranslate()
{
    tabs_->setTabText(0, tr("Trades"));
    tabs_->setTabText(1, tr("Orders"));
    tabs_->setTabText(2, tr("Cancels"));
    tabs_->setTabText(3, tr("All"));
    tabs_->setTabToolTip(0, tr("Tick-by-tick trades, coloured by the side of the aggressor"));
    tabs_->setTabToolTip(1, tr("Tick-by-tick orders as they arrived"));
    {
        const QSignalBlocker b1(sideBox_), b2(typeBox_);
        const int side = std::max(0, sideBox_->currentIndex()), type = std::max(0, typeBox_->currentIndex());
        sideBox_->clear();
        sideBox_->addItem(tr("Both sides"), -1);
        sideBox_->addItem(tr("Buy"), static_cast<int>(md::Side::Buy));
        sideBox_->addItem(tr("Sell"), static_cast<int>(md::Side::Sell));
        sideBox_->setCurrentIndex(side);
        typeBox_->clear();
        typeBox_->addItem(tr("Any order type"), 0);
        typeBox_->addItem(tr("Limit"), static_cast<int>('2'));
        typeBox_->addItem(tr("Market"), static_cast<int>('1'));
        typeBox_->addItem(tr("Best own side"), static_cast<int>('U'));
        typeBox_->setCurrentIndex(type);
    }
    minLots_->setPrefix(tr("Qty ≥ "));
    minLots_->setSuffix(tr(" lots"));
    minLots_->setSpecialValueText(tr("Any quantity"));
    minAmount_->setPrefix(tr("Amount ≥ "));
    minAmount_->setSuffix(tr(" yuan"));
    minAmount_->setSpecialValueText(tr("Any amount"));
    followButton_->setText(tr("Follow latest"));
    followButton_->setToolTip(tr("Keep the newest tick in view; scrolling up pauses this"));
    model_->retranslate();
    setLabelText(title_, code().isEmpty() ? QString() : securityTitle(code()));
    sizeColumns();
    updateSummary();
}

void TicksPanel::sizeColumns()
{
    // Wide enough for the longest value a column takes and for its title, in the current language.
    const QFontMetrics fm = view_->fontMetrics();
    const QFontMetrics hfm = view_->horizontalHeader()->fontMetrics();
    const std::array<QString, TickModel::ColumnCount> samples{QStringLiteral("00:00:00.000"),
                                                              tr("Cancel"),
                                                              tr("Sell"),
                                                              tr("Best own side"),
                                                              QStringLiteral("9999.99"),
                                                              QStringLiteral("99,999"),
                                                              mdfmt::compact(8.8888e7) + QLatin1Char('0'),
                                                              QStringLiteral("99999999"),
                                                              QString()};
    for (int c = 0; c + 1 < TickModel::ColumnCount; ++c) {
        const int text = fm.horizontalAdvance(samples[static_cast<std::size_t>(c)]) + 14;
        const int title = hfm.horizontalAdvance(model_->headerData(c, Qt::Horizontal).toString()) + 18;
        view_->setColumnWidth(c, std::max(text, title));
    }
}

void TicksPanel::applyFilter()
{
    TickFilter::Criteria c;
    static constexpr char kinds[] = {'T', 'O', 'C', 0};
    c.kind = kinds[std::clamp(tabs_->currentIndex(), 0, 3)];
    c.side = sideBox_->currentData().isValid() ? sideBox_->currentData().toInt() : -1;
    typeBox_->setEnabled(c.kind == 'O');
    // Order types belong to orders, the orders a trade or cancel names to trades and cancels.
    view_->setColumnHidden(TickModel::Type, c.kind != 'O' && c.kind != 0);
    view_->setColumnHidden(TickModel::Reference, c.kind == 'O');
    c.ordType = c.kind == 'O' ? static_cast<char>(typeBox_->currentData().toInt()) : 0;
    c.minQty = static_cast<std::int64_t>(minLots_->value() * mdfmt::kQtyPerLot);
    c.minAmount = static_cast<std::int64_t>(minAmount_->value() * mdfmt::kAmountScale);
    filter_->setCriteria(c);
    if (follow_)
        view_->scrollToBottom();
    updateSummary();
}

void TicksPanel::setFollow(bool on)
{
    follow_ = on;
    if (on) {
        scrolling_ = true;
        view_->scrollToBottom();
        scrolling_ = false;
    }
}

void TicksPanel::onCodeChanged()
{
    model_->clear();
    setLabelText(title_, securityTitle(code()));
    updateSummary();
}

void TicksPanel::onShownAgain()
{
    showPending();
}

void TicksPanel::onSnapshot(const md::MarketSnapshot& snapshot)
{
    const md::FocusView* f = focusOf(snapshot);
    if (!f)
        return;
    // The ticks are taken in at once (none is missed between snapshots); the view gets them a few
    // times a second, and only while it can be seen.
    const bool shown = isShown();
    if (code().isEmpty() && shown)
        setLabelText(title_, securityTitle(QString::fromStdString(md::securityCode(f->security))));
    model_->update(*f);
    if (shown && model_->pendingCount() > 0)
        showThrottle_->request();
}

void TicksPanel::showPending()
{
    if (!isShown())
        return;
    scrolling_ = true;
    model_->flush();
    if (follow_)
        view_->scrollToBottom();
    scrolling_ = false;
    updateSummary();
}

void TicksPanel::updateSummary()
{
    QString text = tr("%1 of %n tick(s)", nullptr, model_->rowCount()).arg(filter_->rowCount());
    if (model_->missed() > 0)
        text += QStringLiteral(" · ") +
                tr("%n tick(s) arrived too fast to show", nullptr, static_cast<int>(model_->missed()));
    summary_->setText(text);
}

} // namespace ws::widgets
