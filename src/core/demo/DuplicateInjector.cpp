#include "DuplicateInjector.h"

#include <QStringList>

namespace luotsi::core::demo {

namespace {

constexpr QStringView legalForms[] = {u"Oy", u"Oyj", u"Ky", u"Ab", u"Tmi", u"ry", u"Ay", u"Osk"};
constexpr QStringView otherSystems[] = {u"Sonet", u"Cirix", u"Tilaajat", u"Prospektit",
                                        u"Enterprise"};

bool isLegalForm(QStringView word)
{
    for (QStringView form : legalForms) {
        if (word.compare(form, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// "+358401234567" → "040 123 4567" or "040-1234567": how people write a number by hand.
QString nationalForm(const QString& phone, DemoRandom& random)
{
    if (!phone.startsWith(QLatin1String("+358")) || phone.size() < 8)
        return phone;
    const QString national = QLatin1Char('0') + phone.mid(4);
    if (random.chance(0.5))
        return national.left(3) + QLatin1Char('-') + national.mid(3);
    return national.left(3) + QLatin1Char(' ') + national.mid(3, 3) + QLatin1Char(' ') +
           national.mid(6);
}

} // namespace

DuplicateInjector::DuplicateInjector(quint64 seed)
    : m_random(seed)
{}

QString DuplicateInjector::withTypo(const QString& name)
{
    QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<qsizetype> candidates;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (words[i].size() >= 4 && !isLegalForm(words[i]))
            candidates.append(i);
    }
    if (candidates.isEmpty())
        return name;
    QString& word = words[candidates[qsizetype(m_random.below(quint64(candidates.size())))]];
    // Never the first letter: people rarely mistype it, and it is what they look a name up by.
    const qsizetype at = 1 + qsizetype(m_random.below(quint64(word.size() - 2)));
    static constexpr QStringView letters = u"aeiouyäöklmnrst";
    switch (m_random.below(4)) {
    case 0: // another letter
        word[at] = letters[qsizetype(m_random.below(quint64(letters.size())))];
        break;
    case 1: // a letter left out
        word.remove(at, 1);
        break;
    case 2: // two letters swapped
        std::swap(word[at], word[at + 1]);
        break;
    default: // a letter doubled
        word.insert(at, word[at]);
        break;
    }
    return words.join(QLatin1Char(' '));
}

QString DuplicateInjector::withLegalFormMoved(const QString& name)
{
    QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2)
        return name;
    const bool drop = m_random.chance(0.4);
    if (isLegalForm(words.last())) {
        const QString form = words.takeLast();
        if (!drop)
            words.prepend(form);
    } else if (isLegalForm(words.first())) {
        const QString form = words.takeFirst();
        if (!drop)
            words.append(form);
    }
    return words.join(QLatin1Char(' '));
}

Customer DuplicateInjector::duplicateOf(const Customer& original, qint64 sequence)
{
    Customer copy;
    copy.name = original.name;
    copy.businessId = original.businessId;
    copy.kind = original.kind;
    copy.language = original.language;
    copy.status = original.status;
    copy.ownerId = m_random.chance(0.5) ? original.ownerId : 0;
    for (const Address& address : original.addresses) {
        if (address.kind == AddressKind::Visiting || copy.addresses.isEmpty()) {
            copy.addresses = {address};
            copy.addresses.first().id = 0;
        }
    }
    for (const ContactChannel& channel : original.channels) {
        if (channel.kind == ChannelKind::Web || m_random.chance(0.35))
            continue;
        ContactChannel kept = channel;
        kept.id = 0;
        copy.channels.append(kept);
    }
    if (!original.contacts.isEmpty() && m_random.chance(0.5)) {
        Contact contact = original.contacts.first();
        contact.id = 0;
        copy.contacts.append(contact);
    }
    if (!original.relationships.isEmpty()) {
        Relationship relationship = original.relationships.first();
        relationship.id = 0;
        relationship.customerNumber.clear();
        copy.relationships.append(relationship);
    }
    QString system =
        original.sourceKeys.isEmpty() ? QString() : original.sourceKeys.first().sourceSystem;
    QString other;
    do {
        other = m_random.pick(std::span<const QStringView>(otherSystems)).toString();
    } while (other == system);
    copy.sourceKeys.append({0, other, QStringLiteral("D%1").arg(sequence), 0});

    // One to three differences, each at most once.
    const int changes = 1 + int(m_random.below(3));
    QList<int> done;
    while (done.size() < changes) {
        const int change = int(m_random.below(7));
        if (done.contains(change))
            continue;
        done.append(change);
        switch (change) {
        case 0:
            copy.name = withTypo(copy.name);
            break;
        case 1:
            copy.name = m_random.chance(0.7) ? copy.name.toUpper() : copy.name.toLower();
            break;
        case 2:
            if (copy.kind == CustomerKind::Person) {
                QStringList words = copy.name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                if (words.size() >= 2)
                    words.move(words.size() - 1, 0);
                copy.name = words.join(QLatin1Char(' '));
            } else {
                copy.name = withLegalFormMoved(copy.name);
            }
            break;
        case 3:
            for (ContactChannel& channel : copy.channels) {
                if (channel.kind == ChannelKind::Phone)
                    channel.value = nationalForm(channel.value, m_random);
            }
            break;
        case 4:
            copy.businessId.clear();
            break;
        case 5:
            copy.channels.removeIf(
                [](const ContactChannel& c) { return c.kind == ChannelKind::Email; });
            break;
        default:
            copy.contacts.clear();
            break;
        }
    }
    return copy;
}

} // namespace luotsi::core::demo
