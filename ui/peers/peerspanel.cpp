#include "peerspanel.h"

#include "kickdialog.h"
#include "peersmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

#include <memory>

namespace Sockscope {

PeersPanel::PeersPanel(PeersModel *model, QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_view(new QTableView(this)),
      m_title(new QLabel(this)),
      m_kick(new QPushButton(tr("Close…"), this)),
      m_groups(new QPushButton(tr("Groups…"), this)),
      m_forget(new QPushButton(tr("Forget Closed"), this))
{
    setObjectName(QStringLiteral("peersPanel"));
    m_view->setObjectName(QStringLiteral("peersView"));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setObjectName(QStringLiteral("peersHeader"));
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Wide enough for a typical value and for the header in the language shown (bold when its
    // column is selected, hence the bold metrics).
    const QFontMetrics metrics = fontMetrics();
    QFont bold = m_view->horizontalHeader()->font();
    bold.setBold(true);
    const QFontMetrics headerMetrics(bold);
    const auto fit = [&](int column, const QString &sample, int padding) {
        const QString header = m_view->model()->headerData(column, Qt::Horizontal).toString();
        const int width = std::max(metrics.horizontalAdvance(sample), headerMetrics.horizontalAdvance(header));
        m_view->horizontalHeader()->resizeSection(column, width + padding);
    };
    fit(PeersModel::IdColumn, QStringLiteral("Peer00"), 12);
    fit(PeersModel::AddressColumn, QStringLiteral("127.0.0.1:00000"), 16);
    fit(PeersModel::SubprotocolColumn, QStringLiteral("Subprotocol"), 16);
    fit(PeersModel::SinceColumn, QStringLiteral("00:00:00"), 16);
    fit(PeersModel::InColumn, QStringLiteral("000,000"), 12);
    fit(PeersModel::OutColumn, QStringLiteral("000,000"), 12);
    fit(PeersModel::StateColumn, QStringLiteral("closed (0000)"), 16);
    // A translated title may be wider than the sample ("Gegenstelle" for "Peer"): it reads whole.
    for (int column = 0; column < PeersModel::ColumnCount; ++column) {
        QHeaderView *header = m_view->horizontalHeader();
        header->resizeSection(column, qMax(header->sectionSize(column), header->sectionSizeHint(column)));
    }
    m_view->setColumnHidden(PeersModel::SessionColumn, true);
    m_title->setObjectName(QStringLiteral("peersTitle"));
    m_kick->setObjectName(QStringLiteral("kickButton"));
    m_kick->setToolTip(tr("Close the selected peer with a close code and reason"));
    m_groups->setObjectName(QStringLiteral("groupsButton"));
    m_groups->setToolTip(tr("Put the selected peer in groups, to send to a group from the composer"));
    m_forget->setObjectName(QStringLiteral("forgetClosedButton"));
    m_forget->setToolTip(tr("Remove closed peers from the list"));

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        Q_EMIT selectedPeerChanged(selectedPeer());
    });
    connect(m_kick, &QPushButton::clicked, this, &PeersPanel::kickSelected);
    connect(m_groups, &QPushButton::clicked, this, &PeersPanel::editGroupsOfSelected);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &PeersPanel::showContextMenu);
    connect(m_forget, &QPushButton::clicked, this, [this] { m_model->clearClosed(); });
    connect(model, &QAbstractItemModel::rowsInserted, this, &PeersPanel::updateButtons);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &PeersPanel::updateButtons);
    connect(model, &QAbstractItemModel::dataChanged, this, &PeersPanel::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_kick);
    buttons->addWidget(m_groups);
    buttons->addStretch(1);
    buttons->addWidget(m_forget);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    updateButtons();
}

quint32 PeersPanel::selectedPeer() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->peerAt(rows.first().row());
}

void PeersPanel::selectPeer(quint32 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_view->clearSelection();
        return;
    }
    m_view->selectRow(row);
}

void PeersPanel::updateButtons()
{
    const quint32 peer = selectedPeer();
    const bool open = peer != 0 && m_model->isOpen(peer);
    m_kick->setEnabled(open);
    m_groups->setEnabled(open);
    const int openCount = int(m_model->openPeers().size());
    m_forget->setEnabled(m_model->rowCount() > openCount);
    m_title->setText(tr("<b>Peers</b>: %n open", nullptr, openCount));
}

void PeersPanel::setSessionColumnVisible(bool visible)
{
    m_sessionColumn = visible;
    m_view->setColumnHidden(PeersModel::SessionColumn, !visible);
}

void PeersPanel::kickSelected()
{
    kickPeer(selectedPeer());
}

void PeersPanel::kickPeer(quint32 peer)
{
    if (peer == 0 || !m_model->isOpen(peer))
        return;
    KickDialog dialog(peer, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT kickRequested(peer, dialog.code(), dialog.reason());
}

void PeersPanel::editGroupsOfSelected()
{
    editGroups(selectedPeer());
}

void PeersPanel::editGroups(quint32 peer)
{
    if (peer == 0 || !m_model->isOpen(peer))
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Groups of Peer %1").arg(peer),
                                               tr("Groups, separated by commas:"), QLineEdit::Normal,
                                               m_model->groupsOf(peer).join(QStringLiteral(", ")), &ok);
    if (!ok)
        return;
    QStringList groups;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString group = part.trimmed();
        if (!group.isEmpty() && !groups.contains(group))
            groups.append(group);
    }
    Q_EMIT groupsRequested(peer, groups);
}

void PeersPanel::copyAddress(quint32 peer) const
{
    const QString address = m_model->addressOf(peer);
    if (!address.isEmpty())
        QApplication::clipboard()->setText(address);
}

QMenu *PeersPanel::createContextMenu(quint32 peer, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("peersContextMenu"));
    const bool open = m_model->isOpen(peer);
    QAction *send = menu->addAction(tr("Send to Peer %1").arg(peer), this, [this, peer] { Q_EMIT sendToRequested(peer); });
    send->setObjectName(QStringLiteral("sendToPeerAction"));
    send->setToolTip(tr("Make this peer the composer's target"));
    send->setEnabled(open);
    QAction *filter = menu->addAction(tr("Filter Frames to This Peer"), this, [this, peer] { Q_EMIT filterRequested(peer); });
    filter->setObjectName(QStringLiteral("filterToPeerAction"));
    filter->setEnabled(m_filteredPeer != peer);
    if (m_filteredPeer != 0) {
        QAction *all = menu->addAction(tr("Show Frames of Every Peer"), this, [this] { Q_EMIT filterRequested(0); });
        all->setObjectName(QStringLiteral("showAllPeersAction"));
    }
    QAction *copy = menu->addAction(tr("Copy Address"), this, [this, peer] { copyAddress(peer); });
    copy->setObjectName(QStringLiteral("copyAddressAction"));
    menu->addSeparator();
    QAction *groups = menu->addAction(tr("Groups…"), this, [this, peer] { editGroups(peer); });
    groups->setObjectName(QStringLiteral("peerGroupsAction"));
    groups->setEnabled(open);
    QAction *kick = menu->addAction(tr("Close…"), this, [this, peer] { kickPeer(peer); });
    kick->setObjectName(QStringLiteral("closePeerAction"));
    kick->setToolTip(tr("Close this peer with a close code and reason"));
    kick->setEnabled(open);
    menu->setToolTipsVisible(true);
    return menu;
}

void PeersPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    const quint32 peer = m_model->peerAt(index.row());
    const std::unique_ptr<QMenu> menu(createContextMenu(peer, this));
    menu->exec(m_view->viewport()->mapToGlobal(position));
}

} // namespace Sockscope
