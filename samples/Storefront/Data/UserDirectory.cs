using Microsoft.EntityFrameworkCore;
using Storefront.Data;

namespace Storefront.Data;

/// <summary>
/// The drift from the field: migration 20260301000000_RenameUserIdentifier (in Storefront.Data) renamed
/// user_identifier to external_id, but this query was written before it. A shared staging database that never ran the
/// migration still has the old column, so it passes there; production fails. ParityKit reports PK1001 at the column
/// name, naming the migration and the new name; its code fix rewrites just the name.
/// </summary>
public sealed class UserDirectory(StoreDbContext db)
{
    public Task<string?> FindExternalIdAsync(string email, CancellationToken cancellationToken) =>
        db.Database
            .SqlQuery<string>($"SELECT user_identifier AS Value FROM users WHERE email = {email}")
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>The fixed form: names from the schema the migrations produce.</summary>
    public Task<long> TotalSpentAsync(string externalId, CancellationToken cancellationToken) =>
        db.Database
            .SqlQuery<long>($"""
                SELECT COALESCE(SUM(o.total_cents), 0) AS Value
                FROM orders o
                JOIN users u ON u.id = o.user_id
                WHERE u.external_id = {externalId}
                """)
            .SingleAsync(cancellationToken);
}
