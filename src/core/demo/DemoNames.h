#pragma once

#include <QString>

namespace luotsi::core::demo {

class DemoRandom;
struct DemoPlace;

struct PersonName
{
    QString first;
    QString last;
};

// Names of generated customers, built from the small lists of DemoWords by many patterns so
// that a million of them rarely repeat: "Rakennus Virtanen Oy", "Kämmenniemen Puutyö Oy",
// "JM-Sähkö Ky", "Tmi Kirjapaino Äijälä", "Asunto Oy Espoon Kaskenkatu 5", "Heinolan
// Rotaryklubi ry", "Vantaan kaupunki, kirjastopalvelut", "Tampereen seurakuntayhtymä".
class DemoNames final
{
public:
    explicit DemoNames(DemoRandom& random);

    PersonName person(bool swedish);
    QString company(const DemoPlace& place, bool swedish);
    QString association(const DemoPlace& place, bool swedish);
    QString publicBody(const DemoPlace& place, bool swedish);
    QString parishUnion(const DemoPlace& place, bool swedish);
    // A parish of a union in place; ordinal 0 is the union's first parish.
    QString unionParish(const DemoPlace& place, bool swedish, int ordinal);
    QString parish(const DemoPlace& place, bool swedish);
    // "Koulukatu", "Pihlajatie", "Skolgatan".
    QString street(bool swedish);

    // The name without its legal form ("Oy", "Ab", "Tmi", "ry"...), for web domains.
    static QString withoutLegalForm(const QString& name);

private:
    QString surname(bool swedish);
    QString surnameGenitive();
    QString placeGenitive(const DemoPlace& place, double villageShare);
    QString localGenitive(const DemoPlace& place);
    QString villageOrDistrict(const DemoPlace& place);
    QString initials();
    QString companyFinnish(const DemoPlace& place);
    QString companySwedish(const DemoPlace& place);
    QString housingCompany(const DemoPlace& place);

    DemoRandom& m_random;
};

} // namespace luotsi::core::demo
