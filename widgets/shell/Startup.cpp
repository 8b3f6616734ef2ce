#include "shell/Startup.h"

#include "audit/AuditTrail.h"
#include "core/AppCore.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace ws::widgets {

bool askMoveAsideWithDialog(const store::OpenError& error, QWidget* parent)
{
    QMessageBox box(QMessageBox::Critical,
                    QCoreApplication::translate("ws::widgets::Startup", "Cache database"), error.message(),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(QCoreApplication::translate(
        "ws::widgets::Startup",
        "The file can be moved aside (renamed, not deleted) and a fresh cache created. "
        "Its contents stay in the renamed file for recovery."));
    QPushButton* move =
        box.addButton(QCoreApplication::translate("ws::widgets::Startup", "Move aside and start fresh"),
                      QMessageBox::AcceptRole);
    box.addButton(QCoreApplication::translate("ws::widgets::Startup", "Quit"), QMessageBox::RejectRole);
    box.exec();
    return box.clickedButton() == move;
}

std::unique_ptr<core::AppCore> openCacheInteractively(const QString& path, QString* error,
                                                      const AskMoveAside& ask)
{
    store::OpenError openError;
    if (auto core = core::AppCore::open(path, &openError))
        return core;
    *error = openError.message();
    if (!openError.canMoveAside())
        return nullptr;
    const bool move = ask ? ask(openError) : askMoveAsideWithDialog(openError);
    if (!move)
        return nullptr;
    QString moveError;
    const QString movedTo = store::Database::moveAside(path, &moveError);
    if (movedTo.isEmpty()) {
        *error = moveError;
        return nullptr;
    }
    auto core = core::AppCore::open(path, &openError);
    if (!core) {
        *error = openError.message();
        return nullptr;
    }
    core->audit().record(
        QStringLiteral("cache.move_aside"), path, QStringLiteral("ok"),
        QStringLiteral("damaged cache renamed to %1: %2").arg(movedTo, error->isEmpty() ? QString() : *error),
        audit::LogClass::System);
    error->clear();
    return core;
}

} // namespace ws::widgets
