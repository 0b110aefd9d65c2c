#pragma once

namespace luotsi::gui {

class ImportHistoryPage;

// A developer option for screenshots and manual checks: with LUOTSI_IMPORT_DEMO_PAGE set
// (file, sheet, mapping, cleaning, matching, run, report or history), the app opens the
// Import module and walks the wizard on LUOTSI_IMPORT_DEMO_FILE up to that page, through the
// same buttons an admin uses, waiting for the preview and the run. Not for users: nothing in
// the UI mentions it.
class ImportDemo final
{
public:
    static void startIfAsked(ImportHistoryPage& page);
};

} // namespace luotsi::gui
