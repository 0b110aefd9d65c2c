// The segment catalog on a migrated register: the defaults, saving with validation, order,
// the primary segmentation and the care model.

#include "CatalogFixture.h"
#include "RuleTestSupport.h"

#include <QSqlQuery>

namespace luotsi::test {
namespace {

using namespace core::segments;

using SegmentCatalogTest = CatalogFixture;

TEST_F(SegmentCatalogTest, DefaultsAreReadable)
{
    const QList<Segmentation> segmentations = valueOf(catalog().segmentations());
    ASSERT_EQ(segmentations.size(), 2);
    EXPECT_EQ(segmentations[0].code, QStringLiteral("customer_value"));
    EXPECT_TRUE(segmentations[0].primary);
    EXPECT_FALSE(segmentations[1].primary);
    EXPECT_EQ(valueOf(catalog().primarySegmentation()).id, segmentations[0].id);

    EXPECT_EQ(codes(1), (QStringList{QStringLiteral("vip"), QStringLiteral("loyal"),
                                     QStringLiteral("develop"), QStringLiteral("traffic"),
                                     QStringLiteral("acquire")}));
    EXPECT_EQ(codes(2), (QStringList{QStringLiteral("growth"), QStringLiteral("loyal"),
                                     QStringLiteral("basic")}));
    const QList<Segment> byPriority = valueOf(catalog().segmentsByPriority(1));
    ASSERT_EQ(byPriority.size(), 5);
    EXPECT_EQ(byPriority.first().rule, vipRule());
    EXPECT_TRUE(byPriority.last().rule.isEmpty()); // Hanki: the catch-all

    const QList<CareChannel> channels = valueOf(catalog().channels());
    ASSERT_EQ(channels.size(), 8);
    EXPECT_EQ(channels.first().code, QStringLiteral("top_management"));
    EXPECT_EQ(channels.last().code, QStringLiteral("contact_centre"));

    const QList<CareCell> model = valueOf(catalog().careModel(1));
    EXPECT_EQ(model.size(), 22);
    EXPECT_EQ(model.first().segmentId, 1);
    EXPECT_EQ(model.first().channelId, 1);
    EXPECT_EQ(model.last().segmentId, 5);
    const QList<CareCell> growth = valueOf(catalog().careFor(7));
    ASSERT_EQ(growth.size(), 2);
    EXPECT_EQ(growth[0].channelId, 4); // by channel position: direct marketing before field sales
    EXPECT_EQ(growth[1].channelId, 6);
}

TEST_F(SegmentCatalogTest, EverySeededRuleParsesAndWritesBackTheSameText)
{
    QSqlQuery query(sql());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT code, rule FROM segments ORDER BY id")));
    int rules = 0;
    while (query.next()) {
        const QString text = query.value(1).toString();
        const RuleParse parse = ruleFromJson(text);
        EXPECT_TRUE(parse.error.isEmpty())
            << query.value(0).toString().toStdString() << ": " << parse.error.toStdString();
        EXPECT_EQ(ruleToJsonText(parse.rule), text) << query.value(0).toString().toStdString();
        ++rules;
    }
    EXPECT_EQ(rules, 8);
}

TEST_F(SegmentCatalogTest, AnUnreadableStoredRuleIsAnErrorNamingTheSegment)
{
    ASSERT_TRUE(exec(sql(), QStringLiteral("UPDATE segments SET rule = ? WHERE id = 2"),
                     {QStringLiteral("{\"criteria\":[{\"fact\":\"sales\"}]}")}));
    const auto segments = catalog().segments(1);
    ASSERT_FALSE(segments.ok());
    EXPECT_TRUE(segments.error().text().contains(QStringLiteral("Kanta-asiakkaat")))
        << segments.error().text().toStdString();
    EXPECT_TRUE(segments.error().text().contains(QStringLiteral("unknown fact 'sales'")));
    EXPECT_FALSE(catalog().segmentsByPriority(1).ok());
    EXPECT_TRUE(catalog().segments(2).ok());
}

TEST_F(SegmentCatalogTest, NewSegmentGetsCodePositionAndPriority)
{
    Segment segment = draft(QStringLiteral("  Äänekkäät Öljy-yhtiöt  "));
    segment.rule = ruleOf({text(Fact::Tag, Comparison::OneOf, {QStringLiteral("öljy")})});
    segment.colour = QStringLiteral("#ABCDEF");
    ASSERT_TRUE(catalog().saveSegment(segment)) << "save";
    EXPECT_NE(segment.id, 0);
    EXPECT_EQ(segment.code, QStringLiteral("aanekkaat_oljy_yhtiot"));
    EXPECT_EQ(segment.nameFi, QStringLiteral("Äänekkäät Öljy-yhtiöt"));
    EXPECT_EQ(segment.colour, QStringLiteral("#abcdef"));
    EXPECT_EQ(segment.position, 6);
    EXPECT_EQ(segment.priority, 6);
    EXPECT_EQ(valueOf(catalog().segment(segment.id)), segment);
    EXPECT_EQ(changes(), 1);

    // The same name again: the generated code moves aside instead of failing.
    Segment again = draft(QStringLiteral("Äänekkäät öljy-yhtiöt"));
    ASSERT_TRUE(catalog().saveSegment(again));
    EXPECT_EQ(again.code, QStringLiteral("aanekkaat_oljy_yhtiot_2"));
    Segment vip = draft(QStringLiteral("VIP"));
    ASSERT_TRUE(catalog().saveSegment(vip));
    EXPECT_EQ(vip.code, QStringLiteral("vip_2"));
}

TEST_F(SegmentCatalogTest, CodesAreUniqueWithinASegmentation)
{
    Segment copy = draft(QStringLiteral("Toinen VIP"));
    copy.code = QStringLiteral("vip");
    const core::Status refused = catalog().saveSegment(copy);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().text().contains(QStringLiteral("\"vip\"")));
    EXPECT_EQ(copy.id, 0);

    copy.segmentationId = 2; // another segmentation may use the code
    ASSERT_TRUE(catalog().saveSegment(copy)) << "save";
    EXPECT_EQ(copy.code, QStringLiteral("vip"));

    // Renaming a segment keeps its own code without tripping over itself.
    Segment loyal = valueOf(catalog().segment(2));
    loyal.nameEn = QStringLiteral("Regulars");
    ASSERT_TRUE(catalog().saveSegment(loyal));
    EXPECT_EQ(valueOf(catalog().segment(2)).nameEn, QStringLiteral("Regulars"));

    Segment badCode = draft(QStringLiteral("Uusi"));
    badCode.code = QStringLiteral("Uusi segmentti");
    EXPECT_FALSE(catalog().saveSegment(badCode).ok());
}

TEST_F(SegmentCatalogTest, ValidationErrorsSayWhatIsWrong)
{
    const int before = codes(1).size();
    const auto refusal = [this](Segment segment) {
        const core::Status status = catalog().saveSegment(segment);
        EXPECT_FALSE(status.ok());
        EXPECT_EQ(segment.id, 0);
        return status.error().text();
    };
    Segment unnamed = draft(QStringLiteral("   "));
    unnamed.nameEn = QStringLiteral("Nameless");
    EXPECT_TRUE(refusal(unnamed).contains(QStringLiteral("Finnish name")));

    for (const char* colour : {"red", "#12345", "#1234567", "#12345g", ""}) {
        Segment coloured = draft(QStringLiteral("Värikäs"));
        coloured.colour = QString::fromLatin1(colour);
        EXPECT_TRUE(refusal(coloured).contains(QStringLiteral("#rrggbb"))) << colour;
    }

    Segment broken = draft(QStringLiteral("Rikki"));
    Rule group = ruleOf({text(Fact::City, Comparison::OneOf, {})});
    broken.rule.groups = {group};
    EXPECT_TRUE(refusal(broken).contains(QStringLiteral("group 1, criterion 1: no values given")));

    Segment orphan = draft(QStringLiteral("Orpo"));
    orphan.segmentationId = 99;
    EXPECT_FALSE(refusal(orphan).isEmpty());

    Segment ghost = draft(QStringLiteral("Haamu"));
    ghost.id = 999;
    EXPECT_FALSE(catalog().saveSegment(ghost).ok());

    EXPECT_EQ(codes(1).size(), before);
    EXPECT_EQ(changes(), 0);
}

TEST_F(SegmentCatalogTest, DeactivatedSegmentsStayListedButAreNotEvaluated)
{
    Segment loyal = valueOf(catalog().segment(2));
    loyal.active = false;
    ASSERT_TRUE(catalog().saveSegment(loyal));
    EXPECT_EQ(codes(1).size(), 5);
    QStringList evaluated;
    for (const Segment& segment : valueOf(catalog().segmentsByPriority(1)))
        evaluated.append(segment.code);
    EXPECT_EQ(evaluated, (QStringList{QStringLiteral("vip"), QStringLiteral("develop"),
                                      QStringLiteral("traffic"), QStringLiteral("acquire")}));
}

TEST_F(SegmentCatalogTest, PriorityNotPositionOrdersEvaluation)
{
    Segment acquire = valueOf(catalog().segment(5));
    acquire.priority = 0; // "after the last" only for a new segment; a saved one keeps it
    ASSERT_TRUE(catalog().saveSegment(acquire));
    EXPECT_EQ(valueOf(catalog().segmentsByPriority(1)).first().code, QStringLiteral("acquire"));
    EXPECT_EQ(codes(1).last(), QStringLiteral("acquire")); // display order unchanged
}

TEST_F(SegmentCatalogTest, MovingRenumbersPositions)
{
    ASSERT_TRUE(catalog().moveSegment(4, -2)); // traffic up two
    EXPECT_EQ(codes(1), (QStringList{QStringLiteral("vip"), QStringLiteral("traffic"),
                                     QStringLiteral("loyal"), QStringLiteral("develop"),
                                     QStringLiteral("acquire")}));
    QList<int> positions;
    for (const Segment& segment : valueOf(catalog().segments(1)))
        positions.append(segment.position);
    EXPECT_EQ(positions, (QList<int>{1, 2, 3, 4, 5}));
    EXPECT_EQ(changes(), 1);

    ASSERT_TRUE(catalog().moveSegment(1, -10)); // already first: stays
    ASSERT_TRUE(catalog().moveSegment(5, 3));   // already last: stays
    ASSERT_TRUE(catalog().moveSegment(1, 1));
    EXPECT_EQ(codes(1), (QStringList{QStringLiteral("traffic"), QStringLiteral("vip"),
                                     QStringLiteral("loyal"), QStringLiteral("develop"),
                                     QStringLiteral("acquire")}));
    EXPECT_EQ(codes(2).first(), QStringLiteral("growth")); // the other segmentation untouched
    EXPECT_FALSE(catalog().moveSegment(999, 1).ok());
}

TEST_F(SegmentCatalogTest, SwitchingThePrimarySegmentation)
{
    ASSERT_TRUE(catalog().setPrimary(2));
    EXPECT_EQ(valueOf(catalog().primarySegmentation()).code, QStringLiteral("growth"));
    int primaries = 0;
    for (const Segmentation& s : valueOf(catalog().segmentations()))
        primaries += s.primary ? 1 : 0;
    EXPECT_EQ(primaries, 1);
    EXPECT_EQ(changes(), 1);

    EXPECT_FALSE(catalog().setPrimary(99).ok());
    EXPECT_EQ(valueOf(catalog().primarySegmentation()).code, QStringLiteral("growth"));

    // Unchecking the primary one would leave none: refused.
    Segmentation growth = valueOf(catalog().primarySegmentation());
    growth.primary = false;
    EXPECT_FALSE(catalog().saveSegmentation(growth).ok());

    // A new primary segmentation takes the place of the old one.
    Segmentation regions;
    regions.nameFi = QStringLiteral("Alueet");
    regions.primary = true;
    ASSERT_TRUE(catalog().saveSegmentation(regions));
    EXPECT_EQ(regions.code, QStringLiteral("alueet"));
    EXPECT_EQ(regions.position, 3);
    EXPECT_EQ(valueOf(catalog().primarySegmentation()).id, regions.id);
    EXPECT_FALSE(valueOf(catalog().segmentations())[1].primary);
}

TEST_F(SegmentCatalogTest, SegmentationValidation)
{
    Segmentation unnamed;
    unnamed.nameEn = QStringLiteral("Regions");
    EXPECT_FALSE(catalog().saveSegmentation(unnamed).ok());

    Segmentation duplicate;
    duplicate.nameFi = QStringLiteral("Kasvu");
    duplicate.code = QStringLiteral("growth");
    const core::Status refused = catalog().saveSegmentation(duplicate);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().text().contains(QStringLiteral("\"growth\"")));

    Segmentation renamed = valueOf(catalog().segmentations())[1];
    renamed.nameEn = QStringLiteral("Growth cut");
    ASSERT_TRUE(catalog().saveSegmentation(renamed));
    EXPECT_EQ(valueOf(catalog().segmentations())[1].nameEn, QStringLiteral("Growth cut"));
    EXPECT_EQ(changes(), 1);
}

TEST_F(SegmentCatalogTest, CareCellsAreSavedAndRemoved)
{
    CareCell cell{5, 1, QStringLiteral("  Johdon tapaaminen "), QStringLiteral("Kerran vuodessa")};
    ASSERT_TRUE(catalog().saveCareCell(cell));
    QList<CareCell> acquire = valueOf(catalog().careFor(5));
    ASSERT_EQ(acquire.size(), 5);
    EXPECT_EQ(acquire.first(), (CareCell{5, 1, QStringLiteral("Johdon tapaaminen"),
                                         QStringLiteral("Kerran vuodessa")}));

    cell.rhythm = QStringLiteral("Kahdesti vuodessa");
    ASSERT_TRUE(catalog().saveCareCell(cell));
    EXPECT_EQ(valueOf(catalog().careFor(5)).first().rhythm, QStringLiteral("Kahdesti vuodessa"));
    EXPECT_EQ(valueOf(catalog().careFor(5)).size(), 5);

    // A rhythm alone keeps the cell; neither role nor rhythm removes it.
    ASSERT_TRUE(catalog().saveCareCell({5, 1, {}, QStringLiteral("Tarpeen mukaan")}));
    EXPECT_EQ(valueOf(catalog().careFor(5)).size(), 5);
    ASSERT_TRUE(catalog().saveCareCell({5, 1, QStringLiteral(" "), {}}));
    acquire = valueOf(catalog().careFor(5));
    EXPECT_EQ(acquire.size(), 4);
    EXPECT_NE(acquire.first().channelId, 1);
    EXPECT_EQ(changes(), 4);

    EXPECT_FALSE(catalog().saveCareCell({5, 99, QStringLiteral("x"), {}}).ok());
    EXPECT_FALSE(catalog().saveCareCell({99, 1, QStringLiteral("x"), {}}).ok());
    EXPECT_EQ(changes(), 4);
}

} // namespace
} // namespace luotsi::test
