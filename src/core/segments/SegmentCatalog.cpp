#include "SegmentCatalog.h"

#include "core/Workspace.h"
#include "core/storage/SegmentRepository.h"
#include "core/storage/TransactionGuard.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace luotsi::core::segments {

namespace {

// A code from a name: lowercase ASCII, accents dropped (ä → a), anything else an underscore.
QString codeFromName(const QString& name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toLower();
    QString code;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.unicode() < 128 && c.isLetterOrNumber())
            code.append(c);
        else if (!code.isEmpty() && !code.endsWith(u'_'))
            code.append(u'_');
    }
    while (code.endsWith(u'_'))
        code.chop(1);
    return code;
}

bool isValidCode(const QString& code)
{
    return !code.isEmpty() && std::all_of(code.cbegin(), code.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
    });
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
}

bool isValidColour(const QString& colour)
{
    return colour.size() == 7 && colour.front() == u'#' &&
           std::all_of(colour.cbegin() + 1, colour.cend(), isHexDigit);
}

// The first of base, base_2, base_3 ... that taken() does not report as taken.
template<typename Taken> Result<QString> freeCode(const QString& base, Taken taken)
{
    QString code = base;
    for (int n = 2;; ++n) {
        auto used = taken(code);
        if (!used)
            return used.error();
        if (!*used)
            return code;
        code = base + u'_' + QString::number(n);
    }
}

} // namespace

SegmentCatalog::SegmentCatalog(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{}

SegmentCatalog::~SegmentCatalog() = default;

// Segmentations --------------------------------------------------------------------------------

Result<QList<Segmentation>> SegmentCatalog::segmentations()
{
    return storage::SegmentRepository(m_workspace.database()).segmentations();
}

Result<Segmentation> SegmentCatalog::primarySegmentation()
{
    auto all = segmentations();
    if (!all)
        return all.error();
    if (all->isEmpty())
        return Error{tr("The register has no segmentations."), {}};
    const auto primary =
        std::find_if(all->cbegin(), all->cend(), [](const Segmentation& s) { return s.primary; });
    // Without a primary one (edited by hand), the first in display order stands in.
    return primary != all->cend() ? *primary : all->first();
}

Status SegmentCatalog::saveSegmentation(Segmentation& segmentation)
{
    storage::SegmentRepository repository(m_workspace.database());
    Segmentation draft = segmentation;
    draft.nameFi = draft.nameFi.trimmed();
    draft.nameEn = draft.nameEn.trimmed();
    draft.code = draft.code.trimmed();
    if (draft.nameFi.isEmpty())
        return Error{tr("A segmentation needs a Finnish name."), draft.nameEn};
    if (draft.id != 0) {
        auto stored = repository.segmentation(draft.id);
        if (!stored)
            return stored.error();
        if (stored->primary && !draft.primary)
            return Error{tr("One segmentation is always the primary one: make another one "
                            "primary instead."),
                         draft.nameFi};
    }

    storage::TransactionGuard transaction(m_workspace.database().connection());
    if (!transaction.isActive())
        return transaction.beginError();
    const auto taken = [&](const QString& code) {
        return repository.segmentationCodeTaken(code, draft.id);
    };
    if (draft.code.isEmpty()) {
        QString base = codeFromName(draft.nameFi);
        auto code = freeCode(base.isEmpty() ? QStringLiteral("segmentation") : base, taken);
        if (!code)
            return code.error();
        draft.code = *code;
    } else if (!isValidCode(draft.code)) {
        return Error{tr("The code \"%1\" may contain only lowercase letters a–z, digits and "
                        "underscores.")
                         .arg(draft.code),
                     draft.nameFi};
    } else if (auto used = taken(draft.code); !used) {
        return used.error();
    } else if (*used) {
        return Error{tr("Another segmentation already has the code \"%1\".").arg(draft.code),
                     draft.nameFi};
    }
    if (auto status = draft.id == 0 ? repository.insertSegmentation(draft)
                                    : repository.updateSegmentation(draft);
        !status)
        return status;
    if (draft.primary) {
        if (auto status = repository.setPrimary(draft.id); !status)
            return status;
    }
    if (auto status = transaction.commit(); !status)
        return status;
    segmentation = draft;
    emit changed();
    return {};
}

Status SegmentCatalog::setPrimary(qint64 segmentationId)
{
    storage::SegmentRepository repository(m_workspace.database());
    storage::TransactionGuard transaction(m_workspace.database().connection());
    if (!transaction.isActive())
        return transaction.beginError();
    if (auto stored = repository.segmentation(segmentationId); !stored)
        return stored.error();
    if (auto status = repository.setPrimary(segmentationId); !status)
        return status;
    if (auto status = transaction.commit(); !status)
        return status;
    emit changed();
    return {};
}

// Segments -------------------------------------------------------------------------------------

Result<QList<Segment>> SegmentCatalog::segments(qint64 segmentationId)
{
    return storage::SegmentRepository(m_workspace.database()).segments(segmentationId);
}

Result<QList<Segment>> SegmentCatalog::segmentsByPriority(qint64 segmentationId)
{
    return storage::SegmentRepository(m_workspace.database())
        .activeSegmentsByPriority(segmentationId);
}

Result<Segment> SegmentCatalog::segment(qint64 segmentId)
{
    return storage::SegmentRepository(m_workspace.database()).segment(segmentId);
}

Status SegmentCatalog::saveSegment(Segment& segment)
{
    storage::SegmentRepository repository(m_workspace.database());
    Segment draft = segment;
    draft.nameFi = draft.nameFi.trimmed();
    draft.nameEn = draft.nameEn.trimmed();
    draft.descriptionFi = draft.descriptionFi.trimmed();
    draft.descriptionEn = draft.descriptionEn.trimmed();
    draft.code = draft.code.trimmed();
    draft.colour = draft.colour.trimmed().toLower();
    if (draft.nameFi.isEmpty())
        return Error{tr("A segment needs a Finnish name."), draft.nameEn};
    if (!isValidColour(draft.colour))
        return Error{tr("The colour \"%1\" is not of the form #rrggbb (for example #2e86c1).")
                         .arg(segment.colour),
                     draft.nameFi};
    if (const QString problem = ruleProblem(draft.rule); !problem.isEmpty())
        return Error{tr("The rule cannot be saved: %1").arg(problem), draft.nameFi};
    if (auto owner = repository.segmentation(draft.segmentationId); !owner)
        return owner.error();
    if (draft.id != 0) {
        if (auto stored = repository.segment(draft.id); !stored)
            return stored.error();
    }

    storage::TransactionGuard transaction(m_workspace.database().connection());
    if (!transaction.isActive())
        return transaction.beginError();
    const auto taken = [&](const QString& code) {
        return repository.segmentCodeTaken(draft.segmentationId, code, draft.id);
    };
    if (draft.code.isEmpty()) {
        QString base = codeFromName(draft.nameFi);
        auto code = freeCode(base.isEmpty() ? QStringLiteral("segment") : base, taken);
        if (!code)
            return code.error();
        draft.code = *code;
    } else if (!isValidCode(draft.code)) {
        return Error{tr("The code \"%1\" may contain only lowercase letters a–z, digits and "
                        "underscores.")
                         .arg(draft.code),
                     draft.nameFi};
    } else if (auto used = taken(draft.code); !used) {
        return used.error();
    } else if (*used) {
        return Error{
            tr("Another segment of this segmentation already has the code \"%1\".").arg(draft.code),
            draft.nameFi};
    }
    if (auto status =
            draft.id == 0 ? repository.insertSegment(draft) : repository.updateSegment(draft);
        !status)
        return status;
    if (auto status = transaction.commit(); !status)
        return status;
    segment = draft;
    emit changed();
    return {};
}

Status SegmentCatalog::moveSegment(qint64 segmentId, int steps)
{
    storage::SegmentRepository repository(m_workspace.database());
    storage::TransactionGuard transaction(m_workspace.database().connection());
    if (!transaction.isActive())
        return transaction.beginError();
    auto moving = repository.segment(segmentId);
    if (!moving)
        return moving.error();
    auto siblings = repository.segments(moving->segmentationId);
    if (!siblings)
        return siblings.error();
    QList<qint64> order;
    for (const Segment& each : std::as_const(*siblings))
        order.append(each.id);
    const qsizetype from = order.indexOf(segmentId);
    const qsizetype to = std::clamp<qsizetype>(from + steps, 0, order.size() - 1);
    order.move(from, to);
    if (auto status = repository.setPositions(order); !status)
        return status;
    if (auto status = transaction.commit(); !status)
        return status;
    emit changed();
    return {};
}

// Care model -----------------------------------------------------------------------------------

Result<QList<CareChannel>> SegmentCatalog::channels()
{
    return storage::SegmentRepository(m_workspace.database()).channels();
}

Result<QList<CareCell>> SegmentCatalog::careModel(qint64 segmentationId)
{
    return storage::SegmentRepository(m_workspace.database()).careModel(segmentationId);
}

Result<QList<CareCell>> SegmentCatalog::careFor(qint64 segmentId)
{
    return storage::SegmentRepository(m_workspace.database()).careFor(segmentId);
}

Status SegmentCatalog::saveCareCell(const CareCell& cell)
{
    storage::SegmentRepository repository(m_workspace.database());
    CareCell draft = cell;
    draft.role = draft.role.trimmed();
    draft.rhythm = draft.rhythm.trimmed();
    if (auto segment = repository.segment(draft.segmentId); !segment)
        return segment.error();
    auto channel = repository.channelExists(draft.channelId);
    if (!channel)
        return channel.error();
    if (!*channel)
        return Error{tr("There is no care channel with id %1.").arg(draft.channelId), {}};

    storage::TransactionGuard transaction(m_workspace.database().connection());
    if (!transaction.isActive())
        return transaction.beginError();
    if (auto status = draft.role.isEmpty() && draft.rhythm.isEmpty()
                          ? repository.removeCareCell(draft.segmentId, draft.channelId)
                          : repository.saveCareCell(draft);
        !status)
        return status;
    if (auto status = transaction.commit(); !status)
        return status;
    emit changed();
    return {};
}

// Targets --------------------------------------------------------------------------------------

Result<QList<SegmentTarget>> SegmentCatalog::targets(qint64 segmentationId, const QString& period)
{
    if (!isValidPeriod(period))
        return Error{tr("The period must be a year (2027) or a quarter (2027-Q1)."), period};
    return storage::SegmentRepository(m_workspace.database()).targets(segmentationId, period);
}

Status SegmentCatalog::saveTarget(SegmentTarget& target)
{
    storage::SegmentRepository repository(m_workspace.database());
    SegmentTarget draft = target;
    draft.period = draft.period.trimmed().toUpper();
    draft.businessArea = draft.businessArea.trimmed();
    if (!isValidPeriod(draft.period))
        return Error{tr("The period must be a year (2027) or a quarter (2027-Q1)."), target.period};
    if (draft.customers && *draft.customers < 0)
        return Error{tr("The target number of customers cannot be negative."), draft.period};
    if (draft.revenue && (!std::isfinite(*draft.revenue) || *draft.revenue < 0))
        return Error{tr("The target revenue must be zero or more euros."), draft.period};
    if (auto segment = repository.segment(draft.segmentId); !segment)
        return segment.error();
    if (draft.companyId != 0) {
        auto company = repository.groupCompanyExists(draft.companyId);
        if (!company)
            return company.error();
        if (!*company)
            return Error{tr("There is no group company with id %1.").arg(draft.companyId), {}};
    }

    storage::TransactionGuard transaction(m_workspace.database().connection());
    if (!transaction.isActive())
        return transaction.beginError();
    const bool remove = !draft.customers && !draft.revenue;
    if (remove) {
        if (auto status = repository.removeTarget(draft); !status)
            return status;
        draft.id = 0;
    } else if (auto status = repository.upsertTarget(draft, m_workspace.currentUser().id);
               !status) {
        return status;
    }
    if (auto status = transaction.commit(); !status)
        return status;
    target = draft;
    emit changed();
    return {};
}

bool SegmentCatalog::isValidPeriod(const QString& period)
{
    // "2027" or "2027-Q1"; checked by hand, without a shared regular expression, so that any
    // thread may call it.
    if (period.size() != 4 && period.size() != 7)
        return false;
    const QStringView year = QStringView(period).left(4);
    if (!std::all_of(year.begin(), year.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return false;
    if (const int number = year.toInt(); number < 2000 || number > 2100)
        return false;
    return period.size() == 4 || (period.at(4) == u'-' && period.at(5) == u'Q' &&
                                  period.at(6) >= u'1' && period.at(6) <= u'4');
}

} // namespace luotsi::core::segments
