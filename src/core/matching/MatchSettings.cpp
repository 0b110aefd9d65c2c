#include "MatchSettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <array>
#include <utility>

namespace luotsi::core::matching {

namespace {

// User-visible texts of this file, in the "MatchSettings" translation context.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(MatchSettings)
};

using WeightField = std::pair<const char*, double MatchWeights::*>;

// Every weight with its JSON name, so that loading and saving cannot drift apart.
constexpr std::array weightFields = {
    WeightField{"prior", &MatchWeights::prior},
    WeightField{"businessIdEqual", &MatchWeights::businessIdEqual},
    WeightField{"businessIdNear", &MatchWeights::businessIdNear},
    WeightField{"nameExact", &MatchWeights::nameExact},
    WeightField{"nameTypo", &MatchWeights::nameTypo},
    WeightField{"nameSimilar", &MatchWeights::nameSimilar},
    WeightField{"nameNear", &MatchWeights::nameNear},
    WeightField{"nameDifferent", &MatchWeights::nameDifferent},
    WeightField{"legalFormSame", &MatchWeights::legalFormSame},
    WeightField{"legalFormConflict", &MatchWeights::legalFormConflict},
    WeightField{"kindConflict", &MatchWeights::kindConflict},
    WeightField{"municipalitySame", &MatchWeights::municipalitySame},
    WeightField{"municipalityDifferent", &MatchWeights::municipalityDifferent},
    WeightField{"municipalityGuessDifferent", &MatchWeights::municipalityGuessDifferent},
    WeightField{"postalCodeSame", &MatchWeights::postalCodeSame},
    WeightField{"postalAreaSame", &MatchWeights::postalAreaSame},
    WeightField{"streetSame", &MatchWeights::streetSame},
    WeightField{"phoneShared", &MatchWeights::phoneShared},
    WeightField{"emailShared", &MatchWeights::emailShared},
    WeightField{"emailDomainShared", &MatchWeights::emailDomainShared},
    WeightField{"contactSame", &MatchWeights::contactSame},
    WeightField{"personPhoneDiffers", &MatchWeights::personPhoneDiffers},
    WeightField{"personEmailDiffers", &MatchWeights::personEmailDiffers},
};

Result<double> readNumber(const QJsonObject& object, const QString& key, double fallback,
                          const QString& where)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isDouble())
        return Error{Texts::tr("\"%1\" must be a number.").arg(key), where};
    return value.toDouble();
}

} // namespace

MatchOutcome MatchSettings::outcome(double score) const
{
    if (score >= sameAbove)
        return MatchOutcome::Same;
    if (score >= reviewAbove)
        return MatchOutcome::PossibleDuplicate;
    return MatchOutcome::Different;
}

QByteArray MatchSettings::toJson() const
{
    QJsonObject weightObject;
    for (const auto& [name, member] : weightFields)
        weightObject.insert(QLatin1String(name), weights.*member);
    QJsonObject root;
    root.insert(QStringLiteral("sameAbove"), sameAbove);
    root.insert(QStringLiteral("reviewAbove"), reviewAbove);
    root.insert(QStringLiteral("maxBlockSize"), maxBlockSize);
    root.insert(QStringLiteral("weights"), weightObject);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<MatchSettings> MatchSettings::fromJson(const QByteArray& json, const QString& where)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{Texts::tr("The matching settings are not valid JSON: %1 (at character %2).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset),
                     where};
    if (!document.isObject())
        return Error{Texts::tr("The matching settings must be a JSON object."), where};
    const QJsonObject root = document.object();
    MatchSettings settings;

    const auto same = readNumber(root, QStringLiteral("sameAbove"), settings.sameAbove, where);
    if (!same)
        return same.error();
    const auto review =
        readNumber(root, QStringLiteral("reviewAbove"), settings.reviewAbove, where);
    if (!review)
        return review.error();
    const auto block =
        readNumber(root, QStringLiteral("maxBlockSize"), settings.maxBlockSize, where);
    if (!block)
        return block.error();
    settings.sameAbove = *same;
    settings.reviewAbove = *review;
    settings.maxBlockSize = int(*block);
    if (settings.reviewAbove < 0.0 || settings.sameAbove > 1.0 ||
        settings.reviewAbove > settings.sameAbove)
        return Error{Texts::tr("The thresholds must satisfy 0 ≤ reviewAbove ≤ sameAbove ≤ 1 "
                               "(reviewAbove %1, sameAbove %2).")
                         .arg(settings.reviewAbove)
                         .arg(settings.sameAbove),
                     where};
    if (settings.maxBlockSize < 2)
        return Error{Texts::tr("maxBlockSize must be at least 2."), where};

    const QJsonValue weightValue = root.value(QStringLiteral("weights"));
    if (!weightValue.isUndefined() && !weightValue.isObject())
        return Error{Texts::tr("\"weights\" must be a JSON object."), where};
    const QJsonObject weightObject = weightValue.toObject();
    for (const auto& [name, member] : weightFields) {
        const auto value =
            readNumber(weightObject, QLatin1String(name), settings.weights.*member, where);
        if (!value)
            return value.error();
        settings.weights.*member = *value;
    }
    return settings;
}

Result<MatchSettings> MatchSettings::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Texts::tr("Cannot read the matching settings: %1").arg(file.errorString()),
                     path};
    return fromJson(file.readAll(), path);
}

Status MatchSettings::save(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson()) < 0 || !file.commit())
        return Error{Texts::tr("Cannot write the matching settings: %1").arg(file.errorString()),
                     path};
    return {};
}

} // namespace luotsi::core::matching
