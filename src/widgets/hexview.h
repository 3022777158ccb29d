// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/code/codeformat.h"
#include "core/model/addressrows.h"
#include "core/model/pagecache.h"
#include "session/pagestore.h"

#include <QAbstractScrollArea>
#include <QElapsedTimer>
#include <QStaticText>

#include <array>
#include <functional>

#include <unordered_map>

class QTimer;

#include <vector>

namespace procglass {

// A paged hex view over a live, sparse address space. It never reads memory itself: it asks its
// page store for missing pages (the open target's document fetches them; without one, whoever
// answers pagesNeeded()) and draws what the store holds -- placeholders for bytes in flight, "??"
// for unreadable ones, never made-up data.
class HexView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit HexView(QWidget* parent = nullptr);

    void setRegions(std::vector<Region> regions);
    [[nodiscard]] const std::vector<Region>& regions() const { return m_regions; }
    void setBytesPerRow(int bytes); // 8, 16 or 32
    void setGrouping(int bytes); // 1, 2, 4 or 8
    [[nodiscard]] int bytesPerRow() const { return m_rows.bytesPerRow(); }
    [[nodiscard]] int grouping() const { return m_grouping; }
    enum class TextEncoding { Ascii, Latin1, Utf8 };
    void setTextEncoding(TextEncoding encoding);
    [[nodiscard]] TextEncoding textEncoding() const { return m_encoding; }
    // The character drawn in the text column for the byte at address (for tests and copying).
    [[nodiscard]] QString textAt(Address address);
    // Whether the byte changed at the last refresh (it is highlighted, fading, for two seconds).
    [[nodiscard]] bool recentlyChanged(Address address) const;

    // Draws from store (the open target's pages; nullptr: a store of its own, answered through
    // pagesNeeded()). The cache's capacity follows the view.
    void setPageStore(PageStore* store);
    [[nodiscard]] PageStore* pageStore() const { return m_store; }
    // Results of pagesNeeded(), from any generation: pages are valid data whenever they come.
    void addPages(const std::vector<PageCache::Page>& pages);
    // Forget every cached page (a refresh): what is visible is fetched again.
    void invalidate();
    // Forget everything about the last target: pages, requests in flight, history.
    void reset();
    [[nodiscard]] PageCache& cache() { return m_store->cache(); }

    // Moves the cursor to address (scrolling it into view) and remembers where we were.
    void goTo(Address address, quint64 selectLength = 0);
    bool back();
    bool forward();

    [[nodiscard]] Address cursor() const { return m_cursor; }
    [[nodiscard]] AddressRange selection() const; // empty when nothing is selected
    [[nodiscard]] quint64 topRow() const { return m_topRow; }
    // The byte at address as drawn: -1 while not loaded, -2 when unreadable or unmapped.
    [[nodiscard]] int byteAt(Address address);
    // Why the byte at address cannot be shown, when its page says so ("the process exited");
    // empty for a readable byte, one not loaded yet, or an ordinary unreadable one.
    [[nodiscard]] QString unreadableReason(Address address);
    // The selection as "48 65 6c", as text (unreadable bytes as '?'), or as a C array.
    [[nodiscard]] QString selectionAsHex();
    [[nodiscard]] QString selectionAsText();
    [[nodiscard]] QString selectionAsCArray();
    // The selected bytes (or the byte at the cursor); unreadable or not yet loaded ones as 0.
    [[nodiscard]] QByteArray selectionBytes(bool* unreadable = nullptr);
    [[nodiscard]] QString selectionAs(CodeFormat format);
    // Edit mode: hex digits typed in the hex column (or characters in the text column) ask for
    // writes with editRequested(); the bytes change on screen once patch() confirms them.
    // Names an address for tooltips ("libc.so.6!memcpy+0x12"); empty: the mapping and offset only.
    void setAddressNamer(std::function<QString(Address)> namer) { m_namer = std::move(namer); }
    void setEditable(bool editable);
    [[nodiscard]] bool isEditable() const { return m_editable; }
    void patch(Address address, const QByteArray& bytes);

    // Marks the bytes that differ from another moment's (a snapshot): the pages of store, asked
    // for as the view needs them (whoever owns the store answers). label names that moment in the
    // tooltip ("was 0x41 in snapshot 2 (12:03:05)"). nullptr: no comparison.
    void setComparison(PageStore* store, const QString& label);
    [[nodiscard]] PageStore* comparison() const { return m_comparison; }
    [[nodiscard]] const QString& comparisonLabel() const { return m_comparisonLabel; }
    // The byte at address in the comparison: as byteAt(); -3 without a comparison.
    [[nodiscard]] int comparisonByteAt(Address address);
    // How the byte at address compares: Differs (both readable, not equal), OnlyNow (not in the
    // comparison: mapped or readable since), or Same (equal, or not known yet).
    enum class Comparison { Same, Differs, OnlyNow };
    [[nodiscard]] Comparison compareAt(Address address);
    // The tooltip for the byte at address.
    [[nodiscard]] QString toolTipFor(Address address);

    // Where the byte at address is drawn in the hex column (viewport coordinates), empty if not visible.
    [[nodiscard]] QRect byteRect(Address address) const;

signals:
    void pagesNeeded(quint64 generation, const std::vector<procglass::Address>& pageBases);
    void cursorMoved(procglass::Address address);
    void editRequested(procglass::Address address, const QByteArray& newBytes, const QByteArray& oldBytes);
    // An edit that cannot be made (the byte is unreadable or not loaded yet), with the reason.
    void editRejected(const QString& reason);
    void copyAsCodeRequested(); // the context menu's "Copy as code…"
    void exportRequested(); // the context menu's "Export selection…"

protected:
    bool viewportEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool focusNextPrevChild(bool next) override;

private:
    [[nodiscard]] int visibleRows() const;
    [[nodiscard]] int hexX(int column) const;
    [[nodiscard]] int textX(int column) const;
    [[nodiscard]] bool addressAt(QPoint pos, Address* address) const;
    void setTopRow(quint64 row);
    void syncScrollBar();
    void onScrollBar(int value);
    void fetchVisible();
    void moveCursor(Address address, bool extendSelection);
    void moveRows(qint64 delta, bool extendSelection);
    void ensureCursorVisible();
    bool typeInto(const QString& text);
    void onPagesAdded(const std::vector<PageCache::Page>& pages);
    void rememberVisible();

    std::vector<Region> m_regions;
    AddressRows m_rows;
    PageStore* m_ownStore; // while no document lends one
    PageStore* m_store;
    quint64 m_topRow = 0;
    int m_grouping = 1;
    TextEncoding m_encoding = TextEncoding::Ascii;
    Address m_cursor = 0;
    Address m_anchor = 0;
    bool m_selecting = false;
    std::function<QString(Address)> m_namer;
    std::vector<Address> m_back;
    std::vector<Address> m_forward;
    int m_charWidth = 8;
    int m_lineHeight = 16;
    bool m_syncingScrollBar = false;
    bool m_editable = false;
    bool m_textColumn = false; // typing goes to the text column
    int m_pendingNibble = -1; // the first hex digit of a byte being typed
    // Live view: the bytes of the visible pages before a refresh, and when each changed byte was seen.
    std::unordered_map<Address, QByteArray> m_previous;
    std::unordered_map<Address, qint64> m_changedAt;
    QElapsedTimer m_clock;
    QTimer* m_fadeTimer;
    // Shaping text is most of a paint's cost; a cell shows one of 256 strings, so lay them out once.
    PageStore* m_comparison = nullptr;
    QString m_comparisonLabel;
    std::array<QStaticText, 256> m_hexGlyphs;
    std::array<QStaticText, 256> m_charGlyphs;
    QStaticText m_unreadableGlyph;
    QStaticText m_loadingGlyph;
};

} // namespace procglass
