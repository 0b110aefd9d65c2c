#include "SampleNoise.h"

#include "core/register/PostalCodeTable.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace luotsi::test {

using core::CustomerKind;
using core::matching::MatchRecord;

namespace {

CustomerKind kindOf(const QString& type)
{
    if (type == QLatin1String("person"))
        return CustomerKind::Person;
    if (type == QLatin1String("parish"))
        return CustomerKind::Parish;
    if (type == QLatin1String("parish_union"))
        return CustomerKind::ParishUnion;
    if (type == QLatin1String("association"))
        return CustomerKind::Association;
    return CustomerKind::Company;
}

// Neighbouring keys on a Finnish keyboard, for substitution typos.
QChar neighbour(QChar c, int pick)
{
    static const QHash<QChar, QString> keys = {
        {u'a', QStringLiteral("sqz")}, {u'b', QStringLiteral("vn")}, {u'c', QStringLiteral("xv")},
        {u'd', QStringLiteral("sf")},  {u'e', QStringLiteral("wr")}, {u'f', QStringLiteral("dg")},
        {u'g', QStringLiteral("fh")},  {u'h', QStringLiteral("gj")}, {u'i', QStringLiteral("uo")},
        {u'j', QStringLiteral("hk")},  {u'k', QStringLiteral("jl")}, {u'l', QStringLiteral("kö")},
        {u'm', QStringLiteral("n")},   {u'n', QStringLiteral("bm")}, {u'o', QStringLiteral("ip")},
        {u'p', QStringLiteral("oå")},  {u'r', QStringLiteral("et")}, {u's', QStringLiteral("ad")},
        {u't', QStringLiteral("ry")},  {u'u', QStringLiteral("yi")}, {u'v', QStringLiteral("cb")},
        {u'y', QStringLiteral("tu")},  {u'ä', QStringLiteral("öå")}, {u'ö', QStringLiteral("lä")},
    };
    const bool upper = c.isUpper();
    const QString options = keys.value(c.toLower(), QStringLiteral("e"));
    const QChar replacement = options.at(pick % options.size());
    return upper ? replacement.toUpper() : replacement;
}

} // namespace

QList<SampleEntity> readSampleEntities(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<SampleEntity> entities;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList f = line.split(QLatin1Char(','));
        if (f.size() != 15) {
            *error = QStringLiteral("line %1: %2 fields").arg(i + 1).arg(f.size());
            return {};
        }
        SampleEntity entity;
        entity.entityId = f.at(0);
        entity.type = f.at(1);
        entity.lookalikeGroup = f.at(12);
        MatchRecord& r = entity.record;
        r.id = f.at(0).mid(1).toLongLong();
        r.name = f.at(2);
        r.kind = kindOf(entity.type);
        r.businessId = f.at(3);
        r.street = f.at(4);
        r.postalCode = f.at(5);
        r.city = f.at(6);
        if (!f.at(7).isEmpty())
            r.phones = {f.at(7)};
        if (!f.at(8).isEmpty())
            r.emails = {f.at(8)};
        r.contactName = f.at(9);
        entities.append(entity);
    }
    return entities;
}

SampleNoise::SampleNoise(const QList<SampleEntity>& entities, quint32 seed, double severity)
    : m_random(seed)
    , m_severity(severity)
{
    for (const core::PostalCodeEntry& entry : core::PostalCodeTable::builtIn().entries()) {
        if (!entry.municipalitySv.isEmpty() && entry.municipalitySv != entry.municipality)
            m_swedishNames.insert(entry.municipality, entry.municipalitySv);
    }
    for (const SampleEntity& entity : entities) {
        const MatchRecord& r = entity.record;
        m_addressesByCity[r.city].append({r.street, r.postalCode});
        const QStringList person = (r.kind == CustomerKind::Person ? r.name : r.contactName)
                                       .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (person.size() == 2) {
            m_firstNames.append(person.at(0));
            m_lastNames.append(person.at(1));
        }
    }
}

QString SampleNoise::typo(const QString& text)
{
    // Letters only, as a person typing a name gets them wrong.
    QList<qsizetype> letters;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isLetter())
            letters.append(i);
    }
    if (letters.size() < 2)
        return text;
    const qsizetype at = letters.at(below(int(letters.size())));
    QString out = text;
    const QChar c = text.at(at);
    switch (below(5)) {
    case 0:
        out[at] = neighbour(c, below(3));
        break;
    case 1:
        out.remove(at, 1);
        break;
    case 2:
        out.insert(at, c);
        break;
    case 3:
        if (at + 1 < out.size() && out.at(at + 1).isLetter())
            std::swap(out[at], out[at + 1]);
        else
            out.remove(at, 1);
        break;
    default: {
        const QString plain = stripDiacritics(text);
        out = plain != text ? plain : QString(text).insert(at, c);
        break;
    }
    }
    return out;
}

QString SampleNoise::stripDiacritics(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        if (c == u'ä' || c == u'å')
            c = QLatin1Char('a');
        else if (c == u'Ä' || c == u'Å')
            c = QLatin1Char('A');
        else if (c == u'ö')
            c = QLatin1Char('o');
        else if (c == u'Ö')
            c = QLatin1Char('O');
    }
    return out;
}

QString SampleNoise::abbreviate(const QString& name)
{
    QString out = name;
    if (out.contains(QLatin1String("seurakuntayhtymä")))
        return out.replace(QLatin1String("seurakuntayhtymä"),
                           chance(0.5) ? QStringLiteral("srk-yhtymä") : QStringLiteral("srky"));
    if (out.contains(QLatin1String("seurakunta")))
        return out.replace(QLatin1String("seurakunta"), QStringLiteral("srk"));
    if (out.endsWith(QLatin1String(" ry")))
        return out.chopped(3) + QStringLiteral(" r.y.");
    if (out.startsWith(QLatin1String("Tmi ")))
        return (chance(0.5) ? QStringLiteral("T:mi ") : QStringLiteral("Toiminimi ")) + out.mid(4);
    if (out.endsWith(QLatin1String(" Tmi")))
        return out.chopped(4) + QStringLiteral(" T:mi");
    out.replace(QLatin1String("Insinööritoimisto"), QStringLiteral("Ins.tsto"));
    out.replace(QLatin1String("Arkkitehtitoimisto"), QStringLiteral("Ark.tsto"));
    return out;
}

QString SampleNoise::changeCase(const QString& name)
{
    QString out;
    switch (below(3)) {
    case 0:
        out = name.toUpper();
        break;
    case 1:
        out = name.toLower();
        break;
    default: {
        out = name;
        static const QRegularExpression legalForm(QStringLiteral("\\b(Oy|Ky|ry|Ab|Oyj|Tmi)\\b"));
        const QStringList variants = {QStringLiteral("OY"),   QStringLiteral("oy"),
                                      QStringLiteral("Oy."),  QStringLiteral("RY"),
                                      QStringLiteral("R.Y."), QStringLiteral("KY"),
                                      QStringLiteral("TMI")};
        const auto match = legalForm.match(out);
        if (match.hasMatch()) {
            const QString form = match.captured(1).toUpper();
            QStringList fitting;
            for (const QString& v : variants) {
                if (v.toUpper().remove(QLatin1Char('.')) == form)
                    fitting.append(v);
            }
            if (!fitting.isEmpty())
                out.replace(match.capturedStart(1), match.capturedLength(1),
                            fitting.at(below(int(fitting.size()))));
        }
        break;
    }
    }
    return out;
}

QString SampleNoise::randomPhone()
{
    return QStringLiteral("+35840%1").arg(1000000 + below(8999999));
}

QString SampleNoise::nationalFormat(const QString& e164)
{
    if (!e164.startsWith(QLatin1String("+358")))
        return e164;
    const QString national = QLatin1Char('0') + e164.mid(4);
    switch (below(4)) {
    case 0:
        return national;
    case 1:
        return national.left(3) + QLatin1Char('-') + national.mid(3);
    case 2:
        return national.left(3) + QLatin1Char(' ') + national.mid(3, 3) + QLatin1Char(' ') +
               national.mid(6);
    default:
        return e164;
    }
}

MatchRecord SampleNoise::noisyCopy(const SampleEntity& entity, QStringList* kinds)
{
    MatchRecord r = entity.record;
    const bool person = r.kind == CustomerKind::Person;
    // Rates of the README's tagged rows (per 3,185 rows), times the severity.
    auto apply = [&](const char* kind, double readmeRows) {
        const bool yes = chance(std::min(0.5, m_severity * readmeRows / 3185.0));
        if (yes)
            kinds->append(QLatin1String(kind));
        return yes;
    };
    if (apply("missing_business_id", 244))
        r.businessId.clear();
    if (apply("missing_phone", 224))
        r.phones.clear();
    if (apply("missing_email", 270))
        r.emails.clear();
    if (apply("other_phone", 233))
        r.phones = {randomPhone()};
    if (!person && apply("other_contact", 318) && !m_firstNames.isEmpty()) {
        r.contactName = m_firstNames.at(below(int(m_firstNames.size()))) + QLatin1Char(' ') +
                        m_lastNames.at(below(int(m_lastNames.size())));
        if (!r.emails.isEmpty() && chance(0.5)) {
            const QString domain = r.emails.constFirst().section(QLatin1Char('@'), 1);
            r.emails = {stripDiacritics(
                            r.contactName.toLower().replace(QLatin1Char(' '), QLatin1Char('.'))) +
                        QLatin1Char('@') + domain};
        }
    }
    if (apply("stale_address", 78)) {
        const auto& addresses = m_addressesByCity.value(r.city);
        const auto& other = addresses.at(below(int(addresses.size())));
        r.street = other.first == r.street ? QStringLiteral("Vanha Kauppatie 3") : other.first;
        r.postalCode = other.second;
    } else if (apply("po_box", 100)) {
        const QStringList box = {QStringLiteral("PL"), QStringLiteral("Postilokero"),
                                 QStringLiteral("PO Box")};
        r.street = box.at(below(3)) + QLatin1Char(' ') + QString::number(1 + below(400));
        r.postalCode = r.postalCode.left(4) + QLatin1Char('1');
    }
    // Structural differences of the files: the prospect list has the municipality only; some
    // Cirix rows have a postal code but no city; Sonet cuts Name1 at 30 characters and the
    // import joins Name2 back with a space, sometimes mid-word.
    if (apply("municipality_only", 632)) {
        r.street.clear();
        r.postalCode.clear();
    } else if (apply("postal_code_only", 60)) {
        r.city.clear();
    }
    if (r.name.size() > 30 && apply("name_split", 67 * 4))
        r.name = r.name.left(30).trimmed() + QLatin1Char(' ') + r.name.mid(30).trimmed();
    if (apply("abbreviation", 221)) {
        r.name = abbreviate(r.name);
        r.street.replace(QLatin1String("katu "), QStringLiteral("k. "));
        r.street.replace(QLatin1String("tie "), QStringLiteral("t. "));
    }
    if (!person && apply("legal_form_moved", 100)) {
        static const QRegularExpression trailing(QStringLiteral("^(.*) (Oy|Ky|Tmi|Ab|Oyj)$"));
        static const QRegularExpression leading(QStringLiteral("^(Tmi|Oy) (.*)$"));
        if (const auto m = trailing.match(r.name); m.hasMatch())
            r.name = m.captured(2) + QLatin1Char(' ') + m.captured(1);
        else if (const auto l = leading.match(r.name); l.hasMatch())
            r.name = l.captured(2) + QLatin1Char(' ') + l.captured(1);
    }
    if (apply("swapped_names", 150)) {
        auto swap = [](const QString& name) {
            const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            return words.size() == 2 ? words.at(1) + QLatin1Char(' ') + words.at(0) : name;
        };
        if (person)
            r.name = swap(r.name);
        r.contactName = swap(r.contactName);
    }
    if (apply("typo", 140))
        r.name = typo(r.name);
    if (apply("diacritics_stripped", 20)) {
        r.name = stripDiacritics(r.name).toUpper();
        r.street = stripDiacritics(r.street).toUpper();
        r.city = stripDiacritics(r.city).toUpper();
        r.contactName = stripDiacritics(r.contactName).toUpper();
    }
    if (apply("case", 424)) {
        r.name = changeCase(r.name);
        for (QString& email : r.emails)
            email = email.toUpper();
        r.city = chance(0.5) ? r.city.toUpper() : r.city;
    }
    if (apply("swedish_city", 50) && m_swedishNames.contains(entity.record.city))
        r.city = m_swedishNames.value(entity.record.city);
    if (apply("whitespace", 145)) {
        switch (below(3)) {
        case 0:
            r.name = QLatin1Char(' ') + r.name;
            break;
        case 1:
            r.name += QStringLiteral("  ");
            break;
        default:
            if (const qsizetype space = r.name.indexOf(QLatin1Char(' ')); space >= 0)
                r.name.replace(space, 1, QStringLiteral("  "));
            break;
        }
    }
    for (QString& phone : r.phones)
        phone = nationalFormat(phone);
    return r;
}

} // namespace luotsi::test
