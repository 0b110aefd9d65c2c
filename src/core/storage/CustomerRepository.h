#pragma once

#include "Database.h"
#include "core/Result.h"
#include "core/register/Customer.h"

namespace luotsi::storage {

// The customer aggregate (customer with contacts, addresses, channels, relationships and source
// keys) in and out of the database. Callers hold the transaction: see CustomerService.
class CustomerRepository final
{
public:
    explicit CustomerRepository(Database& database);

    core::Result<core::Customer> load(qint64 id);
    // Inserts customer and children; returns the customer as stored, ids and timestamps set.
    core::Result<core::Customer> insert(const core::Customer& customer);
    // Writes the difference between before (as loaded) and after; returns after as stored.
    core::Result<core::Customer> update(const core::Customer& before, const core::Customer& after);
    core::Status remove(qint64 id);
    // Inserts a customer that existed before, with its own id, timestamps and child ids (undo of
    // a merge). A child id taken since by another row gets a new one; the customer's id must be
    // free.
    core::Result<core::Customer> restore(const core::Customer& customer);

    core::Result<QList<core::CustomerRef>> children(qint64 parentId);
    core::Result<core::CustomerRef> ref(qint64 id);
    // True when making parentId the parent of id would close a loop in the hierarchy.
    core::Result<bool> wouldCreateCycle(qint64 id, qint64 parentId);
    core::Result<qint64> count();
    // Every customer id in id order.
    core::Result<QList<qint64>> allIds();

private:
    core::Status writeChildren(const core::Customer& before, core::Customer& after);
    core::Status restoreChildren(core::Customer& customer);

    Database& m_database;
};

} // namespace luotsi::storage
