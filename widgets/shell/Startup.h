#pragma once

#include "store/Database.h"

#include <functional>
#include <memory>

class QWidget;

namespace ws::core {
class AppCore;
}

namespace ws::widgets {

// Opens the cache for the GUI. When the file is damaged or unreadable, `askMoveAside` is asked
// (by default a message box naming the file); only on "yes" is the file renamed aside — never
// deleted — and a fresh cache created, and the move is recorded in the new cache's audit trail.
// Returns null when the user declines or the cache cannot be opened at all (`error` says why).
using AskMoveAside = std::function<bool(const store::OpenError&)>;
std::unique_ptr<core::AppCore> openCacheInteractively(const QString& path, QString* error,
                                                      const AskMoveAside& askMoveAside = {});

bool askMoveAsideWithDialog(const store::OpenError& error, QWidget* parent = nullptr);

} // namespace ws::widgets
