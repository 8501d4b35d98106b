#pragma once

#include "testapp.h"

#include <QInputDevice>

namespace routiq::test {

// ensureGuiApp() for tests that process events on shown windows. The offscreen platform then
// registers input devices in a list Qt keeps in a function-local static; if that static is born
// after the (static) QApplication it dies first, and the app's exit-time cleanup of the devices
// crashes. Touching the list before the application exists fixes the order.
inline void ensureUiApp()
{
    (void)QInputDevice::devices();
    ensureGuiApp();
}

} // namespace routiq::test
