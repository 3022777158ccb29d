// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "infopane.h"

#include "core/model/format.h"
#include "core/teach/explain.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTextBrowser>
#include <QTreeView>
#include <QUrl>
#include <QUrlQuery>

namespace procglass {

namespace {

// Measures a row with its text wrapped at the column's width (the view's own row measurement
// does not know the width, so wrapped text would be cut to one line with "…").
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView* view)
        : QStyledItemDelegate(view)
        , m_view(view)
    { }
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        if (!isProse(index))
            return QStyledItemDelegate::sizeHint(option, index);
        QStyleOptionViewItem wrapped(option);
        wrapped.rect = QRect(0, 0, std::max(1, m_view->header()->sectionSize(index.column())), 1); // valid: wraps
        return QStyledItemDelegate::sizeHint(wrapped, index);
    }

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!isProse(index)) // names and values keep their one line (and their width)
            option->features &= ~QStyleOptionViewItem::WrapText;
    }

private:
    bool isProse(const QModelIndex& index) const { return index.column() == index.model()->columnCount() - 1; }

    QTreeView* m_view;
};

QTreeView* makeTable(QStandardItemModel* model, QWidget* parent)
{
    auto* view = new QTreeView(parent);
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->header()->setStretchLastSection(true);
    // The last column (Meaning) is prose: it wraps, and rows grow to hold it. Rows are measured
    // again when the column's width changes.
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    view->setItemDelegate(new WrappingDelegate(view));
    view->setTextElideMode(Qt::ElideNone);
    QObject::connect(view->header(), &QHeaderView::sectionResized, view, [view](int logical) {
        if (logical == view->model()->columnCount() - 1)
            QMetaObject::invokeMethod(view, &QTreeView::doItemsLayout, Qt::QueuedConnection);
    });
    return view;
}

QStandardItem* item(const QString& text, const QString& toolTip = {})
{
    auto* i = new QStandardItem(text);
    i->setEditable(false);
    if (!toolTip.isEmpty())
        i->setToolTip(toolTip);
    return i;
}

// Says why a table is empty, in its only row.
void showUnavailable(QStandardItemModel* model, const QString& why)
{
    model->removeRows(0, model->rowCount());
    if (!why.isEmpty())
        model->appendRow({ item(why, why) });
}

} // namespace

InfoPane::InfoPane(QWidget* parent)
    : QTabWidget(parent)
    , m_explain(new QTextBrowser(this))
    , m_status(new QStandardItemModel(0, 3, this))
    , m_auxv(new QStandardItemModel(0, 4, this))
{
    setDocumentMode(true);
    m_explain->setOpenLinks(false);
    m_explain->setPlaceholderText(tr("Select a mapping to see what it is."));
    connect(m_explain, &QTextBrowser::anchorClicked, this, &InfoPane::onAnchor);

    m_status->setHorizontalHeaderLabels({ tr("What"), tr("Value"), tr("Meaning") });
    m_statusView = makeTable(m_status, this);
    m_auxv->setHorizontalHeaderLabels({ tr("Entry"), tr("Value"), tr("Points to"), tr("Meaning") });
    m_auxvView = makeTable(m_auxv, this);
    m_auxvView->setToolTip(tr("Double-click an address to see it in the memory view (AT_ENTRY: in the Code tab)"));
    connect(m_auxvView, &QTreeView::activated, this, &InfoPane::activateAuxv);

    addTab(m_explain, tr("E&xplain"));
    addTab(m_statusView, tr("&Process"));
    addTab(m_auxvView, tr("Start-&up vector (auxv)"));
    setTabToolTip(ExplainTab, tr("What the selected mapping is, what its permissions mean, where its bytes come from"));
    setTabToolTip(ProcessTab, tr("/proc/PID/status in plain words: state, tracer, threads, memory use"));
    setTabToolTip(AuxvTab, tr("What the kernel told the program at start-up (/proc/PID/auxv)"));
}

void InfoPane::explain(const std::vector<Region>& regions, int index)
{
    if (index < 0 || size_t(index) >= regions.size()) {
        m_explain->clear();
        m_explanationText.clear();
        return;
    }
    const Region& r = regions[size_t(index)];
    const RegionExplanation e = explainRegion(regions, size_t(index));
    m_explanationText = procglass::explanationText(e);

    QString html = QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3>").arg(e.title.toHtmlEscaped());
    html += QStringLiteral("<p style='margin-top:0'><tt>%1 – %2</tt> · %3 · <tt><b>%4</b></tt> · %5</p>")
                .arg(formatAddress(r.range.start), formatAddress(r.range.end), formatBytes(r.range.size()),
                    r.perms.toString(), regionKindName(r.kind).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(e.about.join(u' ').toHtmlEscaped());
    if (!e.readability.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(e.readability.toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    for (const auto& p : e.permissions) {
        html += QStringLiteral("<tr><td><tt><b>%1</b></tt>&nbsp;</td><td>%2</td></tr>")
                    .arg(QString(p.letter).toHtmlEscaped(), p.meaning.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>%1</p>").arg(e.origin.toHtmlEscaped());
    QStringList links;
    if (r.perms.read && r.kind != RegionKind::Vvar && r.kind != RegionKind::Vsyscall)
        links << QStringLiteral("<a href='procglass:memory?address=%1'>%2</a>")
                     .arg(r.range.start)
                     .arg(tr("Show its bytes").toHtmlEscaped());
    if (r.perms.execute && r.perms.read)
        links << QStringLiteral("<a href='procglass:code?address=%1'>%2</a>")
                     .arg(r.range.start)
                     .arg(tr("Show its code").toHtmlEscaped());
    if (!links.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(links.join(QStringLiteral(" · ")));
    m_explain->setHtml(html);
}

void InfoPane::onAnchor(const QUrl& url)
{
    const Address address = QUrlQuery(url).queryItemValue(QStringLiteral("address")).toULongLong();
    if (url.path() == QLatin1StringView("memory"))
        emit showMemoryRequested(address);
    else if (url.path() == QLatin1StringView("code"))
        emit showCodeRequested(address);
}

void InfoPane::setStatus(const std::vector<StatusFact>& facts, const QString& unavailable, const QString& limitation)
{
    if (facts.empty()) {
        showUnavailable(m_status, limitation.isEmpty() ? unavailable : limitation);
        return;
    }
    // Rows are replaced in place, so that an auto-refresh keeps the user's scroll position.
    const int first = limitation.isEmpty() ? 0 : 1;
    m_status->setRowCount(first + int(facts.size()));
    if (first) {
        m_status->setItem(0, 0, item(tr("Not shown"), limitation));
        m_status->setItem(0, 1, item(tr("memory, mappings, start-up vector"), limitation));
        m_status->setItem(0, 2, item(limitation, limitation));
    }
    for (int i = 0; i < int(facts.size()); ++i) {
        const StatusFact& f = facts[size_t(i)];
        const QString tip = QStringLiteral("%1 (%2)").arg(f.meaning, f.key);
        const int row = first + i;
        m_status->setItem(row, 0, item(f.label, tip));
        m_status->setItem(row, 1, item(f.value, tip));
        m_status->setItem(row, 2, item(f.meaning, tip));
    }
    m_statusView->resizeColumnToContents(0);
    m_statusView->resizeColumnToContents(1);
}

void InfoPane::setAuxv(const std::vector<AuxvLine>& lines, const QString& unavailable)
{
    if (lines.empty()) {
        showUnavailable(m_auxv, unavailable);
        return;
    }
    m_auxv->removeRows(0, m_auxv->rowCount());
    for (const AuxvLine& l : lines) {
        QList<QStandardItem*> row { item(l.name, l.meaning), item(l.value, l.meaning), item(l.pointsTo, l.meaning),
            item(l.meaning, l.meaning) };
        for (QStandardItem* i : row) {
            i->setData(l.regionIndex >= 0 ? QVariant(quint64(l.entry.value)) : QVariant(), AddressRole);
            i->setData(quint64(l.entry.type), TypeRole);
        }
        if (l.regionIndex >= 0) {
            QFont link = row[DetailColumn]->font();
            link.setUnderline(true);
            row[DetailColumn]->setFont(link);
        }
        m_auxv->appendRow(row);
    }
    for (int c = NameColumn; c < MeaningColumn; ++c)
        m_auxvView->resizeColumnToContents(c);
}

void InfoPane::activateAuxv(const QModelIndex& index)
{
    const QVariant address = index.data(AddressRole);
    if (!address.isValid())
        return;
    emit mappingRequested(address.toULongLong());
    if (index.data(TypeRole).toULongLong() == AuxvEntryPoint)
        emit showCodeRequested(address.toULongLong());
    else
        emit showMemoryRequested(address.toULongLong());
}

void InfoPane::clear()
{
    explain({}, -1);
    showUnavailable(m_status, {});
    showUnavailable(m_auxv, {});
}

} // namespace procglass
