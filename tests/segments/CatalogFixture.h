#pragma once

// A fresh temporary register (migrated, so with the default segmentations, segments, channels
// and care model) and its segment catalog, counting the catalog's changed() signals.

#include "core/Workspace.h"
#include "core/segments/SegmentCatalog.h"
#include "core/storage/Database.h"
#include "support/StorageTestSupport.h"
#include "support/TestSupport.h"

#include <gtest/gtest.h>

namespace luotsi::test {

class CatalogFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (HasFailure())
            GTEST_FAIL() << "the temporary register did not open";
        QObject::connect(&catalog(), &core::segments::SegmentCatalog::changed, &catalog(),
                         [this] { ++m_changes; });
    }

    core::segments::SegmentCatalog& catalog() { return m_register.workspace().segmentCatalog(); }
    QSqlDatabase sql() { return m_register.workspace().database().connection(); }
    int changes() const { return m_changes; }

    // The codes of a segmentation's segments in display order.
    QStringList codes(qint64 segmentationId)
    {
        QStringList list;
        for (const auto& segment : valueOf(catalog().segments(segmentationId)))
            list.append(segment.code);
        return list;
    }

    // A new segment in the primary segmentation that saves as it is.
    static core::segments::Segment draft(const QString& nameFi)
    {
        core::segments::Segment segment;
        segment.segmentationId = 1;
        segment.nameFi = nameFi;
        segment.colour = QStringLiteral("#123456");
        return segment;
    }

    TemporaryRegister m_register;

private:
    int m_changes = 0;
};

} // namespace luotsi::test
