#pragma once

#include "DemoCustomerDetails.h"
#include "DemoNames.h"
#include "DemoPlaces.h"
#include "DemoRandom.h"
#include "core/register/Customer.h"

#include <QDate>
#include <QList>
#include <QSet>

#include <functional>
#include <optional>

#include <vector>

namespace luotsi::core {

class PostalCodeTable;

// One generated customer and its timeline, not yet written.
struct GeneratedCustomer
{
    qint64 sequence = 0; // place in the stream, counted from Settings::firstSequence
    qint64 parentSequence =
        -1;            // sequence of its parent (a parish union generated earlier), -1 none
    Customer customer; // ids 0; parentId 0 (see parentSequence)
    QList<TimelineEntry> timeline; // customerId 0 until written
};

// Realistic Finnish customers for demos and scale tests: companies (Oy, Oyj, Ab, Ky, Tmi),
// associations (ry), public bodies, parish unions followed by their parishes, and persons, with
// valid and unique business IDs, real postal codes and municipalities, contacts, E.164 phones,
// e-mail and web addresses, relationships with the group companies, legacy source keys and a
// few timeline entries each. Deterministic: the same settings give the same stream.
//
// The values are already in the form CustomerValidator::normalized() gives, so the bulk writer
// can store them as they are.
class DemoDataGenerator final
{
public:
    struct Settings
    {
        quint32 seed = 1;
        QList<GroupCompany> groupCompanies; // relationships go to these
        QList<qint64> accountManagerIds;    // owners and timeline authors
        QDate today;                        // the generated history ends the day before
        // Continues sequences, source keys and customer numbers after an earlier run into the
        // same register, so that they stay unique.
        qint64 firstSequence = 0;
    };

    DemoDataGenerator(Settings settings, const PostalCodeTable& postalCodes);

    // False when the postal-code table had no usable municipalities: nothing can be generated.
    bool isValid() const { return !m_places.isEmpty(); }
    GeneratedCustomer next();

private:
    struct UnionInProgress
    {
        const demo::DemoPlace* place = nullptr;
        qint64 sequence = -1;
        bool swedish = false;
        int parishesLeft = 0;
        int ordinal = 0;
        QSet<QString> names;
    };

    CustomerKind drawKind();
    bool drawSwedish(const demo::DemoPlace& place);
    // A name no organisation has yet, moving the organisation to another place if need be.
    QString distinctName(const demo::DemoPlace*& place, bool& swedish,
                         const std::function<QString()>& make);
    std::optional<QString> uniqueName(const std::function<QString()>& make, bool mayRepeat);
    QString businessId();
    void setStatusAndDates(Customer& customer);
    void addRelationships(Customer& customer);
    void addSourceKeys(Customer& customer);
    QString counted(int counter, qint64 base);

    Settings m_settings;
    demo::DemoRandom m_random;
    demo::DemoPlaces m_places;
    demo::DemoNames m_names;
    demo::DemoCustomerDetails m_details;
    qint64 m_sequence;
    UnionInProgress m_union;
    std::vector<bool> m_usedBusinessIds;
    QSet<size_t> m_usedNames;
    QList<qint64> m_counters; // source keys per system, then customer numbers per group company
};

} // namespace luotsi::core
