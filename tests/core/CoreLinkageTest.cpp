// The core must never depend on Qt's GUI modules: luotsi-admin and the core tests run where no
// display exists, and the layering (GUI → services → repositories) depends on it.
#include "CoreLinkLibraries.h"

#include <gtest/gtest.h>

#include <string>

TEST(CoreLinkage, CoreLinksNoGuiModule)
{
    const std::string libraries = LUOTSI_CORE_LINK_LIBRARIES;
    EXPECT_EQ(libraries.find("Widgets"), std::string::npos) << libraries;
    EXPECT_EQ(libraries.find("Qt6::Gui"), std::string::npos) << libraries;
    EXPECT_NE(libraries.find("Qt6::Sql"), std::string::npos) << libraries;
}
